import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ACTIVITIES } from "../subgraphs/lived-experience/db/seed-data/involvement.js";
import { ROLES } from "../subgraphs/lived-experience/db/seed-data/roles.js";
import { type Harness, startHarness } from "./harness.js";
import { publishQuarterJustEnded, quarterJustEnded } from "./publication-quarter.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

const UCI = "urgent-care-and-inpatient-services";

describe("the dashboard's one query", () => {
  it("gets each care unit's posts by level with ward coverage, and a pathway's co-production", async () => {
    const res = await h.query<{
      careUnits: {
        id: string;
        name: string;
        livedExperienceRoleCounts: { total: number; byLevel: { level: string; count: number }[] };
        peerSupportWardCoverage: {
          wardCount: number | null;
          wardsWithPeerSupport: number;
          percent: number | null;
        };
      }[];
      sharedPathway: {
        name: string;
        coproduction: {
          stage: string;
          summary: string;
          happenedOn: string | null;
          activity: { title: string } | null;
          partners: { name: string }[];
          provenance: { illustrative: boolean };
        }[];
      };
    }>(`{
      careUnits {
        id name
        livedExperienceRoleCounts { total byLevel { level count } }
        peerSupportWardCoverage { wardCount wardsWithPeerSupport percent }
      }
      sharedPathway(id: "basildon-mental-health-urgent-care-department") {
        name
        coproduction { stage summary happenedOn activity { title } partners { name } provenance { illustrative } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    const uci = res.data!.careUnits.find((u) => u.id === UCI)!;
    const uciRoles = ROLES.filter((r) => r.careUnitId === UCI);
    expect(uci.livedExperienceRoleCounts.total).toBe(uciRoles.length);
    expect(uci.livedExperienceRoleCounts.byLevel.find((l) => l.level === "WARD")!.count).toBe(
      uciRoles.filter((r) => r.level === "WARD").length,
    );
    const coveredWards = new Set(
      uciRoles.filter((r) => r.level === "WARD" && r.status === "FILLED").map((r) => r.wardOrTeam),
    );
    expect(uci.peerSupportWardCoverage).toEqual({
      wardCount: 23,
      wardsWithPeerSupport: coveredWards.size,
      percent: Math.round((1000 * coveredWards.size) / 23) / 10,
    });
    const psych = res.data!.careUnits.find((u) => u.id === "psychological-services")!;
    expect(psych.peerSupportWardCoverage.wardsWithPeerSupport).toBe(0);
    expect(res.data!.sharedPathway.coproduction).toEqual([
      {
        stage: "CO_DESIGN",
        summary: expect.stringMatching(/Lived Experience Team/),
        happenedOn: null,
        activity: { title: expect.stringMatching(/Urgent Care Department/) },
        partners: [],
        provenance: { illustrative: false },
      },
    ]);
  });
});

describe("lived experience posts", () => {
  const LIST = `query ($filter: RoleFilter, $first: Int, $after: String) {
    livedExperienceRoles(filter: $filter, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id title kind level status }
    }
  }`;
  type Page = {
    livedExperienceRoles: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: { id: string }[];
    };
  };

  it("filters by care unit, kind, level, status, host partner and provenance", async () => {
    const count = async (filter: Record<string, unknown>) =>
      (await h.query<Page>(LIST, { filter, first: 1 })).data!.livedExperienceRoles.totalCount;
    expect(await count({})).toBe(ROLES.length);
    expect(await count({ careUnitId: UCI, statuses: ["FILLED"] })).toBe(
      ROLES.filter((r) => r.careUnitId === UCI && r.status === "FILLED").length,
    );
    expect(await count({ kinds: ["LIVED_EXPERIENCE_AMBASSADOR"] })).toBe(60);
    expect(await count({ levels: ["TRUST_BOARD"] })).toBe(1);
    expect(await count({ hostPartnerId: "mind" })).toBe(
      ROLES.filter((r) => r.hostPartnerId === "mind").length,
    );
    expect(await count({ includeIllustrative: false })).toBe(
      ROLES.filter((r) => !r.illustrative).length,
    );
  });

  it("pages through every post with no duplicates and no gaps", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const res: { data?: Page | null } = await h.query<Page>(LIST, { first: 17, after });
      const page = res.data!.livedExperienceRoles;
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(ROLES.length);
    expect(new Set(seen).size).toBe(ROLES.length);
  });

  it("counts posts by kind, level, status and care unit", async () => {
    const res = await h.query<{
      livedExperienceRoleCounts: {
        total: number;
        byKind: { kind: string; count: number }[];
        byStatus: { status: string; count: number }[];
        byCareUnit: { careUnit: { name: string } | null; count: number }[];
      };
    }>(`{ livedExperienceRoleCounts(filter: { includeIllustrative: true }) {
      total byKind { kind count } byStatus { status count } byCareUnit { careUnit { name } count }
    } }`);
    const c = res.data!.livedExperienceRoleCounts;
    expect(c.total).toBe(ROLES.length);
    expect(c.byKind.find((k) => k.kind === "PEER_SUPPORT_WORKER")!.count).toBe(
      ROLES.filter((r) => r.kind === "PEER_SUPPORT_WORKER").length,
    );
    expect(c.byStatus.map((s) => s.status)).toEqual(["PLANNED", "ADVERTISED", "FILLED", "VACANT"]);
    expect(c.byCareUnit[0]).toEqual({ careUnit: null, count: 61 });
    expect(c.byCareUnit[1]!.careUnit!.name).toBe("Urgent Care and Inpatient Services");
  });

  it("shows a post with its care unit and host from the partners subgraph, and no holder", async () => {
    // The seed has no hosted post (the plans describe none), so an editor records one.
    const created = await h.query<{ createLivedExperienceRole: { id: string } }>(
      `mutation ($input: CreateRoleInput!) { createLivedExperienceRole(input: $input) { id } }`,
      {
        input: {
          id: "hosted-peer-support-post",
          title: "Peer support worker hosted by Mind",
          kind: "PEER_SUPPORT_WORKER",
          level: "SERVICE",
          careUnitId: "mid-and-south-essex-community",
          arrangement: "PARTNER_HOSTED",
          hostPartnerId: "mind",
          decidedBy: "test",
        },
      },
      undefined,
      ["lived-experience:write"],
    );
    expect(created.errors).toBeUndefined();
    const res = await h.query<{
      livedExperienceRole: {
        title: string;
        arrangement: string;
        hostPartner: { name: string };
        careUnit: { name: string };
        provenance: { illustrative: boolean };
        history: { toStatus: string }[];
      };
      partner: { hostedRoles: { id: string }[] };
    }>(`{
      livedExperienceRole(id: "hosted-peer-support-post") {
        title arrangement hostPartner { name } careUnit { name }
        provenance { illustrative }
        history { toStatus }
      }
      partner(id: "mind") { hostedRoles { id } }
    }`);
    expect(res.errors).toBeUndefined();
    const role = res.data!.livedExperienceRole;
    expect(role.arrangement).toBe("PARTNER_HOSTED");
    expect(role.hostPartner.name).toMatch(/Mind/);
    expect(role.careUnit.name).toBe("Mid and South Essex Community");
    expect(role.provenance.illustrative).toBe(false);
    expect(role.history).toEqual([{ toStatus: "PLANNED" }]);
    expect(res.data!.partner.hostedRoles).toContainEqual({ id: "hosted-peer-support-post" });
    expect(JSON.stringify(res.data)).not.toMatch(/holder|ldOrAutism/i);
  });

  it("marks illustrative posts as such", async () => {
    const res = await h.query<{
      livedExperienceRole: { provenance: { illustrative: boolean; source: { note: string } } };
    }>(
      `{ livedExperienceRole(id: "inpatient-peer-support-worker-01") { provenance { illustrative source { note } } } }`,
    );
    expect(res.data!.livedExperienceRole.provenance.illustrative).toBe(true);
    expect(res.data!.livedExperienceRole.provenance.source.note).toMatch(/^Illustrative/);
  });

  it("shows the LD/autism measure only as a published, suppressed trust-wide count", async () => {
    const reader = ["special-category:read"];
    const COUNT = `{ peerSupportWorkersWithLdOrAutism { period value suppressed display threshold roundedTo } }`;
    const before = await h.query(COUNT, {}, undefined, reader);
    expect(before.data).toEqual({ peerSupportWorkersWithLdOrAutism: null });
    const published = await publishQuarterJustEnded(h);
    expect(published.errors).toBeUndefined();
    const res = await h.query<{ peerSupportWorkersWithLdOrAutism: unknown }>(
      COUNT,
      {},
      undefined,
      reader,
    );
    expect(res.data!.peerSupportWorkersWithLdOrAutism).toEqual({
      period: quarterJustEnded().key,
      value: null,
      suppressed: true,
      display: "*",
      threshold: 5,
      roundedTo: 5,
    });
    const filtered = await h.query(
      `{ peerSupportWorkersWithLdOrAutism(careUnitId: "${UCI}") { value } }`,
      {},
      undefined,
      reader,
    );
    expect(filtered.errors![0]!.message).toMatch(/Unknown argument "careUnitId"/);
  });
});

describe("involvement", () => {
  it("lists activities by status, stage, pathway and date, newest first", async () => {
    const res = await h.query<{
      involvementActivities: { totalCount: number; nodes: { id: string; date: string | null }[] };
    }>(`{ involvementActivities(filter: { from: "2024-01-01", to: "2024-03-31" }, first: 100) {
      totalCount nodes { id date }
    } }`);
    const expected = ACTIVITIES.filter(
      (a) => a.activityDate && a.activityDate >= "2024-01-01" && a.activityDate <= "2024-03-31",
    );
    expect(res.data!.involvementActivities.totalCount).toBe(expected.length);
    const dates = res.data!.involvementActivities.nodes.map((n) => n.date!);
    expect(dates).toEqual([...dates].sort().reverse());
    const open = await h.query<{ involvementActivities: { nodes: { id: string }[] } }>(
      `{ involvementActivities(filter: { statuses: [OPEN], stages: [CO_DESIGN] }) { nodes { id } } }`,
    );
    expect(open.data!.involvementActivities.nodes.map((n) => n.id).sort()).toEqual(
      ACTIVITIES.filter((a) => a.status === "OPEN" && a.stage === "CO_DESIGN")
        .map((a) => a.id)
        .sort(),
    );
  });

  it("gives hours by month, every month listed, with illustrative data optional", async () => {
    const res = await h.query<{
      all: { month: string; activities: number; deliveredHours: number }[];
      sourced: { activities: number }[];
    }>(`{
      all: involvementHoursByMonth(from: "2023-02", to: "2023-05") { month activities deliveredHours }
      sourced: involvementHoursByMonth(from: "2023-02", to: "2023-05", includeIllustrative: false) { activities }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.all.map((m) => m.month)).toEqual(["2023-02", "2023-03", "2023-04", "2023-05"]);
    expect(res.data!.all[0]).toEqual({ month: "2023-02", activities: 0, deliveredHours: 0 });
    const april = ACTIVITIES.filter((a) => a.activityDate?.startsWith("2023-04"));
    expect(res.data!.all[2]!.activities).toBe(april.length);
    expect(res.data!.all[2]!.deliveredHours).toBe(
      april.reduce((sum, a) => sum + (a.deliveredHours ?? 0), 0),
    );
    expect(res.data!.sourced.every((m) => m.activities === 0)).toBe(true);
  });

  it("refuses a malformed or too long month range", async () => {
    for (const [from, to, message] of [
      ["2024-13", "2024-12", /from/],
      ["2024-05", "2024-01", /before from/],
      ["2000-01", "2024-01", /at most 120 months/],
    ] as const) {
      const res = await h.query(
        `query ($from: String!, $to: String!) { involvementHoursByMonth(from: $from, to: $to) { month } }`,
        { from, to },
      );
      expect(res.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
      expect(res.errors![0]!.message).toMatch(message);
    }
  });

  it("lists payment rates and shows recognition with the rate in force", async () => {
    const res = await h.query<{
      involvementPaymentRates: {
        unit: string;
        effectiveFrom: string;
        provenance: { illustrative: boolean };
      }[];
      involvementActivity: {
        recognitionOffer: string;
        recognitions: {
          kind: string;
          people: number;
          hours: number;
          amountPence: number;
          rate: { effectiveFrom: string };
        }[];
      };
    }>(`{
      involvementPaymentRates { unit effectiveFrom provenance { illustrative } }
      involvementActivity(id: "illustrative-involvement-session-25") {
        recognitionOffer
        recognitions { kind people hours amountPence rate { effectiveFrom } }
      }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.involvementPaymentRates).toHaveLength(4);
    expect(res.data!.involvementPaymentRates.every((r) => r.provenance.illustrative)).toBe(true);
    const activity = res.data!.involvementActivity;
    expect(activity.recognitionOffer).toBe("PAYMENT_PER_HOUR");
    const recognition = activity.recognitions[0]!;
    expect(recognition.rate.effectiveFrom).toBe("2024-04-01");
    expect(recognition.amountPence).toBe(1300 * recognition.hours);
  });
});
