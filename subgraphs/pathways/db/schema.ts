import { changeLogTable } from "../../kit/change-log.js";
import { factColumns } from "../../kit/key-fact.js";
import { sql } from "drizzle-orm";
import { auditTable } from "../../kit/audit-table.js";
import { metaTable } from "../../kit/seed-once.js";
import { citationColumns, statusChangeColumns } from "../../kit/columns.js";
import { check, index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";

const citation = citationColumns();

/**
 * A shared pathway. Partner, care unit, place and agreement ids are the partners subgraph's
 * entity keys: stored as keys, never checked against its database.
 */
export const pathways = sqliteTable(
  "pathways",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    purpose: text("purpose").notNull(),
    ageMin: integer("age_min"),
    ageMax: integer("age_max"),
    conditions: text("conditions"),
    eligibility: text("eligibility"),
    leadCareUnitId: text("lead_care_unit_id"),
    agreementId: text("agreement_id"),
    status: text("status").notNull(),
    agreedOn: text("agreed_on"),
    liveFrom: text("live_from"),
    nextReviewDue: text("next_review_due"),
    ...citation,
    updatedAt: text("updated_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [
    index("pathways_name").on(t.name, t.id),
    index("pathways_status").on(t.status),
    index("pathways_lead_care_unit").on(t.leadCareUnitId),
    check(
      "pathways_age_range",
      sql`${t.ageMin} IS NULL OR ${t.ageMax} IS NULL OR ${t.ageMin} <= ${t.ageMax}`,
    ),
  ],
);

export const pathwaySectors = sqliteTable(
  "pathway_sectors",
  {
    pathwayId: text("pathway_id")
      .notNull()
      .references(() => pathways.id, { onDelete: "cascade" }),
    sector: text("sector").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.pathwayId, t.sector] }),
    index("pathway_sectors_sector").on(t.sector, t.pathwayId),
  ],
);

export const pathwayPlaces = sqliteTable(
  "pathway_places",
  {
    pathwayId: text("pathway_id")
      .notNull()
      .references(() => pathways.id, { onDelete: "cascade" }),
    placeId: text("place_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.pathwayId, t.placeId] }),
    index("pathway_places_place").on(t.placeId, t.pathwayId),
  ],
);

/** A partner's part in a pathway: one row per partner and role. */
export const pathwayParticipants = sqliteTable(
  "pathway_participants",
  {
    pathwayId: text("pathway_id")
      .notNull()
      .references(() => pathways.id, { onDelete: "cascade" }),
    partnerId: text("partner_id").notNull(),
    role: text("role").notNull(),
    contribution: text("contribution"),
    ...citation,
  },
  (t) => [
    primaryKey({ columns: [t.pathwayId, t.partnerId, t.role] }),
    index("pathway_participants_partner").on(t.partnerId, t.pathwayId),
  ],
);

export const pathwaySteps = sqliteTable(
  "pathway_steps",
  {
    pathwayId: text("pathway_id")
      .notNull()
      .references(() => pathways.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind").notNull(),
    description: text("description").notNull(),
    responsiblePartnerId: text("responsible_partner_id"),
    targetWaitDays: integer("target_wait_days"),
    targetWaitNote: text("target_wait_note"),
  },
  (t) => [
    primaryKey({ columns: [t.pathwayId, t.position] }),
    check("pathway_steps_wait", sql`${t.targetWaitDays} IS NULL OR ${t.targetWaitDays} >= 0`),
  ],
);

/** How to refer someone in. The contact columns are for partner systems, not the public. */
export const referralRoutes = sqliteTable(
  "referral_routes",
  {
    pathwayId: text("pathway_id")
      .notNull()
      .references(() => pathways.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    kind: text("kind").notNull(),
    description: text("description").notNull(),
    criteria: text("criteria"),
    contactMethod: text("contact_method"),
    contactValue: text("contact_value"),
    contactHours: text("contact_hours"),
  },
  (t) => [
    primaryKey({ columns: [t.pathwayId, t.position] }),
    check(
      "referral_routes_contact",
      sql`(${t.contactMethod} IS NULL) = (${t.contactValue} IS NULL)`,
    ),
  ],
);

/** Every move of a pathway through its lifecycle, appended, never edited. */
export const pathwayStatusChanges = sqliteTable(
  "pathway_status_changes",
  {
    ...statusChangeColumns(),
    pathwayId: text("pathway_id")
      .notNull()
      .references(() => pathways.id, { onDelete: "cascade" }),
  },
  (t) => [index("pathway_status_changes_pathway").on(t.pathwayId, t.id)],
);

export const meta = metaTable();

export const auditLog = auditTable();

export const changeLog = changeLogTable();

/** A service's outcomes the plans give as figures ("more than 650 people in its first year"). */
export const pathwayFacts = sqliteTable(
  "pathway_facts",
  {
    ...factColumns(citation),
    pathwayId: text("pathway_id")
      .notNull()
      .references(() => pathways.id),
  },
  (t) => [index("pathway_facts_pathway").on(t.pathwayId)],
);

export type PathwayRow = typeof pathways.$inferSelect;
export type ParticipantRow = typeof pathwayParticipants.$inferSelect;
export type StepRow = typeof pathwaySteps.$inferSelect;
export type ReferralRouteRow = typeof referralRoutes.$inferSelect;
export type StatusChangeRow = typeof pathwayStatusChanges.$inferSelect;

/**
 * A service one partner provides, as the plans name it: not shared with partners as a pathway
 * is, but what partners need to know exists ("awareness of partner services").
 */
export const services = sqliteTable(
  "services",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    description: text("description").notNull(),
    /** A ServiceKind value. */
    kind: text("kind").notNull(),
    /** The partners subgraph's Partner and CareUnit ids. */
    providerId: text("provider_id").notNull(),
    careUnitId: text("care_unit_id"),
    ...citation,
  },
  (t) => [
    index("services_provider").on(t.providerId, t.name),
    index("services_care_unit").on(t.careUnitId, t.name),
  ],
);

export const servicePlaces = sqliteTable(
  "service_places",
  {
    serviceId: text("service_id")
      .notNull()
      .references(() => services.id),
    placeId: text("place_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.serviceId, t.placeId] }),
    index("service_places_place").on(t.placeId),
  ],
);

/** An award or commendation the plans report, for a pathway, a service or a partner's work. */
export const awards = sqliteTable(
  "awards",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    event: text("event").notNull(),
    /** WON or HIGHLY_COMMENDED. */
    result: text("result").notNull(),
    /** YYYY or YYYY-MM, where the plan dates it. */
    awardedIn: text("awarded_in"),
    /** Who received it, as the plan says. */
    recipient: text("recipient").notNull(),
    pathwayId: text("pathway_id").references(() => pathways.id),
    serviceId: text("service_id").references(() => services.id),
    ...citation,
  },
  (t) => [index("awards_pathway").on(t.pathwayId), index("awards_service").on(t.serviceId)],
);

/** The organisations an award went to (the partners subgraph's ids). */
export const awardPartners = sqliteTable(
  "award_partners",
  {
    awardId: text("award_id")
      .notNull()
      .references(() => awards.id),
    partnerId: text("partner_id").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.awardId, t.partnerId] }),
    index("award_partners_partner").on(t.partnerId),
  ],
);

export type ServiceRow = typeof services.$inferSelect;
export type AwardRow = typeof awards.$inferSelect;
