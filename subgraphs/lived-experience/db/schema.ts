import { changeLogTable } from "../../kit/change-log.js";
import { sql } from "drizzle-orm";
import { auditTable } from "../../kit/audit-table.js";
import { metaTable } from "../../kit/seed-once.js";
import { citationColumns, statusChangeColumns } from "../../kit/columns.js";
import {
  check,
  index,
  integer,
  primaryKey,
  real,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";

/** Where a seeded fact comes from; `illustrative` marks figures made up for demonstration. */
const provenance = {
  illustrative: integer("illustrative", { mode: "boolean" }).notNull().default(false),
  ...citationColumns(),
};

/**
 * A lived experience post: never a person. No holder's name or contact is stored anywhere in
 * this subgraph. `ldOrAutism` is special-category information about the holder: it exists only
 * while the post is filled, and only aggregates of it leave the API, after suppression.
 */
export const roles = sqliteTable(
  "roles",
  {
    id: text("id").primaryKey(),
    title: text("title").notNull(),
    kind: text("kind").notNull(),
    level: text("level").notNull(),
    careUnitId: text("care_unit_id"),
    wardOrTeam: text("ward_or_team"),
    arrangement: text("arrangement").notNull(),
    hostPartnerId: text("host_partner_id"),
    band: text("band"),
    hoursPerWeek: real("hours_per_week"),
    status: text("status").notNull(),
    startDate: text("start_date"),
    ldOrAutism: integer("ld_or_autism", { mode: "boolean" }),
    ...provenance,
  },
  (t) => [
    index("roles_title").on(t.title, t.id),
    index("roles_care_unit").on(t.careUnitId, t.status),
    index("roles_host_partner").on(t.hostPartnerId),
    check("roles_flag_only_when_filled", sql`${t.ldOrAutism} IS NULL OR ${t.status} = 'FILLED'`),
    check(
      "roles_hours",
      sql`${t.hoursPerWeek} IS NULL OR (${t.hoursPerWeek} > 0 AND ${t.hoursPerWeek} <= 48)`,
    ),
  ],
);

export const roleStatusChanges = sqliteTable(
  "role_status_changes",
  {
    ...statusChangeColumns(),
    roleId: text("role_id")
      .notNull()
      .references(() => roles.id, { onDelete: "cascade" }),
  },
  (t) => [index("role_status_changes_role").on(t.roleId, t.id)],
);

/** Involvement payment rates under the Reward and Recognition policy, each from a date. */
export const paymentRates = sqliteTable(
  "payment_rates",
  {
    id: text("id").primaryKey(),
    unit: text("unit").notNull(),
    amountPence: integer("amount_pence").notNull(),
    effectiveFrom: text("effective_from").notNull(),
    ...provenance,
  },
  (t) => [
    index("payment_rates_unit_from").on(t.unit, t.effectiveFrom),
    check("payment_rates_amount", sql`${t.amountPence} > 0`),
  ],
);

/** Involvement that services advertise for people with lived experience. */
export const activities = sqliteTable(
  "activities",
  {
    id: text("id").primaryKey(),
    title: text("title").notNull(),
    shapes: text("shapes").notNull(),
    pathwayId: text("pathway_id"),
    careUnitId: text("care_unit_id"),
    activityDate: text("activity_date"),
    expectedHours: real("expected_hours"),
    deliveredHours: real("delivered_hours"),
    places: integer("places"),
    recognition: text("recognition"),
    stage: text("stage").notNull(),
    status: text("status").notNull(),
    ...provenance,
  },
  (t) => [
    index("activities_date").on(t.activityDate),
    index("activities_pathway").on(t.pathwayId),
    check("activities_hours", sql`${t.expectedHours} IS NULL OR ${t.expectedHours} > 0`),
    check(
      "activities_delivered",
      sql`${t.deliveredHours} IS NULL OR (${t.status} = 'COMPLETED' AND ${t.deliveredHours} >= 0)`,
    ),
  ],
);

/** How people's time on an activity was recognised: counts and hours, never names. */
export const recognitions = sqliteTable(
  "recognitions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    activityId: text("activity_id")
      .notNull()
      .references(() => activities.id, { onDelete: "cascade" }),
    kind: text("kind").notNull(),
    people: integer("people").notNull(),
    hours: real("hours").notNull(),
    rateId: text("rate_id").references(() => paymentRates.id),
    amountPence: integer("amount_pence"),
    recordedBy: text("recorded_by"),
    recordedAt: text("recorded_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    ...provenance,
  },
  (t) => [
    index("recognitions_activity").on(t.activityId),
    check("recognitions_counts", sql`${t.people} > 0 AND ${t.hours} > 0`),
    check("recognitions_paid", sql`(${t.kind} = 'PAID') = (${t.rateId} IS NOT NULL)`),
  ],
);

/** A pathway shaped by lived experience involvement: what, when and with which partners. */
export const coproductions = sqliteTable(
  "coproductions",
  {
    id: text("id").primaryKey(),
    pathwayId: text("pathway_id").notNull(),
    activityId: text("activity_id").references(() => activities.id),
    stage: text("stage").notNull(),
    summary: text("summary").notNull(),
    happenedOn: text("happened_on"),
    recordedBy: text("recorded_by"),
    ...provenance,
  },
  (t) => [index("coproductions_pathway").on(t.pathwayId, t.happenedOn)],
);

export const coproductionPartners = sqliteTable(
  "coproduction_partners",
  {
    coproductionId: text("coproduction_id")
      .notNull()
      .references(() => coproductions.id, { onDelete: "cascade" }),
    partnerId: text("partner_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.coproductionId, t.partnerId] })],
);

/**
 * Each post's status, kind and special-category flag as recorded, from the moment recorded (by
 * triggers on `roles`, whatever writes it): the history a publication is computed from, as it
 * stood at a quarter's end, so that nothing written after can move it. Append-only.
 */
export const roleStates = sqliteTable(
  "role_states",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    roleId: text("role_id").notNull(),
    recordedAt: text("recorded_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    /** Null: the post was deleted. */
    status: text("status"),
    kind: text("kind"),
    ldOrAutism: integer("ld_or_autism", { mode: "boolean" }),
  },
  (t) => [index("role_states_role_recorded").on(t.roleId, t.recordedAt, t.id)],
);

/**
 * Special-category counts as a publisher published them, one per measure and period: only the
 * rounded or suppressed figure is kept, never the count itself, and nothing here moves when a
 * post is filled or vacated.
 */
export const countPublications = sqliteTable(
  "count_publications",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    measure: text("measure").notNull(),
    period: text("period").notNull(),
    publishedOn: text("published_on").notNull(),
    publishedBy: text("published_by"),
    value: integer("value"),
    suppressed: integer("suppressed", { mode: "boolean" }).notNull(),
    threshold: integer("threshold").notNull(),
    roundedTo: integer("rounded_to").notNull(),
  },
  (t) => [
    uniqueIndex("count_publications_measure_period").on(t.measure, t.period),
    check(
      "count_publications_rounded",
      sql`(${t.value} IS NULL) = (${t.suppressed} = 1) AND (${t.value} IS NULL OR ${t.value} % ${t.roundedTo} = 0)`,
    ),
  ],
);

export const meta = metaTable();

export const auditLog = auditTable();

export const changeLog = changeLogTable();

export type RoleRow = typeof roles.$inferSelect;
export type RoleStatusChangeRow = typeof roleStatusChanges.$inferSelect;
export type PaymentRateRow = typeof paymentRates.$inferSelect;
export type ActivityRow = typeof activities.$inferSelect;
export type RecognitionRow = typeof recognitions.$inferSelect;
export type CoproductionRow = typeof coproductions.$inferSelect;
