import { and, asc, eq, inArray } from "drizzle-orm";
import * as t from "../db/schema.js";
import type { WorkforceDb } from "../loaders.js";

export interface CommitmentFilter {
  objectiveCodes?: readonly string[] | null;
  careUnitIds?: readonly string[] | null;
  kinds?: readonly string[] | null;
  /** The pathway (the pathways subgraph's id) they are about. */
  pathwayIds?: readonly string[] | null;
}

/** Commitments matching every given filter, in the plans' order. */
export function listCommitments(db: WorkforceDb, filter: CommitmentFilter): t.CommitmentRow[] {
  const about = filter.pathwayIds?.length
    ? db
        .select({ id: t.commitmentPathways.commitmentId })
        .from(t.commitmentPathways)
        .where(inArray(t.commitmentPathways.pathwayId, [...filter.pathwayIds]))
    : undefined;
  return db
    .select()
    .from(t.commitments)
    .where(
      and(
        filter.objectiveCodes?.length
          ? inArray(t.commitments.objectiveCode, [...filter.objectiveCodes])
          : undefined,
        filter.careUnitIds?.length
          ? inArray(t.commitments.careUnitId, [...filter.careUnitIds])
          : undefined,
        filter.kinds?.length ? inArray(t.commitments.kind, [...filter.kinds]) : undefined,
        about ? inArray(t.commitments.id, about) : undefined,
      ),
    )
    .orderBy(asc(t.commitments.position))
    .all();
}

export function commitmentById(db: WorkforceDb, id: string): t.CommitmentRow | undefined {
  return db.select().from(t.commitments).where(eq(t.commitments.id, id)).get();
}

/** The pathways each of the given commitments is about. */
export function pathwaysOfCommitments(db: WorkforceDb, commitmentIds: readonly string[]) {
  return db
    .select()
    .from(t.commitmentPathways)
    .where(inArray(t.commitmentPathways.commitmentId, [...commitmentIds]))
    .orderBy(asc(t.commitmentPathways.pathwayId))
    .all();
}
