import { loadAll } from "../../kit/loaders.js";
import type { PathwayRow } from "../db/schema.js";
import type { PathwaysContext } from "../loaders.js";
import type { PathwayStatus } from "../pathway/pathway-enums.js";
import { toPathway } from "../pathway/pathway.mapper.js";
import type { SharedPathway } from "../pathway/pathway.type.js";

/** Loads pathways by id (one statement per batch), keeps the given statuses, sorts by name. */
export async function pathwaysWithStatus(
  ctx: PathwaysContext,
  ids: readonly string[],
  statuses: readonly PathwayStatus[] | null,
): Promise<SharedPathway[]> {
  const rows = await loadAll(ctx.loaders.pathway, [...new Set(ids)]);
  return byName(rows, statuses).map(toPathway);
}

export function byName(
  rows: readonly PathwayRow[],
  statuses: readonly PathwayStatus[] | null,
): PathwayRow[] {
  return rows
    .filter((row) => !statuses?.length || statuses.includes(row.status as PathwayStatus))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
