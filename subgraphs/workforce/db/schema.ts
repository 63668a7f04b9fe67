import { sql } from "drizzle-orm";
import { auditTable } from "../../kit/audit-table.js";
import { metaTable } from "../../kit/seed-once.js";
import { citationColumns } from "../../kit/columns.js";
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

const citation = citationColumns();

/** The strategy's framework: objective → outcome → sub-outcome → measure line, as tabled. */
export const objectives = sqliteTable("objectives", {
  code: text("code").primaryKey(),
  title: text("title").notNull(),
  position: integer("position").notNull(),
});

export const outcomes = sqliteTable(
  "outcomes",
  {
    id: text("id").primaryKey(),
    objectiveCode: text("objective_code")
      .notNull()
      .references(() => objectives.code),
    /** Which plan's table it is from: the trust's, or a care unit's. */
    careUnitId: text("care_unit_id"),
    position: integer("position").notNull(),
    text: text("text").notNull(),
    ...citation,
  },
  (t) => [index("outcomes_objective").on(t.objectiveCode, t.position)],
);

export const subOutcomes = sqliteTable(
  "sub_outcomes",
  {
    id: text("id").primaryKey(),
    outcomeId: text("outcome_id")
      .notNull()
      .references(() => outcomes.id),
    position: integer("position").notNull(),
    text: text("text").notNull(),
  },
  (t) => [index("sub_outcomes_outcome").on(t.outcomeId, t.position)],
);

export const measures = sqliteTable("measures", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  definition: text("definition").notNull(),
  numerator: text("numerator"),
  denominator: text("denominator"),
  unit: text("unit").notNull(),
  direction: text("direction").notNull(),
  frequency: text("frequency").notNull(),
  dataSource: text("data_source").notNull(),
  nationalDefinition: text("national_definition"),
  published: integer("published", { mode: "boolean" }).notNull(),
  /** Kept as a definition only: its figures are special-category and live elsewhere. */
  definitionOnly: integer("definition_only", { mode: "boolean" }).notNull().default(false),
  ...citation,
});

/** A line of a success-measures table, in the table's words, and the measures that count it. */
export const measureLines = sqliteTable(
  "measure_lines",
  {
    id: text("id").primaryKey(),
    subOutcomeId: text("sub_outcome_id")
      .notNull()
      .references(() => subOutcomes.id),
    position: integer("position").notNull(),
    text: text("text").notNull(),
  },
  (t) => [index("measure_lines_sub_outcome").on(t.subOutcomeId, t.position)],
);

export const measureLineMeasures = sqliteTable(
  "measure_line_measures",
  {
    lineId: text("line_id")
      .notNull()
      .references(() => measureLines.id),
    measureCode: text("measure_code")
      .notNull()
      .references(() => measures.code),
  },
  (t) => [
    primaryKey({ columns: [t.lineId, t.measureCode] }),
    index("measure_line_measures_measure").on(t.measureCode),
  ],
);

export const importBatches = sqliteTable("import_batches", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  source: text("source").notNull(),
  rows: integer("rows").notNull(),
  inserted: integer("inserted").notNull(),
  updated: integer("updated").notNull(),
  importedBy: text("imported_by"),
  importedAt: text("imported_at")
    .notNull()
    .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
});

/**
 * One figure: a measure's value for an organisational unit and a period. For a rate the value is
 * computed by SQLite from the numerator and denominator, so it can never disagree with them.
 */
export const observations = sqliteTable(
  "observations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    measureCode: text("measure_code")
      .notNull()
      .references(() => measures.code),
    unitKind: text("unit_kind").notNull(),
    unitId: text("unit_id").notNull(),
    period: text("period").notNull(),
    periodStart: text("period_start").notNull(),
    numerator: real("numerator"),
    denominator: real("denominator"),
    rawValue: real("raw_value"),
    value: real("value")
      .generatedAlwaysAs(
        sql`CASE WHEN denominator IS NOT NULL THEN 100.0 * numerator / denominator ELSE raw_value END`,
        { mode: "stored" },
      )
      .notNull(),
    target: real("target"),
    status: text("status").notNull(),
    provenance: text("provenance").notNull(),
    batchId: integer("batch_id").references(() => importBatches.id),
    ...citation,
  },
  (t) => [
    uniqueIndex("observations_series").on(t.measureCode, t.unitKind, t.unitId, t.periodStart),
    index("observations_unit").on(t.unitKind, t.unitId, t.measureCode, t.periodStart),
    check(
      "observations_rate",
      sql`(${t.numerator} IS NULL AND ${t.denominator} IS NULL AND ${t.rawValue} IS NOT NULL)
        OR (${t.numerator} IS NOT NULL AND ${t.denominator} > 0 AND ${t.numerator} >= 0
            AND ${t.numerator} <= ${t.denominator} AND ${t.rawValue} IS NULL)`,
    ),
    check("observations_status", sql`${t.status} IN ('DRAFT', 'PUBLISHED', 'RETRACTED')`),
  ],
);

