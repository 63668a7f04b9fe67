import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CARE_UNITS } from "../../partners/db/seed-data/geography.js";
import { ORGANISATIONS } from "../../partners/db/seed-data/organisations.js";
import { PATHWAYS } from "../../pathways/db/seed-data/pathways.js";
import { createLivedExperienceSubgraph } from "../index.js";
import { ACTIVITIES, COPRODUCTIONS, PAYMENT_RATES } from "./seed-data/involvement.js";
import Database from "better-sqlite3";
import { NOT_LIVED_EXPERIENCE_POSTS, ROLES } from "./seed-data/roles.js";

const dir = mkdtempSync(join(tmpdir(), "lived-experience-seed-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function counts(file: string): Record<string, number> {
  const subgraph = createLivedExperienceSubgraph({ databaseFile: file });
  const tables = ["roles", "role_status_changes", "activities", "recognitions", "coproductions"];
  const result = Object.fromEntries(
    tables.map((t) => [
      t,
      (subgraph.database.sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n,
    ]),
  );
  subgraph.database.close();
  return result;
}

const records = [...ROLES, ...ACTIVITIES, ...COPRODUCTIONS, ...PAYMENT_RATES];

describe("lived-experience seed", () => {
  it("seeds once; opening the database again neither re-seeds nor duplicates", () => {
    const file = join(dir, "lived-experience.sqlite");
    const first = counts(file);
    expect(first.roles).toBe(ROLES.length);
    expect(first.role_status_changes).toBe(ROLES.length);
    expect(counts(file)).toEqual(first);
  });

  it("takes out of a database seeded before the posts the plans do not call lived experience roles", () => {
    const file = join(dir, "older.sqlite");
    const first = counts(file);
    // As a database seeded before the correction would stand: the two posts, as seeded.
    const older = new Database(file);
    older.exec(`DELETE FROM meta WHERE key = 'seed:not-lived-experience-posts';
      INSERT INTO roles (id, title, kind, level, arrangement, status, illustrative)
        VALUES ('trust-links-joint-lived-experience-post', 'Joint post', 'LIVED_EXPERIENCE_PRACTITIONER', 'SERVICE', 'EPUT_POST', 'PLANNED', 0),
               ('west-essex-integrated-care-worker', 'Integrated care worker', 'INTEGRATED_CARE_WORKER', 'TEAM', 'EPUT_POST', 'PLANNED', 0);
      INSERT INTO role_status_changes (role_id, to_status, decided_by, reason)
        VALUES ('trust-links-joint-lived-experience-post', 'PLANNED', 'seed', 'seed'),
               ('west-essex-integrated-care-worker', 'PLANNED', 'seed', 'seed');`);
    older.close();
    expect(counts(file)).toEqual(first);
    expect(NOT_LIVED_EXPERIENCE_POSTS.some((id) => ROLES.some((r) => r.id === id))).toBe(false);
  });

  it("holds the 60 lived experience ambassadors the plan reports, as sourced posts", () => {
    const ambassadors = ROLES.filter((r) => r.kind === "LIVED_EXPERIENCE_AMBASSADOR");
    expect(ambassadors).toHaveLength(60);
    expect(ambassadors.every((r) => !r.illustrative)).toBe(true);
  });

  it("cites every record, and says so in the note wherever a figure is made up", () => {
    for (const record of records) {
      expect(record.sourceDocument, record.id).toBeTruthy();
      expect(record.sourceSection, record.id).toBeTruthy();
      if (record.illustrative) expect(record.sourceNote, record.id).toMatch(/^Illustrative/);
    }
  });

  it("refers only to care units, partners and pathways the other subgraphs hold", () => {
    const units = new Set(CARE_UNITS.map((u) => u.id));
    const partners = new Set(ORGANISATIONS.map((o) => o.id));
    const pathways = new Set(PATHWAYS.map((p) => p.id));
    for (const role of ROLES) {
      if (role.careUnitId) expect(units.has(role.careUnitId), role.id).toBe(true);
      if (role.hostPartnerId) expect(partners.has(role.hostPartnerId), role.id).toBe(true);
    }
    for (const activity of ACTIVITIES) {
      if (activity.careUnitId) expect(units.has(activity.careUnitId), activity.id).toBe(true);
      if (activity.pathwayId) expect(pathways.has(activity.pathwayId), activity.id).toBe(true);
    }
    for (const c of COPRODUCTIONS) {
      expect(pathways.has(c.pathwayId), c.id).toBe(true);
      for (const p of c.partnerIds) expect(partners.has(p), c.id).toBe(true);
    }
  });

  it("stores no holder's name or contact: posts have no column for one", () => {
    const file = join(dir, "columns.sqlite");
    const subgraph = createLivedExperienceSubgraph({ databaseFile: file });
    const columns = (
      subgraph.database.sqlite.prepare("SELECT name FROM pragma_table_info('roles')").all() as {
        name: string;
      }[]
    ).map((c) => c.name);
    subgraph.database.close();
    expect(columns.filter((c) => /holder|name|email|phone|contact|person/.test(c))).toEqual([]);
  });
});
