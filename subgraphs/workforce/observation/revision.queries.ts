import { and, asc, eq } from "drizzle-orm";
import * as t from "../db/schema.js";
import type { WorkforceDb } from "../loaders.js";

export type RevisionRow = typeof t.observationRevisions.$inferSelect;

/** The stored figure for a measure, unit and period (of the measure's kind), if any. */
export function findObservation(
  db: WorkforceDb,
  key: { measureCode: string; unitKind: string; unitId: string; period: string },
) {
  return db
    .select()
    .from(t.observations)
    .where(
      and(
        eq(t.observations.measureCode, key.measureCode),
        eq(t.observations.unitKind, key.unitKind),
        eq(t.observations.unitId, key.unitId),
        eq(t.observations.period, key.period),
      ),
    )
    .get();
}

/** A figure's earlier versions, oldest first. */
export function revisionsOf(db: WorkforceDb, observationId: number): RevisionRow[] {
  return db
    .select()
    .from(t.observationRevisions)
    .where(eq(t.observationRevisions.observationId, observationId))
    .orderBy(asc(t.observationRevisions.id))
    .all();
}

/** Keeps a figure's current version before it is replaced. */
export function keepRevision(
  db: WorkforceDb,
  observation: typeof t.observations.$inferSelect,
  change: { change: string; decidedBy: string; reason: string; recordedBy: string | null },
): void {
  db.insert(t.observationRevisions)
    .values({
      observationId: observation.id,
      numerator: observation.numerator,
      denominator: observation.denominator,
      rawValue: observation.rawValue,
      value: observation.value,
      target: observation.target,
      status: observation.status,
      provenance: observation.provenance,
      ...change,
    })
    .run();
}
