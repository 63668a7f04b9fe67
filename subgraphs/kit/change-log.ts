import "reflect-metadata";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import { loaderOfGroups } from "./loaders.js";

/**
 * Every correction an editor made to an entity: what changed (each field before and after), who
 * decided it, why, who recorded it and when. Append-only, so nothing corrected is ever lost.
 */
export function changeLogTable() {
  return sqliteTable(
    "change_log",
    {
      id: integer("id").primaryKey({ autoIncrement: true }),
      entityType: text("entity_type").notNull(),
      entityId: text("entity_id").notNull(),
      /** What kind of change, e.g. "details", "participants", "status". */
      change: text("change").notNull(),
      /** JSON: { field: [before, after] } for each field that changed. */
      fields: text("fields").notNull(),
      decidedBy: text("decided_by").notNull(),
      reason: text("reason").notNull(),
      recordedBy: text("recorded_by"),
      recordedAt: text("recorded_at")
        .notNull()
        .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    },
    (t) => [index("change_log_entity").on(t.entityType, t.entityId, t.id)],
  );
}
export type ChangeLogTable = ReturnType<typeof changeLogTable>;
export type ChangeLogRow = ChangeLogTable["$inferSelect"];

@ObjectType({ description: "One field's value before and after a change, as JSON." })
@Directive("@shareable")
export class FieldChange {
  @Field(() => String)
  field!: string;

  @Field(() => String, { nullable: true, description: "JSON; null where it had no value." })
  before!: string | null;

  @Field(() => String, { nullable: true, description: "JSON; null where it has no value now." })
  after!: string | null;
}

@ObjectType({ description: "One correction of a record: what changed, who decided, when and why." })
@Directive("@shareable")
export class ChangeRecord {
  @Field(() => Int, { description: "Order of the change, oldest first." })
  sequence!: number;

  @Field(() => String, { description: 'What was changed, e.g. "details" or "participants".' })
  change!: string;

  @Field(() => [FieldChange])
  fields!: FieldChange[];

  @Field(() => String, { description: "The person or body that decided the change." })
  decidedBy!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => String, {
    nullable: true,
    description: "The authenticated caller that recorded the change.",
  })
  recordedBy!: string | null;

  @Field(() => String, { description: "When it was recorded (ISO 8601 timestamp)." })
  recordedAt!: string;
}

export interface Change {
  entityType: string;
  entityId: string;
  change: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  decidedBy: string;
  reason: string;
  recordedBy: string | null;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = BetterSQLite3Database<any>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * Records a change in the same transaction as the write, keeping only the fields whose value
 * differs. Returns false (and records nothing) when nothing differs.
 */
export function recordChange(db: AnyDb, table: ChangeLogTable, change: Change): boolean {
  const fields: Record<string, [unknown, unknown]> = {};
  for (const key of new Set([...Object.keys(change.before), ...Object.keys(change.after)])) {
    if (!same(change.before[key], change.after[key])) {
      fields[key] = [change.before[key] ?? null, change.after[key] ?? null];
    }
  }
  if (Object.keys(fields).length === 0) return false;
  db.insert(table)
    .values({
      entityType: change.entityType,
      entityId: change.entityId,
      change: change.change,
      fields: JSON.stringify(fields),
      decidedBy: change.decidedBy,
      reason: change.reason,
      recordedBy: change.recordedBy,
    })
    .run();
  return true;
}

/** What the fields a correction sets held before it: `current`'s value for each key of `set`. */
export function valuesBefore(
  current: object,
  set: Record<string, unknown>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(set).map((key) => [key, (current as Record<string, unknown>)[key]]),
  );
}

/** A request's loader of one entity type's changes, oldest first, in one statement a batch. */
export function changesLoader(db: AnyDb, table: ChangeLogTable, entityType: string) {
  return loaderOfGroups(
    (ids: readonly string[]) =>
      db
        .select()
        .from(table)
        .where(and(eq(table.entityType, entityType), inArray(table.entityId, [...ids])))
        .orderBy(asc(table.id))
        .all(),
    (row) => row.entityId,
  );
}

/** Rows of the change log as the API shows them, numbered from 1. */
export function toChangeRecords(rows: readonly ChangeLogRow[]): ChangeRecord[] {
  return rows.map((row, i) => ({
    sequence: i + 1,
    change: row.change,
    fields: Object.entries(JSON.parse(row.fields) as Record<string, [unknown, unknown]>).map(
      ([field, [before, after]]) => ({
        field,
        before: before === null ? null : JSON.stringify(before),
        after: after === null ? null : JSON.stringify(after),
      }),
    ),
    decidedBy: row.decidedBy,
    reason: row.reason,
    recordedBy: row.recordedBy,
    recordedAt: row.recordedAt,
  }));
}
