import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CARE_UNIT_IDS } from "./seed-data/care-units.js";
import { createWorkforceSubgraph } from "../index.js";
import { MEASURES } from "./seed-data/measures.js";
import { ILLUSTRATIVE_OBSERVATIONS, SOURCED_OBSERVATIONS } from "./seed-data/observations.js";

const dir = mkdtempSync(join(tmpdir(), "workforce-seed-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function counts(file: string) {
  const { database } = createWorkforceSubgraph({ databaseFile: file });
  const count = (table: string) =>
    (database.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const result = {
    measures: count("measures"),
    observations: count("observations"),
    lines: count("measure_lines"),
  };
  database.close();
  return result;
}

describe("workforce seed", () => {
  it("seeds once; opening the database again neither re-seeds nor duplicates", () => {
    const file = join(dir, "workforce.sqlite");
    const first = counts(file);
    expect(first.measures).toBe(MEASURES.length);
    expect(first.observations).toBe(SOURCED_OBSERVATIONS.length + ILLUSTRATIVE_OBSERVATIONS.length);
    expect(counts(file)).toEqual(first);
  });

  it("labels every made-up figure as illustrative, in its provenance and its note", () => {
    for (const o of ILLUSTRATIVE_OBSERVATIONS) {
      expect(o.provenance).toBe("ILLUSTRATIVE");
      expect(o.sourceNote).toMatch(/^Illustrative: made up/);
    }
    for (const o of SOURCED_OBSERVATIONS) {
      expect(o.provenance).toBe("SOURCE_DOCUMENT");
      expect(o.sourceSection).toBeTruthy();
    }
  });

  it("is deterministic, leaves the latest period of each series a draft, and stays in range", () => {
    expect(JSON.stringify(ILLUSTRATIVE_OBSERVATIONS)).toMatch(
      /"period":"2025-03","periodStart":"2025-03-01"/,
    );
    const units = new Set<string>(CARE_UNIT_IDS);
    for (const o of ILLUSTRATIVE_OBSERVATIONS) {
      if (o.unitKind === "CARE_UNIT") expect(units.has(o.unitId)).toBe(true);
      if (o.numerator !== null) expect(o.numerator).toBeLessThanOrEqual(o.denominator!);
      expect(o.status).toBe(
        ["2025-03", "2025-Q1", "2024/25"].includes(o.period) ? "DRAFT" : "PUBLISHED",
      );
    }
  });
});
