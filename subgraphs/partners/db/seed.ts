import { CARE_UNIT_FACTS, KEY_FACTS } from "./seed-data/key-facts.js";
import { eq } from "drizzle-orm";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { SOURCE_DOCUMENTS } from "../../kit/sources.js";
import { recite, seedOnce } from "../../kit/seed-once.js";
import * as t from "./schema.js";
import { AGREEMENTS } from "./seed-data/agreements.js";
import { COLLABORATIVES, MEMBERSHIPS, type SeedMembership } from "./seed-data/collaboratives.js";
import { CARE_UNITS, INTEGRATED_CARE_SYSTEMS, PLACES } from "./seed-data/geography.js";
import { LEADERSHIP_ROLES } from "./seed-data/leadership-roles.js";
import { ORGANISATIONS } from "./seed-data/organisations.js";

/** Bump when the seed data changes, so an existing database is told it holds older facts. */
export const SEED_VERSION = "partners-2026-11-22";

type Db = BetterSQLite3Database<typeof t>;

export function membershipId(m: Pick<SeedMembership, "partnerId" | "group" | "startDate">): string {
  const group =
    "ics" in m.group ? m.group.ics : "place" in m.group ? m.group.place : m.group.collaborative;
  return `${group}--${m.partnerId}${m.startDate ? `--${m.startDate}` : ""}`;
}

/** The seed's memberships with the ids they are stored under. */
const memberships = () => MEMBERSHIPS.map((m) => ({ ...m, id: membershipId(m) }));

/**
 * Loads the seed data in one transaction if this database has none yet. Running it again does
 * nothing; the same seed always produces the same rows.
 */
export function seedPartners(db: Db): { seeded: boolean } {
  const first = seedOnce(db, t.meta, SEED_VERSION, (tx) => {
    tx.insert(t.sourceDocuments)
      .values(SOURCE_DOCUMENTS.map((d) => ({ ...d })))
      .run();
    // Successors are linked after every partner exists, as a successor may be listed later.
    tx.insert(t.partners)
      .values(ORGANISATIONS.map(({ ods: _ods, successorId: _s, ...p }) => ({ ...p })))
      .run();
    for (const p of ORGANISATIONS) {
      if (p.successorId) {
        tx.update(t.partners)
          .set({ successorId: p.successorId })
          .where(eq(t.partners.id, p.id))
          .run();
      }
    }
    const identifiers = ORGANISATIONS.filter((p) => p.ods).map((p) => ({
      partnerId: p.id,
      scheme: "ODS",
      value: p.ods!,
    }));
    tx.insert(t.partnerIdentifiers).values(identifiers).run();
    tx.insert(t.integratedCareSystems).values(INTEGRATED_CARE_SYSTEMS).run();
    tx.insert(t.places).values(PLACES).run();
    tx.insert(t.careUnits)
      .values(CARE_UNITS.map(({ placeIds: _p, ...unit }) => unit))
      .run();
    tx.insert(t.careUnitPlaces)
      .values(
        CARE_UNITS.flatMap((u) => u.placeIds.map((placeId) => ({ careUnitId: u.id, placeId }))),
      )
      .run();
    tx.insert(t.collaboratives).values(COLLABORATIVES).run();
    tx.insert(t.memberships)
      .values(
        MEMBERSHIPS.map(({ group, ...m }) => ({
          ...m,
          id: membershipId({ ...m, group }),
          icsId: "ics" in group ? group.ics : null,
          placeId: "place" in group ? group.place : null,
          collaborativeId: "collaborative" in group ? group.collaborative : null,
        })),
      )
      .run();
    tx.insert(t.agreements)
      .values(AGREEMENTS.map(({ parties: _p, ...a }) => a))
      .run();
    tx.insert(t.agreementParties)
      .values(AGREEMENTS.flatMap((a) => a.parties.map((p) => ({ agreementId: a.id, ...p }))))
      .run();
    tx.insert(t.systemLeadershipRoles).values(LEADERSHIP_ROLES).run();
  });
  // Added after the first seed: a database seeded before gets these when it is next opened.
  const facts = seedOnce(
    db,
    t.meta,
    "key-facts-2026-11-30",
    (tx) => {
      // Facts added since a database was seeded are inserted; those it holds are left alone.
      tx.insert(t.partnerFacts)
        .values(KEY_FACTS.map((f) => ({ periodStart: null, periodEnd: null, ...f })))
        .onConflictDoNothing()
        .run();
    },
    "seed:key-facts:2",
  );
  const unitFacts = seedOnce(
    db,
    t.meta,
    "care-unit-facts-2026-11-30",
    (tx) => {
      tx.insert(t.careUnitFacts)
        .values(CARE_UNIT_FACTS.map((f) => ({ periodStart: null, periodEnd: null, ...f })))
        .run();
    },
    "seed:care-unit-facts",
  );
  // Figures added since: the facts a database holds are left alone, new ones are inserted.
  const moreFacts = seedOnce(
    db,
    t.meta,
    "key-facts-3-2026-11-30",
    (tx) => {
      tx.insert(t.partnerFacts)
        .values(KEY_FACTS.map((f) => ({ periodStart: null, periodEnd: null, ...f })))
        .onConflictDoNothing()
        .run();
      tx.insert(t.careUnitFacts)
        .values(CARE_UNIT_FACTS.map((f) => ({ periodStart: null, periodEnd: null, ...f })))
        .onConflictDoNothing()
        .run();
    },
    "seed:key-facts:3",
  );
  // An earlier seed added the care unit plan's joint posts with the voluntary sector a second
  // time (as "voluntary-sector-joint-posts-trust-links"); the seed's own record of them stands.
  const deduplicated = seedOnce(
    db,
    t.meta,
    "joint-posts-once-2026-11-30",
    (tx) => {
      const duplicate = "voluntary-sector-joint-posts-trust-links";
      tx.delete(t.agreementParties).where(eq(t.agreementParties.agreementId, duplicate)).run();
      tx.delete(t.agreements).where(eq(t.agreements.id, duplicate)).run();
    },
    "seed:joint-posts-once",
  );
  // Citations corrected after the first seed: seeded agreements and memberships take the seed's
  // citations again (no mutation edits a citation, so nothing an editor wrote is undone).
  const cited = seedOnce(
    db,
    t.meta,
    "citations-2026-11-30",
    (tx) => {
      recite(tx, t.agreements, t.agreements.id, AGREEMENTS);
      recite(tx, t.memberships, t.memberships.id, memberships());
    },
    "seed:citations",
  );
  // The plans' words each record relies on, added after the first seed.
  const quoted = seedOnce(
    db,
    t.meta,
    "quotes-2026-11-30",
    (tx) => {
      recite(tx, t.partners, t.partners.id, ORGANISATIONS);
      recite(tx, t.integratedCareSystems, t.integratedCareSystems.id, INTEGRATED_CARE_SYSTEMS);
      recite(tx, t.places, t.places.id, PLACES);
      recite(tx, t.careUnits, t.careUnits.id, CARE_UNITS);
      recite(tx, t.collaboratives, t.collaboratives.id, COLLABORATIVES);
      recite(tx, t.agreements, t.agreements.id, AGREEMENTS);
      recite(tx, t.systemLeadershipRoles, t.systemLeadershipRoles.id, LEADERSHIP_ROLES);
      recite(tx, t.memberships, t.memberships.id, memberships());
    },
    "seed:quotes",
  );
  return {
    seeded: [first, facts, unitFacts, moreFacts, deduplicated, cited, quoted].some(
      (step) => step.seeded,
    ),
  };
}
