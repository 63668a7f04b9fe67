import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "../subgraphs/kit/dates.js";
import { type Harness, snapshot, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

const TABLES = [
  "pathways",
  "pathway_sectors",
  "pathway_places",
  "pathway_participants",
  "pathway_steps",
  "referral_routes",
  "pathway_status_changes",
];

async function expectRefused(
  query: string,
  variables: Record<string, unknown>,
  code: string | null,
  message?: RegExp,
) {
  const before = snapshot(h.databases.pathways!, TABLES);
  const res = await h.query(query, variables);
  expect(res.errors, JSON.stringify(res)).toBeDefined();
  if (code) expect(res.errors![0]!.extensions!.code).toBe(code);
  if (message) expect(res.errors![0]!.message).toMatch(message);
  expect(snapshot(h.databases.pathways!, TABLES)).toBe(before);
}

const PROPOSE = `mutation ($input: ProposePathwayInput!) {
  proposePathway(input: $input) {
    id status sectors places { id name }
    participants { role partner { name } }
    steps { position kind responsiblePartner { id } targetWaitDays }
    referralRoutes { kind contact { method value } }
    history { fromStatus toStatus effectiveOn decidedBy reason }
  }
}`;
const MOVE = `mutation ($input: MovePathwayInput!) {
  movePathway(input: $input) {
    status agreedOn liveFrom nextReviewDue
    history { sequence fromStatus toStatus effectiveOn decidedBy reason }
  }
}`;

const GOOD = {
  name: "Thurrock housing and mental health pathway",
  purpose: "Joint support for people with mental health needs at risk of losing their home.",
  population: { ageMin: 18, conditions: "Mental health needs", eligibility: "Thurrock residents" },
  sectors: ["HEALTH", "HOUSING"],
  leadCareUnitId: "mid-and-south-essex-community",
  placeIds: ["thurrock"],
  participants: [
    { partnerId: "eput", role: "LEAD" },
    { partnerId: "thurrock-council", role: "PROVIDER", contribution: "Housing officers" },
  ],
  steps: [
    { kind: "REFERRAL", description: "Referral by a housing officer" },
    {
      kind: "ASSESSMENT",
      description: "Joint assessment",
      responsiblePartnerId: "eput",
      targetWaitDays: 10,
    },
  ],
  referralRoutes: [
    {
      kind: "PROFESSIONAL_REFERRAL",
      description: "Housing officers refer",
      contact: { method: "EMAIL", value: "referrals@example.nhs.uk" },
    },
  ],
  proposedBy: "Thurrock Alliance board",
};

describe("proposePathway", () => {
  it("records a proposed pathway with its parts and its first history entry", async () => {
    const res = await h.query<{
      proposePathway: {
        id: string;
        status: string;
        places: { name: string }[];
        participants: { role: string; partner: { name: string } }[];
        steps: { position: number; responsiblePartner: { id: string } | null }[];
        referralRoutes: { contact: { value: string } }[];
        history: { fromStatus: null; toStatus: string; effectiveOn: string; decidedBy: string }[];
      };
    }>(PROPOSE, { input: GOOD });
    expect(res.errors).toBeUndefined();
    const p = res.data!.proposePathway;
    expect(p.id).toBe("thurrock-housing-and-mental-health-pathway");
    expect(p.status).toBe("PROPOSED");
    expect(p.places).toEqual([{ id: "thurrock", name: "Thurrock" }]);
    expect(p.participants.map((x) => [x.role, x.partner.name])).toEqual([
      ["LEAD", "Essex Partnership University NHS Foundation Trust"],
      ["PROVIDER", "Thurrock Council"],
    ]);
    expect(p.steps.map((s) => [s.position, s.responsiblePartner?.id ?? null])).toEqual([
      [1, null],
      [2, "eput"],
    ]);
    expect(p.referralRoutes[0]!.contact.value).toBe("referrals@example.nhs.uk");
    expect(p.history).toEqual([
      {
        fromStatus: null,
        toStatus: "PROPOSED",
        effectiveOn: today(),
        decidedBy: "Thurrock Alliance board",
        reason: "Proposed",
      },
    ]);
    const found = await h.query<{ sharedPathways: { nodes: { id: string }[] } }>(
      `{ sharedPathways(filter: { search: "housing mental", placeId: "thurrock" }) { nodes { id } } }`,
    );
    expect(found.data!.sharedPathways.nodes[0]!.id).toBe(p.id);
  });

  it("refuses bad input, naming each field, and writes nothing", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ name: "   " }, /input\.name/],
      [{ id: "thurrock-first" }, /already exists/],
      [{ id: "Not A Slug" }, /input\.id/],
      [{ purpose: "" }, /input\.purpose/],
      [{ sectors: [] }, /input\.sectors/],
      [{ sectors: ["HEALTH", "HEALTH"] }, /twice/],
      [{ placeIds: ["thurrock", "thurrock"] }, /listed twice/],
      [{ leadCareUnitId: "../etc/passwd" }, /input\.leadCareUnitId/],
      [{ participants: [] }, /at least one/],
      [{ participants: [{ partnerId: "eput", role: "PROVIDER" }] }, /exactly one LEAD \(has 0\)/],
      [
        {
          participants: [
            { partnerId: "eput", role: "LEAD" },
            { partnerId: "thurrock-council", role: "LEAD" },
          ],
        },
        /exactly one LEAD \(has 2\)/,
      ],
      [{ participants: [{ partnerId: "EPUT!", role: "LEAD" }] }, /partnerId/],
      [
        { steps: [{ kind: "TRIAGE", description: "x", responsiblePartnerId: "mind" }] },
        /not a participant/,
      ],
      [{ steps: [{ kind: "TRIAGE", description: "x", targetWaitDays: -1 }] }, /targetWaitDays/],
      [{ steps: [{ kind: "TRIAGE", description: " " }] }, /steps\[0\]\.description/],
      [{ population: { ageMin: 65, ageMax: 18 } }, /ageMax/],
      [{ population: { ageMin: 200 } }, /ageMin/],
      [
        {
          referralRoutes: [
            {
              kind: "SELF_REFERRAL",
              description: "x",
              contact: { method: "PHONE", value: "call us" },
            },
          ],
        },
        /telephone/,
      ],
      [
        {
          referralRoutes: [
            {
              kind: "SELF_REFERRAL",
              description: "x",
              contact: { method: "EMAIL", value: "nope" },
            },
          ],
        },
        /email/,
      ],
      [
        {
          referralRoutes: [
            {
              kind: "SELF_REFERRAL",
              description: "x",
              contact: { method: "WEBSITE", value: "javascript:alert(1)" },
            },
          ],
        },
        /http/,
      ],
      [{ proposedBy: "" }, /proposedBy/],
      [{ proposedOn: "2099-01-01" }, /proposedOn: must not be in the future/],
      [{ purpose: "x".repeat(2001) }, /at most 2000/],
    ];
    for (const [change, message] of cases) {
      await expectRefused(
        PROPOSE,
        { input: { ...GOOD, name: "Another pathway", ...change } },
        "BAD_USER_INPUT",
        message,
      );
    }
  });

  it("lists every problem at once", async () => {
    const res = await h.query(PROPOSE, {
      input: { ...GOOD, name: "", purpose: "", sectors: [], participants: [] },
    });
    const problems = res.errors![0]!.extensions!.problems as { field: string }[];
    expect(problems.map((p) => p.field)).toEqual(
      expect.arrayContaining([
        "input.name",
        "input.purpose",
        "input.sectors",
        "input.participants",
      ]),
    );
  });

  it("refuses values the schema does not know", async () => {
    await expectRefused(
      PROPOSE,
      { input: { ...GOOD, name: "Another", sectors: ["SPACE"] } },
      null,
      /"SPACE" does not exist in "Sector" enum/,
    );
  });
});

