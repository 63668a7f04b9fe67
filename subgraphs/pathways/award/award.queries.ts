import { asc, eq, inArray } from "drizzle-orm";
import * as t from "../db/schema.js";
import type { PathwaysDb } from "../loaders.js";

/** Every award, by name. */
export function allAwards(db: PathwaysDb): t.AwardRow[] {
  return db.select().from(t.awards).orderBy(asc(t.awards.name)).all();
}

export function awardsOfPathways(db: PathwaysDb, pathwayIds: readonly string[]) {
  return db
    .select()
    .from(t.awards)
    .where(inArray(t.awards.pathwayId, [...pathwayIds]))
    .orderBy(asc(t.awards.name))
    .all();
}

export function awardsOfServices(db: PathwaysDb, serviceIds: readonly string[]) {
  return db
    .select()
    .from(t.awards)
    .where(inArray(t.awards.serviceId, [...serviceIds]))
    .orderBy(asc(t.awards.name))
    .all();
}

/** The awards each of the given partners received. */
export function awardsOfPartners(db: PathwaysDb, partnerIds: readonly string[]) {
  return db
    .select({ partnerId: t.awardPartners.partnerId, award: t.awards })
    .from(t.awardPartners)
    .innerJoin(t.awards, eq(t.awards.id, t.awardPartners.awardId))
    .where(inArray(t.awardPartners.partnerId, [...partnerIds]))
    .orderBy(asc(t.awards.name))
    .all();
}

/** The organisations each of the given awards went to. */
export function partnersOfAwards(db: PathwaysDb, awardIds: readonly string[]) {
  return db
    .select()
    .from(t.awardPartners)
    .where(inArray(t.awardPartners.awardId, [...awardIds]))
    .orderBy(asc(t.awardPartners.partnerId))
    .all();
}
