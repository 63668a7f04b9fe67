import { and, asc, eq, inArray } from "drizzle-orm";
import * as t from "../db/schema.js";
import type { PathwaysDb } from "../loaders.js";

export interface ServiceFilter {
  ids?: readonly string[];
  providerIds?: readonly string[];
  careUnitIds?: readonly string[];
  placeId?: string | null;
  kinds?: readonly string[] | null;
}

/** Services matching every given filter, by name. */
export function servicesWhere(db: PathwaysDb, filter: ServiceFilter): t.ServiceRow[] {
  const inPlace = filter.placeId
    ? db
        .select({ id: t.servicePlaces.serviceId })
        .from(t.servicePlaces)
        .where(eq(t.servicePlaces.placeId, filter.placeId))
    : undefined;
  return db
    .select()
    .from(t.services)
    .where(
      and(
        inPlace ? inArray(t.services.id, inPlace) : undefined,
        filter.ids?.length ? inArray(t.services.id, [...filter.ids]) : undefined,
        filter.providerIds?.length
          ? inArray(t.services.providerId, [...filter.providerIds])
          : undefined,
        filter.careUnitIds?.length
          ? inArray(t.services.careUnitId, [...filter.careUnitIds])
          : undefined,
        filter.kinds?.length ? inArray(t.services.kind, [...filter.kinds]) : undefined,
      ),
    )
    .orderBy(asc(t.services.name))
    .all();
}

/** The services in each of the given places, by name. */
export function servicesInPlaces(db: PathwaysDb, placeIds: readonly string[]) {
  return db
    .select({ placeId: t.servicePlaces.placeId, service: t.services })
    .from(t.servicePlaces)
    .innerJoin(t.services, eq(t.services.id, t.servicePlaces.serviceId))
    .where(inArray(t.servicePlaces.placeId, [...placeIds]))
    .orderBy(asc(t.services.name))
    .all();
}

/** The places each of the given services serves. */
export function placesOfServices(db: PathwaysDb, serviceIds: readonly string[]) {
  return db
    .select()
    .from(t.servicePlaces)
    .where(inArray(t.servicePlaces.serviceId, [...serviceIds]))
    .orderBy(asc(t.servicePlaces.placeId))
    .all();
}
