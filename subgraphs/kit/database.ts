import Database from "better-sqlite3";
import { type BetterSQLite3Database, drizzle } from "drizzle-orm/better-sqlite3";
import { migrate } from "drizzle-orm/better-sqlite3/migrator";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Counts the SQL statements run through drizzle, so tests and benchmarks can see N+1; with
 * `recording` on it also keeps each statement, so bench/explain.ts can ask SQLite for its plan.
 */
export class StatementCounter {
  count = 0;
  recording = false;
  readonly recorded: { sql: string; params: unknown[] }[] = [];
  reset(): void {
    this.count = 0;
    this.recorded.length = 0;
  }
}

export interface SubgraphDatabase<TSchema extends Record<string, unknown>> {
  db: BetterSQLite3Database<TSchema>;
  sqlite: Database.Database;
  statements: StatementCounter;
  close(): void;
}

export interface OpenDatabaseOptions<TSchema extends Record<string, unknown>> {
  /** A file path, or ":memory:" for tests. */
  file: string;
  schema: TSchema;
  migrationsFolder: string;
}

/**
 * Opens a subgraph's SQLite database with the pragmas every connection needs and applies the
 * drizzle-kit migrations. WAL lets readers run while one writer writes; `synchronous=NORMAL` is
 * durable across application crashes in WAL mode (a power cut may lose the last transactions, never
 * corrupt the file); foreign keys are off by default in SQLite, so they are switched on here.
 */
export function openDatabase<TSchema extends Record<string, unknown>>(
  options: OpenDatabaseOptions<TSchema>,
): SubgraphDatabase<TSchema> {
  if (options.file !== ":memory:") mkdirSync(dirname(options.file), { recursive: true });
  const sqlite = new Database(options.file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // Reads map the file instead of copying each page through read(): the large answers (a
  // scorecard over every care unit) fetch thousands of rows by id.
  sqlite.pragma("mmap_size = 268435456");
  const statements = new StatementCounter();
  const db = drizzle(sqlite, {
    schema: options.schema,
    logger: {
      logQuery: (sql, params) => {
        statements.count++;
        if (statements.recording) statements.recorded.push({ sql, params });
      },
    },
  });
  migrate(db, { migrationsFolder: options.migrationsFolder });
  statements.reset();
  return { db, sqlite, statements, close: () => sqlite.close() };
}
