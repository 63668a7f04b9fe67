/**
 * The framework is loaded exactly as the plans table it: every outcome, sub-outcome and measure
 * line, in the source's words. Removing all of them from each source table must leave nothing but
 * page furniture (headings and photo captions).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SOURCE_DOCUMENTS } from "../../kit/sources.js";
import {
  CARE_UNIT_FRAMEWORK,
  type SeedObjectiveTable,
  TRUST_FRAMEWORK,
} from "./seed-data/framework.js";
import { MEASURES } from "./seed-data/measures.js";
import { FRAMEWORK_BOUNDS } from "../framework/bounds.js";
import { createWorkforceSubgraph } from "../index.js";

const seeds = fileURLToPath(new URL("../../../../shared/seeds/", import.meta.url));
const read = (id: string) =>
  readFileSync(seeds + SOURCE_DOCUMENTS.find((d) => d.id === id)!.file, "utf8");
const squash = (text: string) => text.replace(/\s+/g, " ").trim();

const TRUST_TABLE_ENDS = [
  "Strategic objective 2:",
  "Strategic objective 3:",
  "Strategic objective 4:",
  " Introduction\n",
];

/** What each trust table holds besides outcomes, sub-outcomes and measures. */
const FURNITURE = [
  "Strategic Objective 1: We will deliver safe, high-quality integrated care. Outcomes Sub-outcomes Measures",
  "Strategic Objective 2: We will enable each other to be the best we can be. Outcomes Sub-outcomes Measures STRATEGIC OBJECTIVES STRATEGIC OBJECTIVES",
  "Strategic Objective 3: We will work together with our partners to make our services better Outcomes Sub-outcomes Measures Mental Health Unit, Basildon STRATEGIC OBJECTIVES STRATEGIC OBJECTIVES",
  "Strategic Objective 4: We will help our communities to thrive. Outcomes Sub-outcomes Measures",
];

function pieces(table: SeedObjectiveTable): string[] {
  return table.outcomes.flatMap((o) => [
    o.text,
    ...o.subOutcomes.flatMap((s) => [s.text, ...s.lines.map(([text]) => text)]),
  ]);
}

describe("the measure framework", () => {
  const trust = read("eput-strategic-plan-2023-28");

  it.each(TRUST_FRAMEWORK.map((table, i) => [table.objective, table, i] as const))(
    "holds every line of the trust's %s table, in its words",
    (_, table, i) => {
      const start = trust.indexOf(`Strategic Objective ${i + 1}:`);
      const end = trust.indexOf(TRUST_TABLE_ENDS[i]!, start);
      expect(start).toBeGreaterThan(0);
      let rest = squash(trust.slice(start, end));
      const items = [...new Set(pieces(table))].sort((a, b) => b.length - a.length);
      for (const item of items) {
        expect(rest.includes(item), item).toBe(true);
        rest = rest.split(item).join(" ");
      }
      expect(squash(rest)).toBe(FURNITURE[i]);
    },
  );

  it("holds the care unit plan's four lists, item for item", () => {
    const plan = read("msec-care-unit-plan");
    // Each list runs from its heading to the next "What will be different?"; items may be bold.
    const lists = plan
      .split("How will we measure success?")
      .slice(1)
      .map((part) =>
        [
          ...part.split("What will be different?")[0]!.matchAll(/^- (?:\*\*)?(.+?)(?:\*\*)?$/gm),
        ].map((m) => m[1]!),
      );
    expect(lists).toHaveLength(4);
    expect(
      CARE_UNIT_FRAMEWORK.map((t) => t.outcomes[0]!.subOutcomes[0]!.lines.map(([text]) => text)),
    ).toEqual(lists);
  });

  it("points every line at measures that are defined", () => {
    const codes = new Set(MEASURES.map((m) => m.code));
    expect(codes.size).toBe(MEASURES.length);
    for (const table of [...TRUST_FRAMEWORK, ...CARE_UNIT_FRAMEWORK]) {
      for (const outcome of table.outcomes) {
        for (const sub of outcome.subOutcomes) {
          for (const [text, measures] of sub.lines) {
            expect(measures.length, text).toBeGreaterThan(0);
            for (const code of measures) expect(codes.has(code), `${text} → ${code}`).toBe(true);
          }
        }
      }
    }
  });

  it("defines the national workforce measures and every WRES indicator and WDES metric", () => {
    const codes = MEASURES.map((m) => m.code);
    for (const code of [
      "vacancy-rate",
      "leaver-rate",
      "stability-index",
      "sickness-absence-rate",
      "apprenticeship-starts",
      "local-workforce",
      "bme-band-8a-plus",
    ]) {
      expect(codes).toContain(code);
    }
    expect(codes.filter((c) => c.startsWith("wres-"))).toHaveLength(9);
    expect(codes.filter((c) => c.startsWith("wdes-"))).toHaveLength(10);
    const vacancy = MEASURES.find((m) => m.code === "vacancy-rate")!;
    expect(vacancy.denominator).toBe("establishment FTE");
  });
});

describe("the framework's list bounds", () => {
  it("hold every list of the seeded framework, so the declared sizes are true", () => {
    const db = createWorkforceSubgraph({ databaseFile: ":memory:" }).database.sqlite;
    const most = (sql: string) => (db.prepare(sql).get() as { m: number }).m;
    const B = FRAMEWORK_BOUNDS;
    expect(most("SELECT count(DISTINCT code) AS m FROM objectives")).toBeLessThanOrEqual(
      B.objectives,
    );
    expect(
      most(
        "SELECT max(n) AS m FROM (SELECT count(*) AS n FROM outcomes GROUP BY objective_code, care_unit_id)",
      ),
    ).toBeLessThanOrEqual(B.outcomesPerObjective);
    expect(
      most("SELECT max(n) AS m FROM (SELECT count(*) AS n FROM sub_outcomes GROUP BY outcome_id)"),
    ).toBeLessThanOrEqual(B.subOutcomesPerOutcome);
    expect(
      most(
        "SELECT max(n) AS m FROM (SELECT count(*) AS n FROM measure_lines GROUP BY sub_outcome_id)",
      ),
    ).toBeLessThanOrEqual(B.linesPerSubOutcome);
    expect(
      most(
        "SELECT max(n) AS m FROM (SELECT count(*) AS n FROM measure_line_measures GROUP BY line_id)",
      ),
    ).toBeLessThanOrEqual(B.measuresPerLine);
    expect(MEASURES.length).toBeLessThanOrEqual(B.measures);
  });
});
