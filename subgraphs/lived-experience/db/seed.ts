import { and, eq, inArray } from "drizzle-orm";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { recite, seedOnce } from "../../kit/seed-once.js";
import * as t from "./schema.js";
import { ACTIVITIES, COPRODUCTIONS, PAYMENT_RATES } from "./seed-data/involvement.js";
import { NOT_LIVED_EXPERIENCE_POSTS, ROLES } from "./seed-data/roles.js";

/** Bump when the seed data changes, so an existing database is told it holds older facts. */
export const SEED_VERSION = "lived-experience-2026-11-23";

/** The payment rate of a unit in force on a day, from the seed's own rates. */
function seedRate(unit: string, day: string) {
  return PAYMENT_RATES.filter((r) => r.unit === unit && r.effectiveFrom <= day).sort((a, b) =>
    b.effectiveFrom.localeCompare(a.effectiveFrom),
  )[0];
}

/** Loads the seed data in one transaction, once. The same seed always makes the same rows. */
export function seedLivedExperience(db: BetterSQLite3Database<typeof t>): { seeded: boolean } {
  const first = seedOnce(db, t.meta, SEED_VERSION, (tx) => {
    tx.insert(t.roles).values(ROLES).run();
    tx.insert(t.roleStatusChanges)
      .values(
        ROLES.map((role) => ({
          roleId: role.id,
          toStatus: role.status,
          effectiveOn: role.status === "FILLED" ? role.startDate : null,
          decidedBy: "Source document",
          reason: role.illustrative
            ? "Illustrative record"
            : `Recorded from ${role.sourceDocument}, ${role.sourceSection}`,
        })),
      )
      .run();
    tx.insert(t.paymentRates).values(PAYMENT_RATES).run();
    tx.insert(t.activities)
      .values(ACTIVITIES.map(({ recognitions: _r, ...activity }) => activity))
      .run();
    const recognitions = ACTIVITIES.flatMap((activity) =>
      activity.recognitions.map((r) => {
        const unit = activity.recognition === "PAYMENT_PER_SESSION" ? "PER_SESSION" : "PER_HOUR";
        const rate = r.kind === "PAID" ? seedRate(unit, activity.activityDate!) : undefined;
        return {
          activityId: activity.id,
          ...r,
          rateId: rate?.id ?? null,
          amountPence: rate
            ? rate.amountPence * (rate.unit === "PER_HOUR" ? r.hours : r.people)
            : null,
          illustrative: activity.illustrative,
          sourceDocument: activity.sourceDocument,
          sourceSection: activity.sourceSection,
          sourceNote: activity.sourceNote,
        };
      }),
    );
    if (recognitions.length > 0) tx.insert(t.recognitions).values(recognitions).run();
    tx.insert(t.coproductions)
      .values(COPRODUCTIONS.map(({ partnerIds: _p, ...c }) => c))
      .run();
    const partners = COPRODUCTIONS.flatMap((c) =>
      c.partnerIds.map((partnerId) => ({ coproductionId: c.id, partnerId })),
    );
    if (partners.length > 0) tx.insert(t.coproductionPartners).values(partners).run();
  });
  // A correction after the first seed: posts the plans do not call lived experience roles leave a
  // database seeded with them, as long as they stand as seeded (planned, never changed).
  const corrected = seedOnce(
    db,
    t.meta,
    "not-lived-experience-posts-2026-11-30",
    (tx) => {
      const seeded = and(
        inArray(t.roles.id, NOT_LIVED_EXPERIENCE_POSTS),
        eq(t.roles.status, "PLANNED"),
      );
      const ids = tx
        .select({ id: t.roles.id })
        .from(t.roles)
        .where(seeded)
        .all()
        .map((r) => r.id);
      if (ids.length === 0) return;
      tx.delete(t.roleStatusChanges).where(inArray(t.roleStatusChanges.roleId, ids)).run();
      tx.delete(t.roles).where(inArray(t.roles.id, ids)).run();
    },
    "seed:not-lived-experience-posts",
  );
  // The plans' words each record relies on, added after the first seed.
  const quoted = seedOnce(
    db,
    t.meta,
    "quotes-2026-11-30",
    (tx) => {
      recite(tx, t.roles, t.roles.id, ROLES);
      recite(tx, t.activities, t.activities.id, ACTIVITIES);
      recite(tx, t.coproductions, t.coproductions.id, COPRODUCTIONS);
    },
    "seed:quotes",
  );
  return { seeded: first.seeded || corrected.seeded || quoted.seeded };
}
