/**
 * `series_latest`, kept by triggers, always names each series' two newest figures: checked
 * against a search of the figures themselves after every kind of write, on a real SQLite file.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { createWorkforceSubgraph } from "../index.js";

const dir = mkdtempSync(join(tmpdir(), "series-latest-"));
const { database } = createWorkforceSubgraph({ databaseFile: join(dir, "workforce.sqlite") });
const sqlite = database.sqlite;
afterAll(() => {
  database.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Each series' two newest figures, found by searching them, for both scopes. */
function searched(): string[] {
  return (
    sqlite
      .prepare(
        `SELECT k.unit_kind || ' ' || k.unit_id || ' ' || k.measure_code || ' ' || scope.name || ' ' ||
           (SELECT group_concat(id, ',') FROM (SELECT o.id FROM observations o
             WHERE o.unit_kind = k.unit_kind AND o.unit_id = k.unit_id AND o.measure_code = k.measure_code
               AND o.status IN ('PUBLISHED', CASE scope.name WHEN 'ANY' THEN 'DRAFT' END)
             ORDER BY o.period_start DESC LIMIT 2)) AS line
         FROM (SELECT DISTINCT unit_kind, unit_id, measure_code FROM observations) k,
           (SELECT 'PUBLISHED' AS name UNION ALL SELECT 'ANY') scope
         ORDER BY line`,
      )
      .all() as { line: string | null }[]
  ).flatMap((r) => (r.line === null ? [] : [r.line])); // a series with no figure in scope
}

function kept(): string[] {
  return (
    sqlite
      .prepare(
        `SELECT unit_kind || ' ' || unit_id || ' ' || measure_code || ' ' || scope || ' ' ||
           latest_id || coalesce(',' || previous_id, '') AS line
         FROM series_latest ORDER BY line`,
      )
      .all() as { line: string }[]
  ).map((r) => r.line);
}

it("names each series' two newest figures after seeding, inserts, moves, status changes and deletes", () => {
  expect(kept().length).toBeGreaterThan(0);
  expect(kept()).toEqual(searched());
  const some = sqlite
    .prepare(`SELECT id, measure_code, unit_kind, unit_id FROM observations ORDER BY id LIMIT 3`)
    .all() as { id: number; measure_code: string; unit_kind: string; unit_id: string }[];
  const [a, b, c] = some as [(typeof some)[0], (typeof some)[0], (typeof some)[0]];
  // A newer draft, then its publication; a figure retracted; one moved to another period; one
  // deleted outright.
  sqlite
    .prepare(
      `INSERT INTO observations (measure_code, unit_kind, unit_id, period, period_start, raw_value, status, provenance)
       SELECT measure_code, unit_kind, unit_id, '2099-01', '2099-01-01', 1, 'DRAFT', provenance FROM observations WHERE id = ?`,
    )
    .run(a.id);
  expect(kept()).toEqual(searched());
  sqlite.prepare(`UPDATE observations SET status = 'PUBLISHED' WHERE period = '2099-01'`).run();
  expect(kept()).toEqual(searched());
  sqlite.prepare(`UPDATE observations SET status = 'RETRACTED' WHERE id = ?`).run(b.id);
  expect(kept()).toEqual(searched());
  sqlite.prepare(`UPDATE observations SET period_start = '1900-01-01' WHERE id = ?`).run(c.id);
  expect(kept()).toEqual(searched());
  sqlite.prepare(`DELETE FROM observation_revisions WHERE observation_id = ?`).run(a.id);
  sqlite.prepare(`DELETE FROM observations WHERE id = ?`).run(a.id);
  expect(kept()).toEqual(searched());
});
