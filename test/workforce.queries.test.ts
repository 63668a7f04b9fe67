import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "../subgraphs/kit/dates.js";
import { MEASURES } from "../subgraphs/workforce/db/seed-data/measures.js";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

interface Point {
  measure: { code: string; direction: string };
  period: string;
  value: number;
  target: number | null;
  rag: string;
  previousValue: number | null;
  change: number | null;
  trend: string | null;
  status: string;
  provenance: { kind: string };
}
const POINT = `measure { code direction } period value target rag previousValue change trend status provenance { kind }`;

const stored = (sql: string, ...args: unknown[]) =>
  h.databases.workforce!.sqlite.prepare(sql).all(...args) as Record<string, unknown>[];

describe("the scorecard", () => {
  it("gives every measure's latest published figure for the trust and each care unit in one request", async () => {
    const res = await h.query<{
      workforceScorecard: {
        trust: Point[];
        careUnits: { careUnit: { id: string; name: string }; rows: Point[] }[];
      };
    }>(
      `{ workforceScorecard { trust { ${POINT} } careUnits { careUnit { id name } rows { ${POINT} } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const { trust, careUnits } = res.data!.workforceScorecard;
    const published = stored(
      "SELECT DISTINCT measure_code AS code FROM observations WHERE unit_kind = 'TRUST' AND status = 'PUBLISHED'",
    );
    expect(trust.map((p) => p.measure.code).sort()).toEqual(published.map((r) => r.code).sort());
    expect(trust.every((p) => p.status === "PUBLISHED")).toBe(true);
    const vacancy = trust.find((p) => p.measure.code === "vacancy-rate")!;
    expect(vacancy.period).toBe("2025-02");
    expect(vacancy.provenance.kind).toBe("ILLUSTRATIVE");
    const [latest, previous] = stored(
      "SELECT value FROM observations WHERE measure_code = 'vacancy-rate' AND unit_kind = 'TRUST' AND period IN ('2025-02', '2025-01') ORDER BY period DESC",
    ) as { value: number }[];
    expect(vacancy.value).toBeCloseTo(latest!.value, 5);
    expect(vacancy.change).toBeCloseTo(latest!.value - previous!.value, 5);
    expect(vacancy.trend).toBe(vacancy.change! < 0 ? "IMPROVING" : "WORSENING");
    expect(careUnits.map((c) => c.careUnit.name)).toContain("Urgent Care and Inpatient Services");
    expect(careUnits[0]!.rows.map((r) => r.measure.code)).toContain("vacancy-rate");
  });

  it("narrows to chosen care units, keeping the trust's figures", async () => {
    const res = await h.query<{
      workforceScorecard: { trust: unknown[]; careUnits: { careUnit: { id: string } }[] };
    }>(
      `{ workforceScorecard(careUnitIds: ["specialist-services"], measureCodes: ["vacancy-rate"]) {
        trust { value } careUnits { careUnit { id } } } }`,
    );
    expect(res.data!.workforceScorecard.trust).toHaveLength(1);
    expect(res.data!.workforceScorecard.careUnits).toEqual([
      { careUnit: { id: "specialist-services" } },
    ]);
  });

  it("shows drafts only when asked", async () => {
    const res = await h.query<{ a: { trust: Point[] }; b: { trust: Point[] } }>(`{
      a: workforceScorecard(measureCodes: ["vacancy-rate"]) { trust { period status } }
      b: workforceScorecard(measureCodes: ["vacancy-rate"], includeDrafts: true) { trust { period status } }
    }`);
    expect(res.data!.a.trust).toEqual([{ period: "2025-02", status: "PUBLISHED" }]);
    expect(res.data!.b.trust).toEqual([{ period: "2025-03", status: "DRAFT" }]);
  });

  it("compares with the target by the measure's direction, and cites a figure the plan gives", async () => {
    const res = await h.query<{
      workforceScorecard: {
        trust: (Point & { provenance: { kind: string; source: { note: string } } })[];
      };
    }>(
      `{ workforceScorecard(measureCodes: ["coproduction-model-agreed", "safety-plans", "sickness-absence-rate"], includeDrafts: true) {
        trust { ${POINT} provenance { kind source { note } } } } }`,
    );
    for (const point of res.data!.workforceScorecard.trust) {
      const better =
        point.measure.direction === "HIGHER_IS_BETTER"
          ? point.value >= point.target!
          : point.value <= point.target!;
      if (better) expect(point.rag).toBe("GREEN");
      else expect(["AMBER", "RED"]).toContain(point.rag);
    }
    const safety = res.data!.workforceScorecard.trust.find(
      (p) => p.measure.code === "safety-plans",
    )!;
    expect(safety.target).toBe(100);
    expect(safety.provenance.source.note).toMatch(/^Illustrative.*100% target is the plan's/);
    const history = await h.query<{
      measureSeries: {
        points: { period: string; value: number; provenance: { kind: string } }[];
      }[];
    }>(
      `{ measureSeries(measureCode: "coproduction-model-agreed", from: "2022/23", to: "2022/23") { points { period value provenance { kind } } } }`,
    );
    expect(history.data!.measureSeries[0]!.points).toEqual([
      { period: "2022/23", value: 0, provenance: { kind: "SOURCE_DOCUMENT" } },
    ]);
  });
});

describe("a care unit's workforce", () => {
  it("counts filled lived experience posts live from the lived-experience subgraph", async () => {
    const ask = async () =>
      (
        await h.query<{ careUnit: { workforce: Point[] } }>(
          `{ careUnit(id: "urgent-care-and-inpatient-services") { workforce(measureCodes: ["lived-experience-roles", "vacancy-rate"]) { ${POINT} } } }`,
        )
      ).data!.careUnit.workforce;
    const before = await ask();
    const live = before.find((p) => p.measure.code === "lived-experience-roles")!;
    expect(live.provenance.kind).toBe("LIVE");
    expect(live.period).toBe(today().slice(0, 7));
    const filled = (
      h.databases["lived-experience"]!.sqlite.prepare(
        "SELECT count(*) AS n FROM roles WHERE care_unit_id = 'urgent-care-and-inpatient-services' AND status = 'FILLED'",
      ).get() as { n: number }
    ).n;
    expect(live.value).toBe(filled);
    expect(before.find((p) => p.measure.code === "vacancy-rate")!.provenance.kind).toBe(
      "ILLUSTRATIVE",
    );
    const move = (mutation: string) =>
      h.query(
        `mutation { ${mutation}(input: { id: "inpatient-peer-support-worker-11", effectiveOn: "${today()}", decidedBy: "test", reason: "test" }) { status } }`,
      );
    expect((await move("fillLivedExperienceRole")).errors).toBeUndefined();
    expect((await ask()).find((p) => p.measure.code === "lived-experience-roles")!.value).toBe(
      filled + 1,
    );
  });

  it("gives a care unit's series for a measure, each point compared with the one before", async () => {
    const res = await h.query<{ careUnit: { workforceSeries: Point[] } }>(
      `{ careUnit(id: "west-essex-community") { workforceSeries(measureCode: "sickness-absence-rate", from: "2024-10", to: "2025-03", includeDrafts: true) { ${POINT} } } }`,
    );
    const points = res.data!.careUnit.workforceSeries;
    expect(points.map((p) => p.period)).toEqual([
      "2024-10",
      "2024-11",
      "2024-12",
      "2025-01",
      "2025-02",
      "2025-03",
    ]);
    expect(points[0]!.previousValue).toBeNull();
    expect(points[1]!.previousValue).toBe(points[0]!.value);
  });
});

describe("series across units", () => {
  it("gives a measure's figures for chosen units over a range of periods", async () => {
    const res = await h.query<{
      measureSeries: {
        orgUnit: { kind: string; id: string; careUnit: { name: string } | null };
        points: Point[];
      }[];
    }>(
      `{ measureSeries(measureCode: "vacancy-rate", from: "2024-04", to: "2025-03",
          units: [{ kind: TRUST, id: "eput" }, { kind: CARE_UNIT, id: "specialist-services" }]) {
        orgUnit { kind id careUnit { name } } points { period value } } }`,
    );
    expect(res.errors).toBeUndefined();
    const series = res.data!.measureSeries;
    expect(series.map((s) => s.orgUnit.id)).toEqual(["specialist-services", "eput"]);
    expect(series[0]!.orgUnit.careUnit!.name).toBe("Specialist Services");
    expect(series[1]!.points).toHaveLength(11); // March 2025 is still a draft
  });

  it("refuses periods of the wrong kind, malformed periods, long ranges and unknown measures", async () => {
    const ask = (measure: string, from: string, to: string) =>
      h.query(
        `query ($m: String!, $f: String!, $t: String!) { measureSeries(measureCode: $m, from: $f, to: $t) { points { value } } }`,
        { m: measure, f: from, t: to },
      );
    const cases: [string, string, string, string, RegExp][] = [
      ["vacancy-rate", "2024-Q1", "2024-Q2", "BAD_USER_INPUT", /reported MONTHLY: give a month/],
      ["staff-engagement", "2023/24", "2024/26", "BAD_USER_INPUT", /2024\/25 follows 2024/],
      ["vacancy-rate", "2024-06", "2024-01", "BAD_USER_INPUT", /before from/],
      ["vacancy-rate", "2000-01", "2024-01", "BAD_USER_INPUT", /at most 120 periods/],
      ["no-such-measure", "2024-01", "2024-02", "NOT_FOUND", /Measure "no-such-measure"/],
    ];
    for (const [measure, from, to, code, message] of cases) {
      const res = await ask(measure, from, to);
      expect(res.errors![0]!.extensions!.code, `${measure} ${from} ${to}`).toBe(code);
      expect(res.errors![0]!.message).toMatch(message);
    }
  });
});

describe("the framework", () => {
  it("gives the trust's objectives, outcomes, sub-outcomes and measure lines, and a care unit's", async () => {
    const res = await h.query<{
      trust: {
        code: string;
        outcomes: {
          text: string;
          subOutcomes: { measureLines: { text: string; measures: { code: string }[] }[] }[];
        }[];
      }[];
      unit: { code: string; outcomes: { source: { documentTitle: string } }[] }[];
      measures: { code: string }[];
      measure: {
        name: string;
        isRate: boolean;
        numerator: string;
        denominator: string;
        nationalDefinition: string;
      };
    }>(`{
      trust: measureFramework { code outcomes { text subOutcomes { measureLines { text measures { code } } } } }
      unit: measureFramework(careUnitId: "mid-and-south-essex-community") { code outcomes { source { documentTitle } } }
      measures { code }
      measure(code: "sickness-absence-rate") { name isRate numerator denominator nationalDefinition }
    }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.trust.map((o) => o.code)).toEqual(["SO1", "SO2", "SO3", "SO4"]);
    expect(res.data!.trust[1]!.outcomes[0]!.text).toBe("We are an employer of choice.");
    const lines = res.data!.trust.flatMap((o) =>
      o.outcomes.flatMap((x) => x.subOutcomes.flatMap((s) => s.measureLines)),
    );
    expect(
      lines.find((l) => l.text.startsWith("Workforce Race Equality Standard"))!.measures,
    ).toHaveLength(9);
    expect(res.data!.unit[0]!.outcomes[0]!.source.documentTitle).toMatch(
      /Mid and South Essex Community/,
    );
    expect(res.data!.measures).toHaveLength(MEASURES.length);
    expect(res.data!.measure).toEqual({
      name: "Sickness absence rate",
      isRate: true,
      numerator: "FTE days lost to sickness absence",
      denominator: "FTE days available",
      nationalDefinition: expect.stringMatching(/NHS Digital/),
    });
  });
});
