import { type SQL, eq } from "drizzle-orm";
import type { BetterSQLite3Database } from "drizzle-orm/better-sqlite3";
import { type SQLiteColumn, type SQLiteTable, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Small key/value facts about a database itself, e.g. which seed version it holds. */
export function metaTable() {
  return sqliteTable("meta", {
    key: text("key").primaryKey(),
    value: text("value").notNull(),
  });
}

type Transaction<TSchema extends Record<string, unknown>> = Parameters<
  Parameters<BetterSQLite3Database<TSchema>["transaction"]>[0]
>[0];

/**
 * Loads a subgraph's seed data in one transaction the first time its database is opened, and
 * records the seed version; opening it again loads nothing. A later addition to the seed has a
 * `key` of its own, so a database seeded before it gets just that addition when next opened.
 */
export function seedOnce<TSchema extends Record<string, unknown>>(
  db: BetterSQLite3Database<TSchema>,
  meta: ReturnType<typeof metaTable>,
  version: string,
  load: (tx: Transaction<TSchema>) => void,
  key = "seed_version",
): { seeded: boolean } {
  if (db.select().from(meta).where(eq(meta.key, key)).get()) return { seeded: false };
  db.transaction((tx) => {
    load(tx);
    tx.insert(meta).values({ key, value: version }).run();
  });
  return { seeded: true };
}

interface CitedRecord {
  sourceDocument: string | null;
  sourceSection: string | null;
  sourceQuote?: string | null;
  sourceNote: string | null;
}

/**
 * Gives seeded records their seed's citation again (document, section, quote and note), for a
 * seed step that corrects citations in a database seeded before. No mutation edits a seeded
 * record's citation, so nothing an editor wrote is undone.
 */
export function recite<T extends SQLiteTable>(
  tx: { update(table: T): { set(values: object): { where(w: SQL): { run(): unknown } } } },
  table: T,
  key: SQLiteColumn,
  records: readonly (CitedRecord & { id: string })[],
): void {
  for (const { id, sourceDocument, sourceSection, sourceQuote, sourceNote } of records) {
    tx.update(table)
      .set({ sourceDocument, sourceSection, sourceQuote: sourceQuote ?? null, sourceNote })
      .where(eq(key, id))
      .run();
  }
}
