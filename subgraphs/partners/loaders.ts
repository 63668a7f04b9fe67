import { changesLoader } from "../kit/change-log.js";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { SubgraphContext } from "../kit/context.js";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { loaderByKey, loaderOfGroups } from "../kit/loaders.js";
import * as t from "./db/schema.js";

export type PartnersDb = BetterSQLite3Database<typeof t>;

/** Every DataLoader of the partners subgraph, made fresh for each request. */
export function createPartnersLoaders(db: PartnersDb) {
  return {
    partner: loaderByKey(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.partners)
          .where(inArray(t.partners.id, [...ids]))
          .all(),
      (row) => row.id,
    ),
    partnerIdByOds: loaderByKey(
      (codes: readonly string[]) =>
        db
          .select()
          .from(t.partnerIdentifiers)
          .where(
            and(
              inArray(t.partnerIdentifiers.value, [...codes]),
              eq(t.partnerIdentifiers.scheme, "ODS"),
            ),
          )
          .all(),
      (row) => row.value,
    ),
    changesOfPartner: changesLoader(db, t.changeLog, "Partner"),
    changesOfMembership: changesLoader(db, t.changeLog, "Membership"),
    changesOfAgreement: changesLoader(db, t.changeLog, "PartnershipAgreement"),
    factsByPartner: loaderOfGroups(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.partnerFacts)
          .where(inArray(t.partnerFacts.partnerId, [...ids]))
          .orderBy(t.partnerFacts.id)
          .all(),
      (row) => row.partnerId,
    ),
    factsByCareUnit: loaderOfGroups(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.careUnitFacts)
          .where(inArray(t.careUnitFacts.careUnitId, [...ids]))
          .orderBy(t.careUnitFacts.id)
          .all(),
      (row) => row.careUnitId,
    ),
    identifiersByPartner: loaderOfGroups(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.partnerIdentifiers)
          .where(inArray(t.partnerIdentifiers.partnerId, [...ids]))
          .all(),
      (row) => row.partnerId,
    ),
    predecessorsByPartner: loaderOfGroups(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.partners)
          .where(and(isNotNull(t.partners.successorId), inArray(t.partners.successorId, [...ids])))
          .all(),
      (row) => row.successorId!,
    ),
    membershipsByPartner: loaderOfGroups(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.memberships)
          .where(inArray(t.memberships.partnerId, [...ids]))
          .all(),
      (row) => row.partnerId,
    ),
    membershipsByIcs: loaderOfGroups(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.memberships)
          .where(inArray(t.memberships.icsId, [...ids]))
          .all(),
      (row) => row.icsId!,
    ),
    membershipsByPlace: loaderOfGroups(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.memberships)
          .where(inArray(t.memberships.placeId, [...ids]))
          .all(),
      (row) => row.placeId!,
    ),
    membershipsByCollaborative: loaderOfGroups(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.memberships)
          .where(inArray(t.memberships.collaborativeId, [...ids]))
          .all(),
      (row) => row.collaborativeId!,
    ),
    ics: loaderByKey(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.integratedCareSystems)
          .where(inArray(t.integratedCareSystems.id, [...ids]))
          .all(),
      (row) => row.id,
    ),
    place: loaderByKey(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.places)
          .where(inArray(t.places.id, [...ids]))
          .all(),
      (row) => row.id,
    ),
    placesByIcs: loaderOfGroups(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.places)
          .where(inArray(t.places.icsId, [...ids]))
          .all(),
      (row) => row.icsId,
    ),
    careUnit: loaderByKey(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.careUnits)
          .where(inArray(t.careUnits.id, [...ids]))
          .all(),
      (row) => row.id,
    ),
    placeLinksByCareUnit: loaderOfGroups(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.careUnitPlaces)
          .where(inArray(t.careUnitPlaces.careUnitId, [...ids]))
          .all(),
      (row) => row.careUnitId,
    ),
    careUnitLinksByPlace: loaderOfGroups(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.careUnitPlaces)
          .where(inArray(t.careUnitPlaces.placeId, [...ids]))
          .all(),
      (row) => row.placeId,
    ),
    collaborative: loaderByKey(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.collaboratives)
          .where(inArray(t.collaboratives.id, [...ids]))
          .all(),
      (row) => row.id,
    ),
    agreement: loaderByKey(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.agreements)
          .where(inArray(t.agreements.id, [...ids]))
          .all(),
      (row) => row.id,
    ),
    partiesByAgreement: loaderOfGroups(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.agreementParties)
          .where(inArray(t.agreementParties.agreementId, [...ids]))
          .all(),
      (row) => row.agreementId,
    ),
    partiesByPartner: loaderOfGroups(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.agreementParties)
          .where(inArray(t.agreementParties.partnerId, [...ids]))
          .all(),
      (row) => row.partnerId,
    ),
    leadershipRole: loaderByKey(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.systemLeadershipRoles)
          .where(inArray(t.systemLeadershipRoles.id, [...ids]))
          .all(),
      (row) => row.id,
    ),
    leadershipRolesByHolder: loaderOfGroups(
      (ids: readonly string[]) =>
        db
          .select()
          .from(t.systemLeadershipRoles)
          .where(inArray(t.systemLeadershipRoles.holderPartnerId, [...ids]))
          .all(),
      (row) => row.holderPartnerId,
    ),
  };
}

export type PartnersLoaders = ReturnType<typeof createPartnersLoaders>;

export type PartnersContext = SubgraphContext<PartnersDb, PartnersLoaders>;
