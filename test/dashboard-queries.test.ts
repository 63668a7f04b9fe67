/**
 * The questions dashboards and partner systems ask: pathway coverage narrowed by place, care unit
 * or partner and crossed sector × place; a measure's series with its gaps; and change and trend
 * measured against the last published period, however far back.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

async function ok<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await h.query<T>(query, variables, undefined, null);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

/** Pathways as a dashboard would count them by hand, from the public list. */
async function agreedPathways() {
  const data = await ok<{
    sharedPathways: {
      nodes: {
        id: string;
        status: string;
        sectors: string[];
        places: { id: string }[];
        leadCareUnit: { id: string } | null;
        participants: { partner: { id: string } }[];
      }[];
    };
  }>(`{ sharedPathways(first: 100, filter: { statuses: [AGREED, LIVE, UNDER_REVIEW] }) {
        nodes { id status sectors places { id } leadCareUnit { id } participants { partner { id } } } } }`);
  // Only shared pathways count: a partner besides EPUT takes part.
  return data.sharedPathways.nodes.filter((p) =>
    p.participants.some((x) => x.partner.id !== "eput"),
  );
}

describe("pathway coverage", () => {
  it("narrows every figure to a place, a care unit or a partner", async () => {
    const all = await agreedPathways();
    const cases = [
      {
        arg: `placeId: "thurrock"`,
        keep: (p: (typeof all)[0]) => p.places.some((x) => x.id === "thurrock"),
      },
      {
        arg: `careUnitId: "mid-and-south-essex-community"`,
        keep: (p: (typeof all)[0]) => p.leadCareUnit?.id === "mid-and-south-essex-community",
      },
      {
        arg: `partnerId: "thurrock-council"`,
        keep: (p: (typeof all)[0]) =>
          p.participants.some((x) => x.partner.id === "thurrock-council"),
      },
    ];
    for (const { arg, keep } of cases) {
      const expected = all.filter(keep);
      const data = await ok<{
        pathwayCoverage: { total: number; bySector: { sector: string; count: number }[] };
      }>(`{ pathwayCoverage(${arg}) { total bySector { sector count } } }`);
      expect(data.pathwayCoverage.total, arg).toBe(expected.length);
      expect(data.pathwayCoverage.total, arg).toBeGreaterThan(0);
      expect(data.pathwayCoverage.total, arg).toBeLessThan(all.length);
      for (const { sector, count } of data.pathwayCoverage.bySector) {
        expect(count, `${arg} ${sector}`).toBe(
          expected.filter((p) => p.sectors.includes(sector)).length,
        );
      }
    }
  });

  it("crosses sector and place, each cell counted as a reader would", async () => {
    const all = await agreedPathways();
    const data = await ok<{
      pathwayCoverage: {
        bySectorAndPlace: { sector: string; place: { id: string }; count: number }[];
      };
    }>(`{ pathwayCoverage { bySectorAndPlace(first: 100) { sector place { id } count } } }`);
    const cells = data.pathwayCoverage.bySectorAndPlace;
    expect(cells.length).toBeGreaterThan(3);
    for (const cell of cells) {
      expect(cell.count).toBe(
        all.filter(
          (p) => p.sectors.includes(cell.sector) && p.places.some((x) => x.id === cell.place.id),
        ).length,
      );
    }
  });
});

describe("measure series", () => {
  const SERIES = `query ($units: [OrgUnitInput!]) {
    measureSeries(measureCode: "vacancy-rate", from: "2024-10", to: "2025-06", units: $units) {
      orgUnit { kind id } points { period } periods { period point { period value previousPeriod } } } }`;

  it("lists every period of the range, with gaps as null", async () => {
    const data = await ok<{
      measureSeries: {
        points: { period: string }[];
        periods: { period: string; point: { period: string } | null }[];
      }[];
    }>(SERIES, {
      units: [
        { kind: "TRUST", id: "eput" },
        { kind: "CARE_UNIT", id: "no-figures-here" },
      ],
    });
    const [trust, empty] = data.measureSeries;
    expect(trust!.periods.map((p) => p.period)).toEqual([
      "2024-10",
      "2024-11",
      "2024-12",
      "2025-01",
      "2025-02",
      "2025-03",
      "2025-04",
      "2025-05",
      "2025-06",
    ]);
    const filled = trust!.periods.filter((p) => p.point).map((p) => p.period);
    expect(filled).toEqual(trust!.points.map((p) => p.period));
    // The seed ends in March 2025 (its last month a draft): the rest are gaps.
    expect(trust!.periods.at(-1)!.point).toBeNull();
    expect(empty!.points).toEqual([]);
    expect(empty!.periods.every((p) => p.point === null)).toBe(true);
  });
});

