/**
 * The combining-filters attack on the special-category flag: two systems that differ only in
 * which filled peer support posts have a holder with lived experience of learning disability or
 * autism (1 holder against 4, both below the threshold of 5) must answer every query a client
 * can send byte for byte alike. If any answer differed, combining answers could reveal the flag.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ROLE_KINDS,
  ROLE_LEVELS,
  ROLE_STATUSES,
} from "../subgraphs/lived-experience/role/role-enums.js";
import { CARE_UNITS } from "../subgraphs/partners/db/seed-data/geography.js";
import { type Harness, startHarness } from "./harness.js";
import { publishQuarterJustEnded } from "./publication-quarter.js";

let a: Harness;
let b: Harness;

function setFlags(h: Harness, flagged: number): void {
  const sqlite = h.databases["lived-experience"]!.sqlite;
  const filled = sqlite
    .prepare(
      "SELECT id FROM roles WHERE status = 'FILLED' AND kind = 'PEER_SUPPORT_WORKER' ORDER BY id",
    )
    .all() as { id: string }[];
  const update = sqlite.prepare("UPDATE roles SET ld_or_autism = ? WHERE id = ?");
  filled.forEach((row, i) => update.run(i < flagged ? 1 : 0, row.id));
}

beforeAll(async () => {
  a = await startHarness();
  b = await startHarness();
  setFlags(a, 1);
  setFlags(b, 4);
});
afterAll(async () => {
  await a.stop();
  await b.stop();
});

const ROLE_FIELDS = `id title kind level status wardOrTeam arrangement band hoursPerWeek startDate
  careUnit { id } hostPartner { id } provenance { illustrative }
  history { fromStatus toStatus effectiveOn decidedBy reason recordedBy }`;
const COUNT_FIELDS = `total byKind { kind count } byLevel { level count } byStatus { status count }
  byCareUnit { careUnit { id } count }`;

/** Every query a client could combine: each filter alone and together, lists, counts, entities. */
function battery(): string[] {
  const units = [null, ...CARE_UNITS.map((u) => u.id)];
  const kinds = [null, ...ROLE_KINDS];
  const statuses = [null, ...ROLE_STATUSES];
  const queries: string[] = [];
  for (const unit of units) {
    for (const kind of kinds) {
      for (const status of statuses) {
        const filter = [
          unit ? `careUnitId: "${unit}"` : "",
          kind ? `kinds: [${kind}]` : "",
          status ? `statuses: [${status}]` : "",
        ].join(" ");
        queries.push(`{ livedExperienceRoleCounts(filter: { ${filter} }) { ${COUNT_FIELDS} } }`);
        if (kind === "PEER_SUPPORT_WORKER" || kind === null) {
          queries.push(
            `{ livedExperienceRoles(filter: { ${filter} }, first: 100) { totalCount nodes { ${ROLE_FIELDS} } } }`,
          );
        }
      }
    }
  }
  for (const level of ROLE_LEVELS) {
    queries.push(
      `{ livedExperienceRoleCounts(filter: { levels: [${level}] }) { ${COUNT_FIELDS} } }`,
    );
  }
  queries.push(`{ careUnits { id
    livedExperienceRoles { ${ROLE_FIELDS} }
    livedExperienceRoleCounts { ${COUNT_FIELDS} }
    livedExperienceRolesFilled
    peerSupportWardCoverage { wardCount wardsWithPeerSupport percent } } }`);
  queries.push(`{ partner(id: "trust-links") { hostedRoles { ${ROLE_FIELDS} } } }`);
  return queries;
}

async function answers(h: Harness, queries: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const q of queries) out.push(JSON.stringify(await h.query(q)));
  return out;
}

describe("small-number suppression", () => {
  it("answers every combination of filters identically whether 1 or 4 holders are flagged", async () => {
    const queries = battery();
    expect(queries.length).toBeGreaterThan(200);
    const fromA = await answers(a, queries);
    const fromB = await answers(b, queries);
    for (const [i, answer] of fromA.entries()) {
      expect(answer, queries[i]).not.toMatch(/"errors"/);
      expect(fromB[i], queries[i]).toBe(answer);
    }
  });

  it("would see the difference in a publication once the count is large enough to show (control)", async () => {
    setFlags(b, 5);
    const [fromA, fromB] = [await publish(a), await publish(b)];
    expect(fromA).toEqual({ value: null, suppressed: true, display: "*" });
    expect(fromB).toEqual({ value: 5, suppressed: false, display: "5" });
    setFlags(b, 4);
  });

  it("suppresses when too few are left without the flag, since the total is public", async () => {
    const c = await startHarness();
    try {
      const filled = (
        c.databases["lived-experience"]!.sqlite.prepare(
          "SELECT count(*) AS n FROM roles WHERE status = 'FILLED' AND kind = 'PEER_SUPPORT_WORKER'",
        ).get() as { n: number }
      ).n;
      setFlags(c, filled - 1);
      expect((await publish(c)).suppressed).toBe(true);
    } finally {
      await c.stop();
    }
  });
});

/**
 * Publishes the count for the quarter just ended, from the posts as they stand now (recorded in
 * the history during that quarter), and returns what a reader of the figure is shown.
 */
async function publish(h: Harness) {
  const published = await publishQuarterJustEnded(h);
  expect(published.errors).toBeUndefined();
  const res = await h.query<{
    peerSupportWorkersWithLdOrAutism: {
      value: number | null;
      suppressed: boolean;
      display: string;
    };
  }>(`{ peerSupportWorkersWithLdOrAutism { value suppressed display } }`, {}, undefined, [
    "special-category:read",
  ]);
  expect(res.errors).toBeUndefined();
  return res.data!.peerSupportWorkersWithLdOrAutism;
}
