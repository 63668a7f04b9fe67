import { eq } from "drizzle-orm";
import * as t from "../db/schema.js";
import type { PathwaysDb } from "../loaders.js";

export type PathwayRow = typeof t.pathways.$inferSelect;

/** The lists a pathway owns, each by its table and its pathway key column. */
const LISTS = {
  sectors: t.pathwaySectors,
  places: t.pathwayPlaces,
  participants: t.pathwayParticipants,
  steps: t.pathwaySteps,
  routes: t.referralRoutes,
} as const;
type ListName = keyof typeof LISTS;
type ListRow<N extends ListName> = (typeof LISTS)[N]["$inferSelect"];
type ListInsert<N extends ListName> = (typeof LISTS)[N]["$inferInsert"];

export function pathwayRow(db: PathwaysDb, id: string): PathwayRow | undefined {
  return db.select().from(t.pathways).where(eq(t.pathways.id, id)).get();
}

/** One of a pathway's lists, in its stored order (steps and routes by position). */
export function listOf<N extends ListName>(db: PathwaysDb, name: N, id: string): ListRow<N>[] {
  const table = LISTS[name];
  const query = db.select().from(table).where(eq(table.pathwayId, id));
  const rows =
    name === "steps" || name === "routes"
      ? query.orderBy((table as typeof t.pathwaySteps).position).all()
      : query.all();
  return rows as ListRow<N>[];
}

/** Replaces one of a pathway's lists with `rows` (the pathway key is added to each). */
export function replaceList<N extends ListName>(
  db: PathwaysDb,
  name: N,
  id: string,
  rows: Omit<ListInsert<N>, "pathwayId">[],
): void {
  const table = LISTS[name];
  db.delete(table).where(eq(table.pathwayId, id)).run();
  if (rows.length > 0) {
    db.insert(table)
      .values(rows.map((row) => ({ ...row, pathwayId: id }) as ListInsert<N>))
      .run();
  }
}

/** Sets a pathway's own fields and marks it changed now. */
export function updatePathwayRow(db: PathwaysDb, id: string, set: Partial<PathwayRow>): void {
  db.update(t.pathways)
    .set({ ...set, updatedAt: new Date().toISOString() })
    .where(eq(t.pathways.id, id))
    .run();
}
