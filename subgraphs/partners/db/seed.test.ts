import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createPartnersSubgraph } from "../index.js";
import Database from "better-sqlite3";
import { KEY_FACTS } from "./seed-data/key-facts.js";
import { ORGANISATIONS } from "./seed-data/organisations.js";

const dir = mkdtempSync(join(tmpdir(), "partners-seed-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TABLES = [
  "partners",
  "partner_identifiers",
  "memberships",
  "agreements",
  "agreement_parties",
  "places",
  "partner_facts",
];

function counts(file: string): Record<string, number> {
  const subgraph = createPartnersSubgraph({ databaseFile: file });
  const result = Object.fromEntries(
    TABLES.map((t) => [
      t,
      (subgraph.database.sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n,
    ]),
  );
  subgraph.database.close();
  return result;
}

describe("seeding", () => {
  it("seeds a new database once; opening it again neither re-seeds nor duplicates", () => {
    const file = join(dir, "partners.sqlite");
    const first = counts(file);
    expect(first.partners).toBe(ORGANISATIONS.length);
    expect(first.partners).toBeGreaterThan(40);
    expect(counts(file)).toEqual(first);
  });

  it("gives a database seeded before the key facts existed just those, when next opened", () => {
    const file = join(dir, "older.sqlite");
    const first = counts(file);
    expect(first.partner_facts).toBe(KEY_FACTS.length);
    // As a database seeded before the facts were added would stand.
    const older = new Database(file);
    older.exec("DELETE FROM partner_facts; DELETE FROM meta WHERE key = 'seed:key-facts:2'");
    older.close();
    expect(counts(file)).toEqual(first);
  });

  it("cites a source document and section for every organisation", () => {
    for (const org of ORGANISATIONS) {
      expect(org.sourceDocument, org.id).toBeTruthy();
      expect(org.sourceSection, org.id).toBeTruthy();
    }
  });
});
