import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

let made = 0;

/** Copies the care units' vacancy and sickness figures to synthetic care units. */
function addSyntheticUnits(count: number): string[] {
  const sqlite = h.databases.workforce!.sqlite;
  const ids: string[] = [];
  const copy = sqlite.prepare(`
    INSERT INTO observations (measure_code, unit_kind, unit_id, period, period_start, numerator,
      denominator, raw_value, target, status, provenance, source_note)
    SELECT measure_code, 'CARE_UNIT', ?, period, period_start, numerator, denominator, raw_value,
      target, status, 'ILLUSTRATIVE', 'Synthetic: made by a test'
    FROM observations WHERE unit_kind = 'CARE_UNIT' AND unit_id = 'west-essex-community'`);
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = `synthetic-care-unit-${++made}`;
      copy.run(id);
      ids.push(id);
    }
  })();
  return ids;
}

const SCORECARD = `{ workforceScorecard { trust { measure { name } value rag change }
  careUnits(first: 100) { careUnit { id } rows { measure { code } value rag change } } } }`;

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on CareUnit {
      id
      workforce(measureCodes: ["vacancy-rate", "lived-experience-roles"]) { measure { code } value rag change }
      workforceSeries(measureCode: "sickness-absence-rate", from: "2024-04", to: "2025-03") { period value change }
    }
    ... on Measure { code name }
  }
}`;

describe("no N+1 in the workforce subgraph", () => {
  it("builds the scorecard in the same statements for 6 care units and for 306 (a page of 100)", async () => {
    const counts: Record<string, number>[] = [];
    const units: number[] = [];
    for (const extra of [0, 300]) {
      addSyntheticUnits(extra);
      counts.push(
        await h.countStatements(async () => {
          const res = await h.query<{ workforceScorecard: { careUnits: unknown[] } }>(SCORECARD);
          expect(res.errors).toBeUndefined();
          units.push(res.data!.workforceScorecard.careUnits.length);
        }),
      );
    }
    expect(units).toEqual([6, 100]);
    // The trust's latest two figures a series, the measures, the page of care units with
    // figures, then their latest two figures a series: only the page is read.
    expect(counts[0]!.workforce).toBe(4);
    expect(counts[1]).toEqual(counts[0]);
  });

  it("resolves 50 or 500 care units with their workforce and series in the same statements", async () => {
    const results: number[] = [];
    for (const size of [50, 500]) {
      const ids = addSyntheticUnits(size);
      const statements = await h.countStatements(async () => {
        const res = await h.query<{
          _entities: { workforce: unknown[]; workforceSeries: unknown[] }[];
        }>(
          ENTITIES,
          {
            representations: ids.map((id, i) => ({
              __typename: "CareUnit",
              id,
              livedExperienceRolesFilled: i,
            })),
          },
          h.subgraphs.workforce!.url,
        );
        expect(res.errors).toBeUndefined();
        expect(res.data!._entities).toHaveLength(size);
        expect(res.data!._entities[size - 1]!.workforce).toHaveLength(2);
        expect(res.data!._entities[0]!.workforceSeries).toHaveLength(11);
      });
      results.push(statements.workforce!);
    }
    // The series' measure, the latest figures, the series, the latest figures' measures, and
    // the live measure: five statements at any size.
    expect(results).toEqual([5, 5]);
  });

  it("resolves Measure entities by code in one statement", async () => {
    const statements = await h.countStatements(async () => {
      const res = await h.query<{ _entities: { code: string }[] }>(
        ENTITIES,
        {
          representations: ["vacancy-rate", "wres-1", "no-such-measure"].map((code) => ({
            __typename: "Measure",
            code,
          })),
        },
        h.subgraphs.workforce!.url,
      );
      expect(res.data!._entities).toEqual([
        { code: "vacancy-rate", name: "Vacancy rate" },
        { code: "wres-1", name: expect.stringMatching(/^WRES 1/) },
        null,
      ]);
    });
    expect(statements.workforce).toBe(1);
  });
});