async function propose(id: string, proposedOn?: string): Promise<void> {
  const res = await h.query(PROPOSE, {
    input: { ...GOOD, id, name: `Pathway ${id}`, proposedOn },
  });
  expect(res.errors).toBeUndefined();
}

const move = (id: string, to: string, effectiveOn = today(), extra = {}) => ({
  input: { id, to, effectiveOn, decidedBy: "Pathway board", reason: `Moved to ${to}`, ...extra },
});

describe("movePathway", () => {
  it("walks the whole lifecycle, recording each move in the history", async () => {
    await propose("lifecycle-walk");
    const route = ["AGREED", "LIVE", "UNDER_REVIEW", "LIVE", "UNDER_REVIEW", "RETIRED"];
    let last: Record<string, unknown> = {};
    for (const to of route) {
      const res = await h.query<{ movePathway: Record<string, unknown> }>(
        MOVE,
        move("lifecycle-walk", to, today(), to === "LIVE" ? { nextReviewDue: "2099-01-01" } : {}),
      );
      expect(res.errors, to).toBeUndefined();
      last = res.data!.movePathway;
      expect(last.status).toBe(to);
    }
    expect(last.agreedOn).toBe(today());
    expect(last.liveFrom).toBe(today());
    expect(last.nextReviewDue).toBeNull();
    const history = last.history as { sequence: number; fromStatus: string; toStatus: string }[];
    expect(history.map((x) => [x.sequence, x.fromStatus, x.toStatus])).toEqual([
      [1, null, "PROPOSED"],
      [2, "PROPOSED", "AGREED"],
      [3, "AGREED", "LIVE"],
      [4, "LIVE", "UNDER_REVIEW"],
      [5, "UNDER_REVIEW", "LIVE"],
      [6, "LIVE", "UNDER_REVIEW"],
      [7, "UNDER_REVIEW", "RETIRED"],
    ]);
  });

  it("refuses every move the lifecycle does not allow, naming the allowed ones", async () => {
    const allowed: Record<string, string[]> = {
      PROPOSED: ["AGREED"],
      AGREED: ["LIVE"],
      LIVE: ["UNDER_REVIEW"],
      UNDER_REVIEW: ["LIVE", "RETIRED"],
      RETIRED: [],
    };
    const paths: Record<string, string[]> = {
      PROPOSED: [],
      AGREED: ["AGREED"],
      LIVE: ["AGREED", "LIVE"],
      UNDER_REVIEW: ["AGREED", "LIVE", "UNDER_REVIEW"],
      RETIRED: ["AGREED", "LIVE", "UNDER_REVIEW", "RETIRED"],
    };
    for (const [from, steps] of Object.entries(paths)) {
      const id = `refusals-from-${from.toLowerCase().replace("_", "-")}`;
      await propose(id);
      for (const to of steps) expect((await h.query(MOVE, move(id, to))).errors).toBeUndefined();
      for (const to of Object.keys(allowed).filter((s) => !allowed[from]!.includes(s))) {
        await expectRefused(
          MOVE,
          move(id, to),
          "BAD_USER_INPUT",
          from === "RETIRED" ? /it is final/ : new RegExp(`can move to ${allowed[from]![0]}`),
        );
      }
    }
  });

  it("refuses a future date, a date before the last move, and missing reasons", async () => {
    await propose("dated-moves", "2025-01-15");
    expect(
      (await h.query(MOVE, move("dated-moves", "AGREED", "2025-06-01"))).errors,
    ).toBeUndefined();
    await expectRefused(
      MOVE,
      move("dated-moves", "LIVE", "2099-01-01"),
      "BAD_USER_INPUT",
      /future/,
    );
    await expectRefused(
      MOVE,
      move("dated-moves", "LIVE", "2025-05-31"),
      "BAD_USER_INPUT",
      /before the previous change, on 2025-06-01/,
    );
    await expectRefused(
      MOVE,
      move("dated-moves", "LIVE", today(), { reason: "  " }),
      "BAD_USER_INPUT",
      /input\.reason/,
    );
    await expectRefused(
      MOVE,
      move("dated-moves", "LIVE", "2025-07-01", { nextReviewDue: "2025-07-01" }),
      "BAD_USER_INPUT",
      /nextReviewDue/,
    );
    await expectRefused(MOVE, move("dated-moves", "LIVE", "2025-02-30"), "BAD_USER_INPUT");
    await expectRefused(MOVE, move("no-such-pathway", "LIVE"), "NOT_FOUND");
  });

  it("moves a seeded pathway, keeping its seeded history", async () => {
    const res = await h.query<{ movePathway: { history: { toStatus: string }[] } }>(
      MOVE,
      move("emotionally-unstable-personality-disorder", "AGREED"),
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.movePathway.history.map((x) => x.toStatus)).toEqual(["PROPOSED", "AGREED"]);
  });
});
