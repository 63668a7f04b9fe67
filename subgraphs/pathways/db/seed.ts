import { PATHWAY_FACTS } from "./seed-data/pathway-facts.js";
import { and, eq, isNotNull } from "drizzle-orm";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { recite, seedOnce } from "../../kit/seed-once.js";
import * as t from "./schema.js";
import { AWARDS } from "./seed-data/awards.js";
import { NOT_PATHWAYS, PATHWAYS, type SeedParticipant } from "./seed-data/pathways.js";
import { SERVICES } from "./seed-data/services.js";

/** Bump when the seed data changes, so an existing database is told it holds older facts. */
export const SEED_VERSION = "pathways-2026-11-23";

/** Who recorded seeded statuses: the source documents, not a person. */
export const SEED_DECIDER = "Source document";

type Tx = Parameters<Parameters<BetterSQLite3Database<typeof t>["transaction"]>[0]>[0];

/**
 * Gives each seeded participant that still stands as seeded (it keeps a citation: one an editor
 * changed lost it) the values its seed record now says.
 */
function updateSeededParticipants(
  tx: Tx,
  values: (participant: SeedParticipant) => Partial<typeof t.pathwayParticipants.$inferInsert>,
): void {
  for (const p of PATHWAYS) {
    for (const participant of p.participants) {
      tx.update(t.pathwayParticipants)
        .set(values(participant))
        .where(
          and(
            eq(t.pathwayParticipants.pathwayId, p.id),
            eq(t.pathwayParticipants.partnerId, participant.partnerId),
            eq(t.pathwayParticipants.role, participant.role),
            isNotNull(t.pathwayParticipants.sourceDocument),
          ),
        )
        .run();
    }
  }
}

/**
 * Loads the seed data in one transaction if this database has none yet. Running it again does
 * nothing; the same seed always produces the same rows.
 */