describe("change and trend", () => {
  it("compare with the last published period, however far back", async () => {
    const sqlite = h.databases.workforce!.sqlite;
    // Retract the figure before the latest, as an editor might: a gap in the published series.
    const rows = sqlite
      .prepare(
        `SELECT period, value FROM observations WHERE measure_code = 'vacancy-rate' AND unit_kind = 'TRUST'
           AND status = 'PUBLISHED' ORDER BY period_start DESC LIMIT 3`,
      )
      .all() as { period: string; value: number }[];
    const [latest, gap, earlier] = rows;
    const res = await h.query(
      `mutation ($input: RetractObservationInput!) { retractObservation(input: $input) { status } }`,
      {
        input: {
          measureCode: "vacancy-rate",
          orgUnit: { kind: "TRUST", id: "eput" },
          period: gap!.period,
          decidedBy: "test",
          reason: "a gap",
        },
      },
      undefined,
      ["workforce:write"],
    );
    expect(res.errors).toBeUndefined();
    const data = await ok<{
      workforceScorecard: {
        trust: {
          measure: { code: string };
          period: string;
          previousPeriod: string;
          previousValue: number;
          change: number;
        }[];
      };
    }>(
      `{ workforceScorecard(measureCodes: ["vacancy-rate"]) { trust { measure { code } period previousPeriod previousValue change } } }`,
    );
    const point = data.workforceScorecard.trust[0]!;
    expect(point.period).toBe(latest!.period);
    expect(point.previousPeriod).toBe(earlier!.period);
    expect(point.change).toBeCloseTo(latest!.value - earlier!.value, 5);
  });
});

describe("pathways by the kind of partner taking part", () => {
  it("finds the pathways a partner of each sector takes part in, by the README's table", async () => {
    const data = await ok<{
      sharedPathways: { nodes: { id: string; participants: { partner: { kind: string } }[] }[] };
    }>(`{ sharedPathways(first: 100) { nodes { id participants { partner { kind } } } } }`);
    const withKind = (kinds: string[]) =>
      data.sharedPathways.nodes
        .filter((p) => p.participants.some((x) => kinds.includes(x.partner.kind)))
        .map((p) => p.id)
        .sort();
    // The README's table, written out again here as a reader would read it.
    const cases: [string, string[]][] = [
      [
        "HEALTH",
        [
          "NHS_TRUST",
          "INTEGRATED_CARE_BOARD",
          "PRIMARY_CARE_NETWORK",
          "ACUTE_HOSPITAL",
          "AMBULANCE_SERVICE",
          "COMMUNITY_HEALTH_PROVIDER",
        ],
      ],
      ["SOCIAL_CARE", ["LOCAL_AUTHORITY"]],
      ["HOUSING", ["HOUSING"]],
      ["VOLUNTARY_AND_COMMUNITY", ["VOLUNTARY_COMMUNITY_SOCIAL_ENTERPRISE", "ADVOCACY_GROUP"]],
      ["EMPLOYMENT", ["EMPLOYER", "EMPLOYMENT_SERVICE"]],
      ["EDUCATION", ["EDUCATION", "ACADEMIC"]],
      ["CRIMINAL_JUSTICE", ["POLICE"]],
    ];
    let sectorsWithPathways = 0;
    for (const [sector, kinds] of cases) {
      const expected = withKind(kinds);
      if (expected.length > 0) sectorsWithPathways++;
      const found = await ok<{ sharedPathways: { totalCount: number; nodes: { id: string }[] } }>(
        `query ($sectors: [Sector!]) { sharedPathways(first: 100, filter: { partnerSectors: $sectors }) { totalCount nodes { id } } }`,
        { sectors: [sector] },
      );
      expect(found.sharedPathways.nodes.map((p) => p.id).sort(), sector).toEqual(expected);
      expect(found.sharedPathways.totalCount).toBe(expected.length);
    }
    expect(sectorsWithPathways).toBeGreaterThanOrEqual(3);
  });
});

