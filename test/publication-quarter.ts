/**
 * The special-category count is published only for the quarter just ended, from the history of
 * posts as it stood at that quarter's end. A test database is new today, so its history begins
 * after that quarter ended: these helpers make it as if the system had been live through the
 * quarter, by recording states in the history with earlier times (as only SQL by hand can).
 */
import type Database from "better-sqlite3";
import { periodContaining, previousPeriod } from "../subgraphs/kit/periods.js";
import type { Harness } from "./harness.js";

const today = () => new Date().toISOString().slice(0, 10);

/** The quarter a publication may be for today (e.g. 2026-Q3), and its first and last days. */
export function quarterJustEnded(): { key: string; start: string; end: string } {
  const { key, start, end } = previousPeriod(periodContaining("QUARTER", today()));
  return { key, start, end };
}

/** The quarter before the one just ended: never publishable. */
export function quarterBefore(): string {
  return previousPeriod(previousPeriod(periodContaining("QUARTER", today()))).key;
}

/**
 * Records every post as it stands now in the history, at `day` (noon, UTC; by default the middle
 * of the quarter just ended), and starts the history before that: from then on, the posts were
 * as they are now.
 */
export function recordPostsAsOf(sqlite: Database.Database, day?: string): void {
  const { start } = quarterJustEnded();
  const at = `${day ?? `${start.slice(0, 8)}15`}T12:00:00.000Z`;
  sqlite
    .prepare(
      "INSERT INTO role_states (role_id, recorded_at, status, kind, ld_or_autism) SELECT id, ?, status, kind, ld_or_autism FROM roles",
    )
    .run(at);
  sqlite.prepare("UPDATE meta SET value = min(value, ?) WHERE key = 'role_states_since'").run(at);
}

/**
 * Publishes the count for the quarter just ended as a publisher, from the posts as they stand now
 * (recorded in the history during that quarter). The publisher's answer: the receipt.
 */
export function publishQuarterJustEnded(h: Harness) {
  recordPostsAsOf(h.databases["lived-experience"]!.sqlite);
  return h.query<{ publishPeerSupportLdOrAutismCount: { period: string } }>(
    `mutation($p: String!) { publishPeerSupportLdOrAutismCount(period: $p) { period } }`,
    { p: quarterJustEnded().key },
    undefined,
    ["special-category:publish"],
  );
}
