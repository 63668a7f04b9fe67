import { changeLogTable } from "../../kit/change-log.js";
import { factColumns } from "../../kit/key-fact.js";
import { sql } from "drizzle-orm";
import { auditTable } from "../../kit/audit-table.js";
import { metaTable } from "../../kit/seed-once.js";
import {
  check,
  index,
  integer,
  primaryKey,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

/** Columns every seeded or edited fact carries: where it comes from. */
const citation = {
  sourceDocument: text("source_document").references(() => sourceDocuments.id),
  sourceSection: text("source_section"),
  sourceQuote: text("source_quote"),
  sourceNote: text("source_note"),
};

export const sourceDocuments = sqliteTable("source_documents", {
  id: text("id").primaryKey(),
  title: text("title").notNull(),
  file: text("file").notNull(),
});

export const partners = sqliteTable(
  "partners",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    kind: text("kind").notNull(),
    description: text("description"),
    website: text("website"),
    startDate: text("start_date"),
    endDate: text("end_date"),
    successorId: text("successor_id").references((): never => partners.id as never),
    ...citation,
    updatedAt: text("updated_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [
    index("partners_kind_name").on(t.kind, t.name),
    index("partners_name").on(t.name),
    index("partners_successor").on(t.successorId),
  ],
);

export const partnerIdentifiers = sqliteTable(
  "partner_identifiers",
  {
    partnerId: text("partner_id")
      .notNull()
      .references(() => partners.id, { onDelete: "cascade" }),
    scheme: text("scheme").notNull(),
    value: text("value").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.partnerId, t.scheme] }),
    uniqueIndex("partner_identifiers_scheme_value").on(t.scheme, t.value),
  ],
);

export const integratedCareSystems = sqliteTable("integrated_care_systems", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  eputInvolvement: text("eput_involvement").notNull(),
  icbPartnerId: text("icb_partner_id").references(() => partners.id),
  description: text("description"),
  ...citation,
});

export const places = sqliteTable(
  "places",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    icsId: text("ics_id")
      .notNull()
      .references(() => integratedCareSystems.id),
    description: text("description"),
    ...citation,
  },
  (t) => [index("places_ics").on(t.icsId)],
);

export const careUnits = sqliteTable("care_units", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  coverage: text("coverage").notNull(),
  description: text("description"),
  wardCount: integer("ward_count"),
  teamCount: integer("team_count"),
  ...citation,
});

export const careUnitPlaces = sqliteTable(
  "care_unit_places",
  {
    careUnitId: text("care_unit_id")
      .notNull()
      .references(() => careUnits.id),
    placeId: text("place_id")
      .notNull()
      .references(() => places.id),
  },
  (t) => [
    primaryKey({ columns: [t.careUnitId, t.placeId] }),
    index("care_unit_places_place").on(t.placeId),
  ],
);

export const collaboratives = sqliteTable("collaboratives", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  kind: text("kind").notNull(),
  status: text("status").notNull(),
  icsId: text("ics_id").references(() => integratedCareSystems.id),
  leadPartnerId: text("lead_partner_id").references(() => partners.id),
  startDate: text("start_date"),
  description: text("description"),
  ...citation,
});

/**
 * A partner's membership of exactly one group: an ICS, a place-based alliance or a
 * collaborative, with the dates it held.
 */
export const memberships = sqliteTable(
  "memberships",
  {
    id: text("id").primaryKey(),
    partnerId: text("partner_id")
      .notNull()
      .references(() => partners.id),
    icsId: text("ics_id").references(() => integratedCareSystems.id),
    placeId: text("place_id").references(() => places.id),
    collaborativeId: text("collaborative_id").references(() => collaboratives.id),
    role: text("role"),
    startDate: text("start_date"),
    endDate: text("end_date"),
    ...citation,
  },
  (t) => [
    index("memberships_partner").on(t.partnerId),
    index("memberships_ics").on(t.icsId),
    index("memberships_place").on(t.placeId),
    index("memberships_collaborative").on(t.collaborativeId),
    check(
      "memberships_one_group",
      sql`((${t.icsId} IS NOT NULL) + (${t.placeId} IS NOT NULL) + (${t.collaborativeId} IS NOT NULL)) = 1`,
    ),
  ],
);

export const agreements = sqliteTable(
  "agreements",
  {
    id: text("id").primaryKey(),
    title: text("title").notNull(),
    type: text("type").notNull(),
    status: text("status").notNull(),
    startDate: text("start_date"),
    endDate: text("end_date"),
    description: text("description"),
    ...citation,
  },
  (t) => [index("agreements_type").on(t.type)],
);

export const agreementParties = sqliteTable(
  "agreement_parties",
  {
    agreementId: text("agreement_id")
      .notNull()
      .references(() => agreements.id, { onDelete: "cascade" }),
    partnerId: text("partner_id")
      .notNull()
      .references(() => partners.id),
    role: text("role"),
  },
  (t) => [
    primaryKey({ columns: [t.agreementId, t.partnerId] }),
    index("agreement_parties_partner").on(t.partnerId),
  ],
);

export const systemLeadershipRoles = sqliteTable(
  "system_leadership_roles",
  {
    id: text("id").primaryKey(),
    title: text("title").notNull(),
    holderPartnerId: text("holder_partner_id")
      .notNull()
      .references(() => partners.id),
    collaborativeId: text("collaborative_id").references(() => collaboratives.id),
    icsId: text("ics_id").references(() => integratedCareSystems.id),
    placeId: text("place_id").references(() => places.id),
    startDate: text("start_date"),
    description: text("description"),
    ...citation,
  },
  (t) => [index("system_leadership_roles_holder").on(t.holderPartnerId)],
);

export const meta = metaTable();

export const auditLog = auditTable();

export const changeLog = changeLogTable();

/** An organisation's key facts. */
export const partnerFacts = sqliteTable(
  "partner_facts",
  {
    ...factColumns(citation),
    partnerId: text("partner_id")
      .notNull()
      .references(() => partners.id),
  },
  (t) => [index("partner_facts_partner").on(t.partnerId)],
);

/** A care unit's key facts: the demand and population figures its plan gives. */
export const careUnitFacts = sqliteTable(
  "care_unit_facts",
  {
    ...factColumns(citation),
    careUnitId: text("care_unit_id")
      .notNull()
      .references(() => careUnits.id),
  },
  (t) => [index("care_unit_facts_care_unit").on(t.careUnitId)],
);

export type PartnerRow = typeof partners.$inferSelect;
export type IdentifierRow = typeof partnerIdentifiers.$inferSelect;
export type IcsRow = typeof integratedCareSystems.$inferSelect;
export type PlaceRow = typeof places.$inferSelect;
export type CareUnitRow = typeof careUnits.$inferSelect;
export type CollaborativeRow = typeof collaboratives.$inferSelect;
export type MembershipRow = typeof memberships.$inferSelect;
export type AgreementRow = typeof agreements.$inferSelect;
export type AgreementPartyRow = typeof agreementParties.$inferSelect;
export type SystemLeadershipRoleRow = typeof systemLeadershipRoles.$inferSelect;
export type SourceDocumentRow = typeof sourceDocuments.$inferSelect;