describe("sorting the lists a dashboard pages through", () => {
  /** Every node of a list, page by page, following endCursor. */
  async function walk(query: string, variables: Record<string, unknown>, path: string) {
    const seen: Record<string, unknown>[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 50; pages++) {
      const data: Record<
        string,
        { nodes: Record<string, unknown>[]; pageInfo: { hasNextPage: boolean; endCursor: string } }
      > = await ok<
        Record<
          string,
          {
            nodes: Record<string, unknown>[];
            pageInfo: { hasNextPage: boolean; endCursor: string };
          }
        >
      >(query, { ...variables, after });
      const list: {
        nodes: Record<string, unknown>[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      } = data[path]!;
      seen.push(...list.nodes);
      if (!list.pageInfo.hasNextPage) return seen;
      after = list.pageInfo.endCursor;
    }
    throw new Error("too many pages");
  }

  it("pages pathways in each order, every one once, in that order", async () => {
    const Q = `query ($orderBy: SharedPathwayOrder, $after: String) { sharedPathways(first: 4, orderBy: $orderBy, after: $after) {
      nodes { id name nextReviewDue } pageInfo { hasNextPage endCursor } } }`;
    const byName = await walk(Q, { orderBy: "NAME" }, "sharedPathways");
    const names = byName.map((p) => p.name as string);
    expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const byReview = await walk(Q, { orderBy: "NEXT_REVIEW_DUE" }, "sharedPathways");
    expect(byReview.map((p) => p.id).sort()).toEqual(byName.map((p) => p.id).sort());
    const due = byReview.map((p) => (p.nextReviewDue as string | null) ?? "9999-12-31");
    expect(due).toEqual([...due].sort());
    const recent = await walk(Q, { orderBy: "RECENTLY_UPDATED" }, "sharedPathways");
    expect(new Set(recent.map((p) => p.id)).size).toBe(byName.length);
  });

  it("refuses a cursor given out for another order, and RELEVANCE without search", async () => {
    const first = await ok<{ sharedPathways: { pageInfo: { endCursor: string } } }>(
      `{ sharedPathways(first: 2, orderBy: NAME) { pageInfo { endCursor } } }`,
    );
    const res = await h.query(
      `query ($after: String) { sharedPathways(first: 2, orderBy: NEXT_REVIEW_DUE, after: $after) { nodes { id } } }`,
      { after: first.sharedPathways.pageInfo.endCursor },
      undefined,
      null,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(/after: was given for the NAME order/);
    const relevance = await h.query(
      `{ sharedPathways(orderBy: RELEVANCE) { totalCount } }`,
      {},
      undefined,
      null,
    );
    expect(relevance.errors?.[0]?.message).toMatch(/RELEVANCE needs filter.search/);
  });

  it("pages activities oldest or newest first, undated last", async () => {
    const Q = `query ($orderBy: InvolvementActivityOrder, $after: String) { involvementActivities(first: 7, orderBy: $orderBy, after: $after) {
      nodes { id date } pageInfo { hasNextPage endCursor } } }`;
    const oldest = await walk(Q, { orderBy: "OLDEST_FIRST" }, "involvementActivities");
    const newest = await walk(Q, { orderBy: "NEWEST_FIRST" }, "involvementActivities");
    const dates = (list: Record<string, unknown>[]) =>
      list.map((a) => a.date as string | null).filter(Boolean);
    expect(dates(oldest)).toEqual([...dates(oldest)].sort());
    expect(dates(newest)).toEqual([...dates(newest)].sort().reverse());
    expect(oldest.length).toBe(newest.length);
    expect(oldest.at(-1)!.date === null || dates(oldest).length === oldest.length).toBe(true);
  });
});
