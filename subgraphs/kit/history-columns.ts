import { type SQL, sql } from "drizzle-orm";
import { type SQLiteColumn, type SQLiteTable, integer, text } from "drizzle-orm/sqlite-core";

/** The columns of an append-only status history table; the owning entity's key is added beside. */
export function statusChangeColumns() {
  return {
    id: integer("id").primaryKey({ autoIncrement: true }),
    fromStatus: text("from_status"),
    toStatus: text("to_status").notNull(),
    effectiveOn: text("effective_on"),
    decidedBy: text("decided_by").notNull(),
    reason: text("reason").notNull(),
    recordedBy: text("recorded_by"),
    recordedAt: text("recorded_at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  };
}

/** The day the latest entry of an entity's history took effect (null if none or undated). */
export function lastEffectiveOn(
  db: { get<T>(query: SQL): T | undefined },
  table: SQLiteTable,
  keyColumn: SQLiteColumn,
  key: string,
): string | null {
  const row = db.get<{ effectiveOn: string | null }>(
    sql`SELECT effective_on AS effectiveOn FROM ${table} WHERE ${keyColumn} = ${key} ORDER BY id DESC LIMIT 1`,
  );
  return row?.effectiveOn ?? null;
}
