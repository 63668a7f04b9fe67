import { sql } from "drizzle-orm";
import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/** Every mutation a subgraph received: who, what, when and the outcome. Append-only. */
export function auditTable() {
  return sqliteTable("audit_log", {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: text("at")
      .notNull()
      .default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
    subject: text("subject"),
    client: text("client"),
    operation: text("operation").notNull(),
    fields: text("fields").notNull(),
    entityIds: text("entity_ids").notNull(),
    summary: text("summary").notNull(),
    outcome: text("outcome").notNull(),
    /** The request id the gateway gave the request, to find its log lines. */
    requestId: text("request_id"),
  });
}