/**
 * Each series' latest figure and the one before it, kept by triggers on `observations` (see
 * migration 0006) for the published figures (`scope` PUBLISHED) and for drafts as well (ANY):
 * the scorecard reads two ids a series here instead of searching every series' figures.
 */
export const seriesLatest = sqliteTable(
  "series_latest",
  {
    unitKind: text("unit_kind").notNull(),
    unitId: text("unit_id").notNull(),
    measureCode: text("measure_code").notNull(),
    scope: text("scope").notNull(),
    latestId: integer("latest_id").notNull(),
    previousId: integer("previous_id"),
  },
  (t) => [primaryKey({ columns: [t.unitKind, t.unitId, t.measureCode, t.scope] })],
);

/**
 * A figure as it stood before a correction or retraction replaced it: nothing published is lost.
 * `reason`, `decided_by` and `recorded_by` say why and who; an import's correction names its batch.
 */
export const observationRevisions = sqliteTable(
  "observation_revisions",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    observationId: integer("observation_id")
      .notNull()
      .references(() => observations.id),
    numerator: real("numerator"),
    denominator: real("denominator"),
    rawValue: real("raw_value"),
    value: real("value").notNull(),
    target: real("target"),
    status: text("status").notNull(),
    provenance: text("provenance").notNull(),
    /** What replaced it: CORRECTED (new figures), RETRACTED, or IMPORTED (a later return). */
    change: text("change").notNull(),
    decidedBy: text("decided_by"),
    reason: text("reason"),
    batchId: integer("batch_id").references(() => importBatches.id),
    recordedBy: text("recorded_by"),
    recordedAt: text("recorded_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [index("observation_revisions_observation").on(t.observationId, t.id)],
);

export const meta = metaTable();

export const auditLog = auditTable();

export type MeasureRow = typeof measures.$inferSelect;
export type ObservationRow = typeof observations.$inferSelect;
export type OutcomeRow = typeof outcomes.$inferSelect;
export type SubOutcomeRow = typeof subOutcomes.$inferSelect;
export type MeasureLineRow = typeof measureLines.$inferSelect;

/**
 * What the plans commit to, in their own words: the trust plan's key commitments and roadmap
 * milestones, and each care unit plan's commitments and priorities, under a strategic objective.
 */
export const commitments = sqliteTable(
  "commitments",
  {
    id: text("id").primaryKey(),
    objectiveCode: text("objective_code")
      .notNull()
      .references(() => objectives.code),
    /** KEY_COMMITMENT, ROADMAP_MILESTONE, CARE_UNIT_COMMITMENT or CARE_UNIT_PRIORITY. */
    kind: text("kind").notNull(),
    text: text("text").notNull(),
    /** The date as the plan gives it ("Mar-23", "2023/24"), and the last day it names. */
    due: text("due"),
    dueBy: text("due_by"),
    /** The care unit whose plan or section makes it; null for the trust's own. */
    careUnitId: text("care_unit_id"),
    position: integer("position").notNull(),
    ...citation,
  },
  (t) => [
    index("commitments_objective").on(t.objectiveCode, t.position),
    index("commitments_care_unit").on(t.careUnitId, t.position),
  ],
);

/** Shared pathways a commitment is about (the pathways subgraph's, by id). */
export const commitmentPathways = sqliteTable(
  "commitment_pathways",
  {
    commitmentId: text("commitment_id")
      .notNull()
      .references(() => commitments.id),
    pathwayId: text("pathway_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.commitmentId, t.pathwayId] })],
);

export type CommitmentRow = typeof commitments.$inferSelect;
