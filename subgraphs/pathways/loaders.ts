import { and, asc, inArray, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import type { SubgraphContext } from "../kit/context.js";
import { loaderByKey, loaderOfGroups } from "../kit/loaders.js";
import { changesLoader } from "../kit/change-log.js";
import * as t from "./db/schema.js";
import {
  awardsOfPartners,
  awardsOfPathways,
  awardsOfServices,
  partnersOfAwards,
} from "./award/award.queries.js";
import { placesOfServices, servicesInPlaces, servicesWhere } from "./service/service.queries.js";

export type PathwaysDb = BetterSQLite3Database<typeof t>;

const other = alias(t.pathwayParticipants, "other");

/** Every DataLoader of the pathways subgraph, made fresh for each request. */
export function createPathwaysLoaders(db: PathwaysDb) {
  const ofPathways = <T extends { pathwayId: string }>(fetch: (ids: string[]) => T[]) =>
    loaderOfGroups(
      (ids: readonly string[]) => fetch([...ids]),
      (row: T) => row.pathwayId,
    );
  const groups = <T, K extends string>(fetch: (ids: string[]) => T[], keyOf: (row: T) => K) =>
    loaderOfGroups((ids: readonly string[]) => fetch([...ids]), keyOf);
  return {
    service: loaderByKey(
      (ids: readonly string[]) => servicesWhere(db, { ids }),
      (row) => row.id,
    ),
    servicesByProvider: groups(
      (ids) => servicesWhere(db, { providerIds: ids }),
      (row) => row.providerId,
    ),
    servicesByCareUnit: groups(
      (ids) => servicesWhere(db, { careUnitIds: ids }),
      (row) => row.careUnitId!,
    ),
    servicesByPlace: groups(
      (ids) => servicesInPlaces(db, ids),
      (row) => row.placeId,
    ),
    placesByService: groups(
      (ids) => placesOfServices(db, ids),
      (row) => row.serviceId,
    ),
    awardsByPathway: groups(
      (ids) => awardsOfPathways(db, ids),
      (row) => row.pathwayId!,
    ),
    awardsByService: groups(
      (ids) => awardsOfServices(db, ids),
      (row) => row.serviceId!,
    ),
    awardsByPartner: groups(
      (ids) => awardsOfPartners(db, ids),
      (row) => row.partnerId,
    ),
    partnersByAward: groups(
      (ids) => partnersOfAwards(db, ids),
      (row) => row.awardId,
    ),
    changesByPathway: changesLoader(db, t.changeLog, "SharedPathway"),
    factsByPathway: ofPathways((ids) =>
      db
        .select()
        .from(t.pathwayFacts)
        .where(inArray(t.pathwayFacts.pathwayId, ids))
        .orderBy(asc(t.pathwayFacts.id))
        .all(),
    ),
    pathway: loaderByKey(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.pathways)
          .where(inArray(t.pathways.id, [...ids]))
          .all(),
      (row) => row.id,
    ),
    sectorsByPathway: ofPathways((ids) =>
      db
        .select()
        .from(t.pathwaySectors)
        .where(inArray(t.pathwaySectors.pathwayId, ids))
        .orderBy(asc(t.pathwaySectors.sector))
        .all(),
    ),
    placesByPathway: ofPathways((ids) =>
      db
        .select()
        .from(t.pathwayPlaces)
        .where(inArray(t.pathwayPlaces.pathwayId, ids))
        .orderBy(asc(t.pathwayPlaces.placeId))
        .all(),
    ),
    participantsByPathway: ofPathways((ids) =>
      db
        .select()
        .from(t.pathwayParticipants)
        .where(inArray(t.pathwayParticipants.pathwayId, ids))
        .orderBy(
          sql`CASE ${t.pathwayParticipants.role} WHEN 'LEAD' THEN 0 ELSE 1 END`,
          asc(t.pathwayParticipants.role),
          asc(t.pathwayParticipants.partnerId),
        )
        .all(),
    ),
    stepsByPathway: ofPathways((ids) =>
      db
        .select()
        .from(t.pathwaySteps)
        .where(inArray(t.pathwaySteps.pathwayId, ids))
        .orderBy(asc(t.pathwaySteps.position))
        .all(),
    ),
    routesByPathway: ofPathways((ids) =>
      db
        .select()
        .from(t.referralRoutes)
        .where(inArray(t.referralRoutes.pathwayId, ids))
        .orderBy(asc(t.referralRoutes.position))
        .all(),
    ),
    historyByPathway: ofPathways((ids) =>
      db
        .select()
        .from(t.pathwayStatusChanges)
        .where(inArray(t.pathwayStatusChanges.pathwayId, ids))
        .orderBy(asc(t.pathwayStatusChanges.id))
        .all(),
    ),
    participationsByPartner: loaderOfGroups(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.pathwayParticipants)
          .where(inArray(t.pathwayParticipants.partnerId, [...ids]))
          .all(),
      (row) => row.partnerId,
    ),
    pathwaysByCareUnit: loaderOfGroups(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.pathways)
          .where(inArray(t.pathways.leadCareUnitId, [...ids]))
          .orderBy(asc(t.pathways.name))
          .all(),
      (row) => row.leadCareUnitId!,
    ),
    placeLinksByPlace: loaderOfGroups(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.pathwayPlaces)
          .where(inArray(t.pathwayPlaces.placeId, [...ids]))
          .all(),
      (row) => row.placeId,
    ),
    /** For each partner, every other partner it shares a pathway with, and the pathway. */
    linksByPartner: loaderOfGroups(
      (ids: readonly string[]) =>
        db
          .selectDistinct({
            partnerId: t.pathwayParticipants.partnerId,
            otherPartnerId: other.partnerId,
            pathwayId: t.pathwayParticipants.pathwayId,
          })
          .from(t.pathwayParticipants)
          .innerJoin(
            other,
            and(
              sql`${other.pathwayId} = ${t.pathwayParticipants.pathwayId}`,
              ne(other.partnerId, t.pathwayParticipants.partnerId),
            ),
          )
          .where(inArray(t.pathwayParticipants.partnerId, [...ids]))
          .all(),
      (row) => row.partnerId,
    ),
  };
}

export type PathwaysLoaders = ReturnType<typeof createPathwaysLoaders>;

export type PathwaysContext = SubgraphContext<PathwaysDb, PathwaysLoaders>;
