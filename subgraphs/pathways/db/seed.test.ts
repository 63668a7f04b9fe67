import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AGREEMENTS } from "../../partners/db/seed-data/agreements.js";
import { CARE_UNITS, PLACES } from "../../partners/db/seed-data/geography.js";
import { ORGANISATIONS } from "../../partners/db/seed-data/organisations.js";
import { createPathwaysSubgraph } from "../index.js";
import Database from "better-sqlite3";
import { NOT_PATHWAYS, PATHWAYS } from "./seed-data/pathways.js";

const dir = mkdtempSync(join(tmpdir(), "pathways-seed-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function counts(file: string): Record<string, number> {
  const subgraph = createPathwaysSubgraph({ databaseFile: file });
  const tables = ["pathways", "pathway_participants", "pathway_steps", "pathway_status_changes"];
  const result = Object.fromEntries(
    tables.map((t) => [
      t,
      (subgraph.database.sqlite.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n,
    ]),
  );
  subgraph.database.close();
  return result;
}

describe("pathways seed", () => {
  it("seeds a new database once; opening it again neither re-seeds nor duplicates", () => {
    const file = join(dir, "pathways.sqlite");
    const first = counts(file);
    expect(first.pathways).toBe(PATHWAYS.length);
    expect(first.pathway_status_changes).toBe(PATHWAYS.length);
    expect(counts(file)).toEqual(first);
  });

  it("takes out of a database seeded before the commitments it held as pathways, unless someone changed them since", () => {
    const file = join(dir, "older.sqlite");
    const first = counts(file);
    // As a database seeded before the correction would stand: both records, one of them since
    // moved by a person (which keeps it, for its history is someone's decision).
    const older = new Database(file);
    older.exec(`DELETE FROM meta WHERE key = 'seed:not-pathways';
      INSERT INTO pathways (id, name, purpose, status) VALUES
        ('west-essex-end-of-life', 'End-of-life care, West Essex', 'Improve', 'UNDER_REVIEW'),
        ('specialist-repatriation', 'Repatriation pathways', 'Improve', 'LIVE');
      INSERT INTO pathway_participants (pathway_id, partner_id, role) VALUES
        ('west-essex-end-of-life', 'eput', 'LEAD'), ('specialist-repatriation', 'eput', 'LEAD');
      INSERT INTO pathway_status_changes (pathway_id, to_status, decided_by, reason) VALUES
        ('west-essex-end-of-life', 'UNDER_REVIEW', 'seed', 'seed'),
        ('specialist-repatriation', 'UNDER_REVIEW', 'seed', 'seed'),
        ('specialist-repatriation', 'LIVE', 'Pathway board', 'Reviewed');`);
    older.close();
    const after = counts(file);
    expect(after.pathways).toBe(first.pathways! + 1);
    expect(after.pathway_status_changes).toBe(first.pathway_status_changes! + 2);
    expect(NOT_PATHWAYS.some((id) => PATHWAYS.some((p) => p.id === id))).toBe(false);
  });

  it("covers the pathways, hubs and single points of access the plans describe", () => {
    const names = PATHWAYS.map((p) => p.name).join("\n");
    for (const expected of [
      /Thurrock First/,
      /Primary Care Mental Health/,
      /Transfer of care hubs/,
      /Single referral hubs/,
      /Emotionally Unstable Personality Disorder/,
      /End-of-life care, North East Essex/,
      /children's to adult/,
      /Family Group Conferencing/,
      /Rough Sleeper/,
      /SHELLS/,
      /Veterans employment/,
      /FrEDA/,
    ]) {
      expect(names).toMatch(expected);
    }
  });

  it("refers only to partners, care units, places and agreements the partners subgraph holds", () => {
    const partners = new Set(ORGANISATIONS.map((o) => o.id));
    const careUnits = new Set(CARE_UNITS.map((u) => u.id));
    const places = new Set(PLACES.map((p) => p.id));
    const agreements = new Set(AGREEMENTS.map((a) => a.id));
    for (const p of PATHWAYS) {
      for (const x of p.participants) expect(partners.has(x.partnerId), x.partnerId).toBe(true);
      for (const id of p.placeIds) expect(places.has(id), id).toBe(true);
      if (p.leadCareUnitId) expect(careUnits.has(p.leadCareUnitId), p.id).toBe(true);
      if (p.agreementId) expect(agreements.has(p.agreementId), p.id).toBe(true);
    }
  });

  it("gives every pathway a citation, one lead, and steps owned by its participants", () => {
    for (const p of PATHWAYS) {
      expect(p.sourceDocument, p.id).toBeTruthy();
      expect(p.sourceSection, p.id).toBeTruthy();
      expect(
        p.participants.filter((x) => x.role === "LEAD"),
        p.id,
      ).toHaveLength(1);
      const ids = new Set(p.participants.map((x) => x.partnerId));
      for (const step of p.steps ?? []) {
        if (step.responsiblePartnerId) expect(ids.has(step.responsiblePartnerId), p.id).toBe(true);
      }
    }
  });
});
