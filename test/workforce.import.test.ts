import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, snapshot, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

const IMPORT = `mutation ($csv: String!, $source: String!) {
  importObservations(csv: $csv, source: $source) { batchId rows inserted updated unchanged }
}`;
const HEADER =
  "measure,unit,org_unit_type,org_unit,period,value,numerator,denominator,target,status";
const csv = (...rows: string[]) => [HEADER, ...rows].join("\n") + "\n";
const TABLES = ["observations", "import_batches"];

interface Result {
  importObservations: {
    batchId: number | null;
    rows: number;
    inserted: number;
    updated: number;
    unchanged: number;
  };
}

async function refused(text: string): Promise<{ field: string; message: string }[]> {
  const before = snapshot(h.databases.workforce!, TABLES);
  const res = await h.query(IMPORT, { csv: text, source: "test.csv" });
  expect(res.errors, JSON.stringify(res.data)).toBeDefined();
  expect(res.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
  expect(snapshot(h.databases.workforce!, TABLES)).toBe(before);
  return res.errors![0]!.extensions!.problems as { field: string; message: string }[];
}

const GOOD = [
  "vacancy-rate,PERCENT,TRUST,eput,2025-04,,700,5800,10.8,",
  "vacancy-rate,percent,CARE_UNIT,west-essex-community,2025-04,12.5,100,800,10.8,PUBLISHED",
  "apprenticeship-starts,COUNT,TRUST,eput,2025-Q2,41,,,45,DRAFT",
  '"staff-engagement",SCORE,TRUST,eput,2025/26,6.9,,,7.2,DRAFT',
];

describe("importing a trust return", () => {
  it("loads a good file in one batch, then changes nothing when it is loaded again", async () => {
    const first = await h.query<Result>(IMPORT, { csv: csv(...GOOD), source: "april.csv" });
    expect(first.errors).toBeUndefined();
    expect(first.data!.importObservations).toMatchObject({
      rows: 4,
      inserted: 4,
      updated: 0,
      unchanged: 0,
    });
    expect(first.data!.importObservations.batchId).toEqual(expect.any(Number));
    const before = snapshot(h.databases.workforce!, TABLES);
    const again = await h.query<Result>(IMPORT, { csv: csv(...GOOD), source: "april.csv" });
    expect(again.data!.importObservations).toEqual({
      batchId: null,
      rows: 4,
      inserted: 0,
      updated: 0,
      unchanged: 4,
    });
    expect(snapshot(h.databases.workforce!, TABLES)).toBe(before);
  });

  it("derives a rate's value from its numerator and denominator, and keeps imports as drafts", async () => {
    const res = await h.query<{
      measureSeries: {
        points: { value: number; status: string; provenance: { kind: string; batchId: number } }[];
      }[];
    }>(
      `{ measureSeries(measureCode: "vacancy-rate", from: "2025-04", to: "2025-04", includeDrafts: true, units: [{ kind: TRUST, id: "eput" }]) {
        points { value status provenance { kind batchId } } } }`,
    );
    const point = res.data!.measureSeries[0]!.points[0]!;
    expect(point.value).toBeCloseTo((100 * 700) / 5800, 6);
    expect(point.status).toBe("DRAFT");
    expect(point.provenance.kind).toBe("IMPORT");
    const published = await h.query<{ measureSeries: unknown[] }>(
      `{ measureSeries(measureCode: "vacancy-rate", from: "2025-04", to: "2025-04", units: [{ kind: TRUST, id: "eput" }]) { points { value } } }`,
    );
    // The unit asked for has its series, with no published figure in it.
    expect(published.data!.measureSeries).toEqual([{ points: [] }]);
  });

  it("updates changed figures, and publishes drafts on request", async () => {
    const changed = await h.query<Result>(IMPORT, {
      csv: csv("vacancy-rate,PERCENT,TRUST,eput,2025-04,,710,5800,10.8,"),
      source: "april-corrected.csv",
    });
    expect(changed.data!.importObservations).toMatchObject({
      inserted: 0,
      updated: 1,
      unchanged: 0,
    });
    const published = await h.query<{ publishObservations: number }>(
      `mutation { publishObservations(measureCode: "vacancy-rate", period: "2025-04", orgUnit: { kind: TRUST, id: "eput" }) }`,
    );
    expect(published.data!.publishObservations).toBe(1);
    const batches = await h.query<{ importBatches: { source: string; updated: number }[] }>(
      `{ importBatches { source updated } }`,
    );
    expect(batches.data!.importBatches[0]).toEqual({ source: "april-corrected.csv", updated: 1 });
  });

  it("refuses every kind of bad row, naming each by its row number, and loads nothing", async () => {
    const cases: [string, RegExp][] = [
      ["no-such-measure,PERCENT,TRUST,eput,2025-04,,1,2,,", /unknown measure "no-such-measure"/],
      ["vacancy-rate,PERCENTAGE,TRUST,eput,2025-04,,1,2,,", /unknown unit "PERCENTAGE"/],
      ["vacancy-rate,RATIO,TRUST,eput,2025-04,,1,2,,", /measured in PERCENT, not RATIO/],
      ["vacancy-rate,PERCENT,TRUST,eput,2025-13,,1,2,,", /"2025-13" is not a period/],
      ["vacancy-rate,PERCENT,TRUST,eput,2025-Q1,,1,2,,", /reported MONTHLY.*not "2025-Q1"/],
      ["staff-engagement,SCORE,TRUST,eput,2024/26,6,,,,", /2024\/25 follows 2024/],
      [
        "vacancy-rate,PERCENT,TRUST,eput,2025-05,,900,800,,",
        /numerator 900 exceeds denominator 800/,
      ],
      [
        "vacancy-rate,PERCENT,TRUST,eput,2025-05,50,100,800,,",
        /value 50 disagrees with numerator ÷ denominator × 100 = 12.50/,
      ],
      ["vacancy-rate,PERCENT,TRUST,eput,2025-05,12,,,,", /is a rate: give numerator/],
      ["vacancy-rate,PERCENT,TRUST,eput,2025-05,,1,0,,", /denominator 0 must be more than 0/],
      ["apprenticeship-starts,COUNT,TRUST,eput,2025-Q2,2.5,,,,", /outside COUNT's range/],
      ["apprenticeship-starts,COUNT,TRUST,eput,2025-Q2,-1,,,,", /outside COUNT's range/],
      [
        "staff-engagement,SCORE,TRUST,eput,2025/26,11,,,,",
        /value 11 is outside SCORE's range \(0 to 10\)/,
      ],
      ["wres-9,PERCENT,TRUST,eput,2025/26,101,,,,", /outside PERCENT's range/],
      ["staff-engagement,SCORE,TRUST,eput,2025/26,7,,,12,", /target 12 is outside/],
      ["staff-engagement,SCORE,TRUST,eput,2025/26,seven,,,,", /value is not a number/],
      ["apprenticeship-starts,COUNT,TRUST,eput,2025-Q2,4,1,2,,", /not a rate: give value only/],
      ["apprenticeship-starts,COUNT,TRUST,eput,2025-Q2,,,,,", /value is missing/],
      ["apprenticeship-starts,COUNT,TRUST,trust,2025-Q2,4,,,,", /the trust's org_unit is "eput"/],
      ["apprenticeship-starts,COUNT,WARD,x,2025-Q2,4,,,,", /unknown org_unit_type "WARD"/],
      ["apprenticeship-starts,COUNT,CARE_UNIT,Not An Id,2025-Q2,4,,,,", /is not an id/],
      ["apprenticeship-starts,COUNT,TRUST,eput,2025-Q2,4,,,,FINAL", /status "FINAL"/],
      ["peer-support-workers-ld-autism,COUNT,TRUST,eput,2025/26,3,,,,", /special-category/],
      ["apprenticeship-starts,COUNT,TRUST,eput,2025-Q2,4,,,", /has 9 fields; the header has 10/],
    ];
    for (const [row, message] of cases) {
      const problems = await refused(csv(GOOD[0]!, row));
      expect(problems, row).toEqual([{ field: "row 3", message: expect.stringMatching(message) }]);
    }
  });

  it("refuses a row repeated in the file, and lists every bad row at once", async () => {
    const problems = await refused(
      csv(
        GOOD[2]!,
        "x,COUNT,TRUST,eput,2025-Q2,1,,,,",
        GOOD[2]!,
        "y,COUNT,TRUST,eput,2025-Q2,1,,,,",
      ),
    );
    expect(problems.map((p) => p.field)).toEqual(["row 3", "row 4", "row 5"]);
    expect(problems[1]!.message).toMatch(/repeats row 2/);
  });

  it("refuses a broken header, an empty file and text that is not CSV", async () => {
    expect((await refused("measure,unit,period\n"))[0]!.message).toMatch(
      /missing column "org_unit_type"/,
    );
    expect((await refused(`${HEADER},colour\n`))[0]!.message).toMatch(/unknown column "colour"/);
    expect((await refused(`${HEADER}\n`))[0]!.message).toMatch(/no rows after the header/);
    expect((await refused(""))[0]!.message).toMatch(/empty/);
    expect((await refused(`${HEADER}\n"unclosed,1\n`))[0]!.message).toMatch(/not CSV/);
  });

  it("lists at most 1,000 problems but counts them all", async () => {
    const rows = Array.from(
      { length: 1500 },
      (_, i) => `no-such-measure-${i},COUNT,TRUST,eput,2025-Q2,1,,,,`,
    );
    const res = await h.query(IMPORT, { csv: csv(...rows), source: "bad.csv" });
    const extensions = res.errors![0]!.extensions!;
    expect(extensions.problemCount).toBe(1500);
    expect((extensions.problems as unknown[]).length).toBe(1000);
    expect(res.errors![0]!.message).toMatch(
      /^The file has 1500 problems and nothing was loaded: row 2: unknown measure/,
    );
  });
});

describe("npm run import:measures", () => {
  const dir = mkdtempSync(join(tmpdir(), "import-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (file: string, partnersUrl = h.subgraphs.partners!.url) =>
    promisify(execFile)("npx", ["tsx", "scripts/import-measures.ts", file], {
      env: { ...process.env, DATA_DIR: dir, PARTNERS_URL: partnersUrl },
    }).catch((error: { code: number; stdout: string; stderr: string }) => error);

  it("loads the sample file, then finds nothing to change", async () => {
    const first = await run("samples/workforce-observations.csv");
    expect(first.stdout).toMatch(/7 rows in .* s: 7 inserted, 0 updated, 0 unchanged \(batch 1\)/);
    const second = await run("samples/workforce-observations.csv");
    expect(second.stdout).toMatch(/0 inserted, 0 updated, 7 unchanged \(nothing changed/);
  });

  it("loads nothing when the partners subgraph cannot check its care units, and says to try again", async () => {
    const file = join(dir, "unit.csv");
    writeFileSync(
      file,
      csv("vacancy-rate,PERCENT,CARE_UNIT,urgent-care-and-inpatient-services,2031-01,,1,10,,"),
    );
    const result = (await run(file, "http://127.0.0.1:9/graphql")) as {
      code?: number;
      stderr: string;
    };
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /Could not check references with the partners subgraph.*try again/,
    );
    const loaded = await run(file);
    expect(loaded.stdout).toMatch(/1 inserted/);
  });

  it("prints every problem and exits 1 for a bad file", async () => {
    const bad = join(dir, "bad.csv");
    writeFileSync(bad, csv("vacancy-rate,PERCENT,TRUST,eput,2025-13,,1,2,,"));
    const result = (await run(bad)) as { code?: number; stderr: string };
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/1 problem\(s\); nothing was loaded/);
    expect(result.stderr).toMatch(/row 2: "2025-13" is not a period/);
  });
});
