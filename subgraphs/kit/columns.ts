import { type SQL, sql } from "drizzle-orm";
import { today } from "./dates.js";
import type { InputProblems } from "./errors.js";
import { checkEffectiveOn, checkMove, type Transitions } from "./lifecycle.js";
import { requiredText } from "./validate.js";
import { type SQLiteColumn, type SQLiteTable, integer, text } from "drizzle-orm/sqlite-core";

/**
 * Where a record comes from: a source document id (see sources.ts), its section, the words the
 * record relies on where its name is not them, and a note where it was read by inference.
 */
export function citationColumns() {
  return {
    sourceDocument: text("source_document"),
    sourceSection: text("source_section"),
    sourceQuote: text("source_quote"),
    sourceNote: text("source_note"),
  };
}

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

export interface StatusMove<S extends string> {
  transitions: Transitions<S>;
  from: S;
  to: S;
  effectiveOn: string;
  decidedBy: string;
  reason: string;
  /** The entity's history table, its key column there, and the entity's key. */
  history: SQLiteTable;
  keyColumn: SQLiteColumn;
  key: string;
}

/**
 * Checks a move through a lifecycle: allowed from the current status, dated neither in the
 * future nor before the last move, with who decided it and why. Returns the trimmed texts.
 */
export function checkStatusMove<S extends string>(
  db: { get<T>(query: SQL): T | undefined },
  problems: InputProblems,
  move: StatusMove<S>,
): { decidedBy: string; reason: string } {
  checkMove(problems, "input.to", move.transitions, move.from, move.to);
  checkEffectiveOn(
    problems,
    "input.effectiveOn",
    move.effectiveOn,
    lastEffectiveOn(db, move.history, move.keyColumn, move.key),
    today(),
  );
  return {
    decidedBy: requiredText(problems, "input.decidedBy", move.decidedBy, 200),
    reason: requiredText(problems, "input.reason", move.reason, 1000),
  };
}