export function seedPathways(db: BetterSQLite3Database<typeof t>): { seeded: boolean } {
  const first = seedOnce(db, t.meta, SEED_VERSION, (tx) => {
    for (const p of PATHWAYS) {
      const cited = {
        sourceDocument: p.sourceDocument,
        sourceSection: p.sourceSection,
        sourceQuote: p.sourceQuote ?? null,
        sourceNote: p.sourceNote,
      };
      tx.insert(t.pathways)
        .values({
          id: p.id,
          name: p.name,
          purpose: p.purpose,
          ageMin: p.population?.ageMin ?? null,
          ageMax: p.population?.ageMax ?? null,
          conditions: p.population?.conditions ?? null,
          eligibility: p.population?.eligibility ?? null,
          leadCareUnitId: p.leadCareUnitId ?? null,
          agreementId: p.agreementId ?? null,
          status: p.status,
          agreedOn: p.agreedOn ?? null,
          liveFrom: p.liveFrom ?? null,
          ...cited,
        })
        .run();
      tx.insert(t.pathwaySectors)
        .values(p.sectors.map((sector) => ({ pathwayId: p.id, sector })))
        .run();
      if (p.placeIds.length > 0) {
        tx.insert(t.pathwayPlaces)
          .values(p.placeIds.map((placeId) => ({ pathwayId: p.id, placeId })))
          .run();
      }
      tx.insert(t.pathwayParticipants)
        .values(
          p.participants.map(({ inference, quote, ...participant }) => ({
            pathwayId: p.id,
            contribution: null,
            ...participant,
            ...cited,
            sourceQuote: quote ?? null,
            sourceNote: inference ?? null,
          })),
        )
        .run();
      if (p.steps?.length) {
        tx.insert(t.pathwaySteps)
          .values(p.steps.map((step, i) => ({ pathwayId: p.id, position: i + 1, ...step })))
          .run();
      }
      if (p.referralRoutes?.length) {
        tx.insert(t.referralRoutes)
          .values(
            p.referralRoutes.map(({ contact, ...route }, i) => ({
              pathwayId: p.id,
              position: i + 1,
              ...route,
              contactMethod: contact?.method ?? null,
              contactValue: contact?.value ?? null,
              contactHours: contact?.hours ?? null,
            })),
          )
          .run();
      }
      tx.insert(t.pathwayStatusChanges)
        .values({
          pathwayId: p.id,
          fromStatus: null,
          toStatus: p.status,
          effectiveOn: p.liveFrom ?? p.agreedOn ?? null,
          decidedBy: SEED_DECIDER,
          reason: `Recorded from ${p.sourceDocument}, ${p.sourceSection}`,
          recordedBy: null,
        })
        .run();
    }
  });
  // Citations corrected after the first seed: a seeded participant that still stands as seeded
  // takes the seed's note again (one an editor changed lost its citation when it changed).
  const cited = seedOnce(
    db,
    t.meta,
    "participant-notes-2026-11-30",
    (tx) => {
      updateSeededParticipants(tx, ({ inference }) => ({ sourceNote: inference ?? null }));
    },
    "seed:participant-notes",
  );
  const facts = seedOnce(
    db,
    t.meta,
    "pathway-facts-2026-11-30",
    (tx) => {
      tx.insert(t.pathwayFacts)
        .values(PATHWAY_FACTS.map((f) => ({ periodStart: null, periodEnd: null, ...f })))
        .onConflictDoNothing()
        .run();
    },
    "seed:pathway-facts",
  );
  // The plans' words each record relies on, added after the first seed.
  const quoted = seedOnce(
    db,
    t.meta,
    "quotes-2026-11-30",
    (tx) => {
      recite(tx, t.pathways, t.pathways.id, PATHWAYS);
      updateSeededParticipants(tx, ({ quote }) => ({ sourceQuote: quote ?? null }));
    },
    "seed:quotes",
  );
  const corrected = seedOnce(
    db,
    t.meta,
    "not-pathways-2026-11-30",
    (tx) => {
      for (const id of NOT_PATHWAYS) {
        // Only as seeded: one status, never edited (an edit leaves a change record).
        const moves = tx
          .select({ id: t.pathwayStatusChanges.id })
          .from(t.pathwayStatusChanges)
          .where(eq(t.pathwayStatusChanges.pathwayId, id))
          .all();
        const edits = tx
          .select({ id: t.changeLog.id })
          .from(t.changeLog)
          .where(eq(t.changeLog.entityId, id))
          .all();
        if (moves.length !== 1 || edits.length > 0) continue;
        for (const table of [
          t.pathwayStatusChanges,
          t.pathwaySectors,
          t.pathwayPlaces,
          t.pathwayParticipants,
          t.pathwaySteps,
          t.referralRoutes,
          t.pathwayFacts,
        ]) {
          tx.delete(table).where(eq(table.pathwayId, id)).run();
        }
        tx.delete(t.pathways).where(eq(t.pathways.id, id)).run();
      }
    },
    "seed:not-pathways",
  );
  // Added after the first seed: the services the plans name, and the awards they report.
  const services = seedOnce(
    db,
    t.meta,
    "services-and-awards-2026-11-30",
    (tx) => {
      tx.insert(t.services)
        .values(SERVICES.map(({ placeIds: _p, ...service }) => service))
        .run();
      tx.insert(t.servicePlaces)
        .values(
          SERVICES.flatMap((s) => s.placeIds.map((placeId) => ({ serviceId: s.id, placeId }))),
        )
        .run();
      tx.insert(t.awards)
        .values(AWARDS.map(({ partnerIds: _p, ...award }) => award))
        .run();
      tx.insert(t.awardPartners)
        .values(
          AWARDS.flatMap((a) => a.partnerIds.map((partnerId) => ({ awardId: a.id, partnerId }))),
        )
        .run();
    },
    "seed:services-and-awards",
  );
  return {
    seeded: [first, cited, facts, quoted, corrected, services].some((step) => step.seeded),
  };
}
