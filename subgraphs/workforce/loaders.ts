import { inArray } from "drizzle-orm";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import type Database from "better-sqlite3";
import type { SubgraphContext } from "../kit/context.js";
import { loaderByKey, loaderOfGroups, loaderOfGroupsWithArgs } from "../kit/loaders.js";
import { listCommitments, pathwaysOfCommitments } from "./commitment/commitment.queries.js";
import * as t from "./db/schema.js";
import { latestTwo, seriesRows, type SeriesFilter } from "./observation/observation.queries.js";

export type WorkforceDb = BetterSQLite3Database<typeof t>;

/** Every DataLoader of the workforce subgraph, made fresh for each request. */
export function createWorkforceLoaders(db: WorkforceDb) {
  return {
    measure: loaderByKey(
      (codes: readonly string[]) =>
        db
          .select()
          .from(t.measures)
          .where(inArray(t.measures.code, [...codes]))
          .all(),
      (row) => row.code,
    ),
    /** The pathways each commitment is about. */
    pathwaysOfCommitment: loaderOfGroups(
      (ids: readonly string[]) => pathwaysOfCommitments(db, ids),
      (row) => row.commitmentId,
    ),
    commitmentsByCareUnit: loaderOfGroups(
      (ids: readonly string[]) => listCommitments(db, { careUnitIds: ids }),
      (row) => row.careUnitId!,
    ),
    /** Each care unit's latest two figures per measure. */
    latestByCareUnit: loaderOfGroupsWithArgs(
      (args: { includeDrafts: boolean }, careUnitIds: readonly string[]) =>
        latestTwo(db, { ...args, unitKinds: ["CARE_UNIT"], unitIds: careUnitIds }),
      (row) => row.unitId,
    ),
    /** Each care unit's figures for one measure over a range of periods. */
    seriesByCareUnit: loaderOfGroupsWithArgs(
      (args: Omit<SeriesFilter, "units">, careUnitIds: readonly string[]) =>
        seriesRows(db, { ...args, units: careUnitIds.map((id) => ({ kind: "CARE_UNIT", id })) }),
      (row) => row.unitId,
    ),
  };
}

export type WorkforceLoaders = ReturnType<typeof createWorkforceLoaders>;

export interface WorkforceContext extends SubgraphContext<WorkforceDb, WorkforceLoaders> {
  /** The raw connection, for bulk imports that prepare their own statements. */
  sqlite: Database.Database;
}
