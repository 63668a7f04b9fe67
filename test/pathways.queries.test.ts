import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PATHWAYS } from "../subgraphs/pathways/db/seed-data/pathways.js";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

interface Node {
  id: string;
  name: string;
}
interface PathwayPage {
  sharedPathways: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: Node[];
  };
}

const PAGE = `query ($filter: SharedPathwayFilter, $first: Int, $after: String) {
  sharedPathways(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id name }
  }
}`;

async function ids(filter: Record<string, unknown>): Promise<string[]> {
  const res = await h.query<PathwayPage>(PAGE, { filter, first: 100 });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.sharedPathways.nodes.map((n) => n.id);
}

const seeded = (predicate: (p: (typeof PATHWAYS)[number]) => boolean) =>
  PATHWAYS.filter(predicate)
    .map((p) => p.id)
    .sort();

describe("the partner system's question", () => {
  it("answers which live Thurrock pathways involve housing or voluntary partners, who leads, and how to refer", async () => {
    const res = await h.query<{
      sharedPathways: {
        nodes: {
          name: string;
          sectors: string[];
          participants: { role: string; partner: { name: string; kind: string } }[];
          referralRoutes: { kind: string; description: string; criteria: string | null }[];
        }[];
      };
    }>(`{
      sharedPathways(filter: { placeId: "thurrock", statuses: [LIVE], sectors: [HOUSING, VOLUNTARY_AND_COMMUNITY] }) {
        nodes {
          name sectors
          participants(roles: [LEAD]) { role partner { name kind } }
          referralRoutes { kind description criteria }
        }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.sharedPathways.nodes;
    expect(nodes.map((n) => n.name)).toEqual([
      "Community Mental Health Framework, Mid and South Essex",
      "Primary Care Mental Health service, Thurrock",
    ]);
    for (const node of nodes) {
      expect(node.sectors.some((s) => s === "HOUSING" || s === "VOLUNTARY_AND_COMMUNITY")).toBe(
        true,
      );
      expect(node.participants).toEqual([
        {
          role: "LEAD",
          partner: { name: "Essex Partnership University NHS Foundation Trust", kind: "NHS_TRUST" },
        },
      ]);
    }
    expect(nodes[1]!.referralRoutes[0]!.kind).toBe("PROFESSIONAL_REFERRAL");
  });
});

describe("one pathway", () => {
  it("shows its participants with names from the partners subgraph, steps in order, routes and history", async () => {
    const res = await h.query<{
      sharedPathway: {
        status: string;
        leadCareUnit: { name: string };
        places: { name: string }[];
        participants: { role: string; contribution: string; partner: { name: string } }[];
        steps: { position: number; kind: string; responsiblePartner: { name: string } | null }[];
        referralRoutes: { kind: string }[];
        history: { sequence: number; fromStatus: null; toStatus: string; decidedBy: string }[];
        source: { documentTitle: string; section: string };
      };
    }>(`{
      sharedPathway(id: "thurrock-first") {
        status leadCareUnit { name } places { name }
        participants { role contribution partner { name } }
        steps { position kind responsiblePartner { name } }
        referralRoutes { kind }
        history { sequence fromStatus toStatus decidedBy }
        source { documentTitle section }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const p = res.data!.sharedPathway;
    expect(p.status).toBe("LIVE");
    expect(p.leadCareUnit.name).toMatch(/Mid and South Essex Community/);
    expect(p.places).toEqual([{ name: "Thurrock" }]);
    expect(p.participants.map((x) => [x.role, x.partner.name])).toEqual([
      ["LEAD", "Thurrock Council"],
      ["PROVIDER", "Essex Partnership University NHS Foundation Trust"],
    ]);
    expect(p.steps.map((s) => [s.position, s.kind, s.responsiblePartner?.name ?? null])).toEqual([
      [1, "REFERRAL", null],
      [2, "ASSESSMENT", "Thurrock Council"],
      [3, "TRANSFER_OF_CARE", "Essex Partnership University NHS Foundation Trust"],
    ]);
    expect(p.referralRoutes).toEqual([{ kind: "SINGLE_POINT_OF_ACCESS" }]);
    expect(p.history).toEqual([
      { sequence: 1, fromStatus: null, toStatus: "LIVE", decidedBy: "Source document" },
    ]);
    expect(p.source.documentTitle).toMatch(/Mid and South Essex Community Care Unit/);
  });

  it("gives a referral contact only where the source gives one, and a target wait where it gives one", async () => {
    const res = await h.query<{
      a: { referralRoutes: { contact: { method: string; value: string; hours: string } }[] };
      b: { referralRoutes: { contact: null }[]; steps: { targetWaitDays: number | null }[] };
    }>(`{
      a: sharedPathway(id: "nhs-111-mental-health") { referralRoutes { contact { method value hours } } }
      b: sharedPathway(id: "thurrock-primary-care-mental-health") { referralRoutes { contact { value } } steps { targetWaitDays } }
    }`);
    expect(res.data!.a.referralRoutes[0]!.contact).toEqual({
      method: "PHONE",
      value: "111, option 2",
      hours: "24/7",
    });
    expect(res.data!.b.referralRoutes[0]!.contact).toBeNull();
    expect(res.data!.b.steps.map((s) => s.targetWaitDays)).toEqual([null, 3, null, null]);
  });

  it("answers null for an unknown pathway", async () => {
    expect((await h.query(`{ sharedPathway(id: "no-such-pathway") { id } }`)).data).toEqual({
      sharedPathway: null,
    });
  });
});

describe("searching and filtering pathways", () => {
  it("filters by status, sector, place, care unit, and partner with role", async () => {
    expect(await ids({ statuses: ["PROPOSED"] })).toEqual(
      expect.arrayContaining(seeded((p) => p.status === "PROPOSED")),
    );
    expect((await ids({ statuses: ["PROPOSED"] })).sort()).toEqual(
      seeded((p) => p.status === "PROPOSED"),
    );
    expect((await ids({ sectors: ["EMPLOYMENT"] })).sort()).toEqual(
      seeded((p) => p.sectors.includes("EMPLOYMENT")),
    );
    expect((await ids({ placeId: "north-east-essex" })).sort()).toEqual(
      seeded((p) => p.placeIds.includes("north-east-essex")),
    );
    expect((await ids({ careUnitId: "specialist-services" })).sort()).toEqual(
      seeded((p) => p.leadCareUnitId === "specialist-services"),
    );
    expect((await ids({ partnerId: "thurrock-council" })).sort()).toEqual([
      "mse-community-mental-health-framework",
      "thurrock-first",
    ]);
    expect(await ids({ partnerId: "thurrock-council", roles: ["LEAD"] })).toEqual([
      "thurrock-first",
    ]);
    expect(await ids({ partnerId: "eput", roles: ["COMMISSIONER"] })).toEqual([]);
  });

  it("refuses a role filter without a partner", async () => {
    const res = await h.query(PAGE, { filter: { roles: ["LEAD"] } });
    expect(res.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    expect(res.errors![0]!.message).toMatch(/filter\.roles/);
  });

  it("ranks free-text matches, name first, and treats operators as text", async () => {
    const rough = await ids({ search: "rough sleeper" });
    expect(rough.slice(0, 2).sort()).toEqual([
      "mid-essex-rough-sleeper-outreach",
      "southend-rough-sleepers-mental-health",
    ]);
    expect(await ids({ search: "end of li" })).toEqual(
      expect.arrayContaining([
        "north-east-essex-end-of-life",
        "frailty-end-of-life-dementia-care-coordination",
      ]),
    );
    for (const search of ['"unclosed', "NEAR(a b)", "*", "'; DROP TABLE pathways; --", "a OR"]) {
      const res = await h.query<PathwayPage>(PAGE, { filter: { search } });
      expect(res.errors, search).toBeUndefined();
    }
    expect(await ids({ search: "!!!" })).toEqual([]);
  });

  it("pages through every pathway with no duplicates and no gaps", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: Awaited<ReturnType<typeof h.query<PathwayPage>>> = await h.query<PathwayPage>(
        PAGE,
        { first: 4, after },
      );
      const page = res.data!.sharedPathways;
      expect(page.totalCount).toBe(PATHWAYS.length);
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(PATHWAYS.length);
    expect(new Set(seen).size).toBe(PATHWAYS.length);
  });

  it("refuses a forged cursor and an out-of-range page size", async () => {
    const forged = await h.query(PAGE, { after: "bm90IGEgY3Vyc29y" });
    expect(forged.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    const big = await h.query(PAGE, { first: 101 });
    expect(big.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
  });
});

describe("pathways on the partners subgraph's entities", () => {
  it("lists a partner's pathways, by status and by role", async () => {
    const res = await h.query<{
      partner: { all: Node[]; led: Node[]; proposedLed: Node[] };
    }>(`{
      partner(id: "eput") {
        all: pathways { id name }
        led: pathways(roles: [LEAD]) { id name }
        proposedLed: pathways(roles: [LEAD], statuses: [PROPOSED]) { id name }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const { all, led, proposedLed } = res.data!.partner;
    expect(all.map((p) => p.id).sort()).toEqual(
      seeded((p) => p.participants.some((x) => x.partnerId === "eput")),
    );
    expect(led.map((p) => p.id).sort()).toEqual(
      seeded((p) => p.participants.some((x) => x.partnerId === "eput" && x.role === "LEAD")),
    );
    expect(proposedLed.map((p) => p.id).sort()).toEqual(
      seeded(
        (p) =>
          p.status === "PROPOSED" &&
          p.participants.some((x) => x.partnerId === "eput" && x.role === "LEAD"),
      ),
    );
    const names = all.map((p) => p.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
  });

  it("lists the pathways a care unit leads and a place is covered by", async () => {
    const res = await h.query<{
      careUnit: { pathways: Node[] };
      place: { name: string; live: Node[] };
    }>(`{
      careUnit(id: "west-essex-community") { pathways { id } }
      place(id: "west-essex") { name live: pathways(statuses: [LIVE, AGREED]) { id } }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.careUnit.pathways.map((p) => p.id).sort()).toEqual(
      seeded((p) => p.leadCareUnitId === "west-essex-community"),
    );
    expect(res.data!.place.live.map((p) => p.id).sort()).toEqual(
      seeded(
        (p) => p.placeIds.includes("west-essex") && (p.status === "LIVE" || p.status === "AGREED"),
      ),
    );
  });

  it("walks the partnership web hop by hop, with shared pathways as evidence", async () => {
    const res = await h.query<{
      partner: {
        connections: {
          partner: {
            id: string;
            name: string;
            connections: { partner: { id: string } }[];
          };
          sharedPathwayCount: number;
          sharedPathways: { id: string }[];
        }[];
      };
    }>(`{
      partner(id: "thurrock-council") {
        connections {
          partner { id name connections { partner { id } } }
          sharedPathwayCount
          sharedPathways { id }
        }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const connections = res.data!.partner.connections;
    const eput = connections[0]!;
    expect(eput.partner.name).toBe("Essex Partnership University NHS Foundation Trust");
    expect(eput.sharedPathways.map((p) => p.id).sort()).toEqual([
      "mse-community-mental-health-framework",
      "thurrock-first",
    ]);
    expect(eput.sharedPathwayCount).toBe(2);
    expect(connections.map((c) => c.partner.id)).toContain("mind");
    expect(connections.map((c) => c.partner.id)).not.toContain("thurrock-council");
    // The second hop: EPUT's own partners include ones Thurrock Council has no pathway with.
    const secondHop = eput.partner.connections.map((c) => c.partner.id);
    expect(secondHop).toContain("walking-with-the-wounded");
    expect(secondHop).toContain("thurrock-council");
  });
});

describe("pathway coverage for dashboards", () => {
  it("counts agreed pathways by sector, status, place and care unit", async () => {
    const res = await h.query<{
      pathwayCoverage: {
        statuses: string[];
        total: number;
        withoutPartner: number;
        bySector: { sector: string; count: number }[];
        byStatus: { status: string; count: number }[];
        byPlace: { place: { id: string; name: string }; count: number }[];
        byCareUnit: { careUnit: { id: string; name: string }; count: number }[];
      };
    }>(`{
      pathwayCoverage {
        statuses total withoutPartner
        bySector { sector count }
        byStatus { status count }
        byPlace { place { id name } count }
        byCareUnit { careUnit { id name } count }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const c = res.data!.pathwayCoverage;
    // A pathway is shared when a partner besides EPUT takes part; only those count.
    const shared = PATHWAYS.filter((p) => p.participants.some((x) => x.partnerId !== "eput"));
    const inAgreedStatus = PATHWAYS.filter((p) =>
      ["AGREED", "LIVE", "UNDER_REVIEW"].includes(p.status),
    );
    const agreed = inAgreedStatus.filter((p) => shared.includes(p));
    expect(c.statuses).toEqual(["AGREED", "LIVE", "UNDER_REVIEW"]);
    expect(c.total).toBe(agreed.length);
    expect(c.withoutPartner).toBe(inAgreedStatus.length - agreed.length);
    expect(c.bySector.find((s) => s.sector === "HOUSING")!.count).toBe(
      agreed.filter((p) => p.sectors.includes("HOUSING")).length,
    );
    expect(c.bySector.find((s) => s.sector === "EDUCATION")!.count).toBe(0);
    expect(c.byStatus.map((s) => s.status)).toEqual([
      "PROPOSED",
      "AGREED",
      "LIVE",
      "UNDER_REVIEW",
      "RETIRED",
      "WITHDRAWN",
      "REJECTED",
    ]);
    expect(c.byStatus.reduce((n, s) => n + s.count, 0)).toBe(shared.length);
    const thurrock = c.byPlace.find((p) => p.place.id === "thurrock")!;
    expect(thurrock.place.name).toBe("Thurrock");
    expect(thurrock.count).toBe(agreed.filter((p) => p.placeIds.includes("thurrock")).length);
    expect(c.byCareUnit[0]!.careUnit.name).toBeTruthy();
    const proposed = await h.query<{ pathwayCoverage: { total: number } }>(
      `{ pathwayCoverage(statuses: [PROPOSED]) { total } }`,
    );
    expect(proposed.data!.pathwayCoverage.total).toBe(
      shared.filter((p) => p.status === "PROPOSED").length,
    );
  });
});
