import type Database from "better-sqlite3";
import { Counter, Histogram, Registry, collectDefaultMetrics } from "prom-client";

/** A subgraph's Prometheus metrics (prom-client): requests, GraphQL errors and SQL time. */
export class SubgraphMetrics {
  readonly registry = new Registry();
  readonly requests: Counter<"status">;
  readonly requestSeconds: Histogram;
  readonly errors: Counter<"code">;
  readonly sqlSeconds: Histogram;

  constructor(subgraph: string) {
    this.registry.setDefaultLabels({ subgraph });
    collectDefaultMetrics({ register: this.registry });
    const registers = [this.registry];
    this.requests = new Counter({
      name: "subgraph_http_requests_total",
      help: "HTTP requests the subgraph answered, by status",
      labelNames: ["status"],
      registers,
    });
    this.requestSeconds = new Histogram({
      name: "subgraph_http_request_duration_seconds",
      help: "Time to answer an HTTP request",
      registers,
    });
    this.errors = new Counter({
      name: "subgraph_graphql_errors_total",
      help: "GraphQL errors in the subgraph's answers, by code",
      labelNames: ["code"],
      registers,
    });
    this.sqlSeconds = new Histogram({
      name: "subgraph_sql_statement_duration_seconds",
      help: "Time SQLite spent on each statement",
      buckets: [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1],
      registers,
    });
  }
}

const TIMED = new Set(["all", "get", "run", "iterate"]);
const CHAINED = new Set(["raw", "pluck", "expand", "safeIntegers", "bind"]);

/** One statement's run: its SQL (placeholders, never values) and `performance.now()` times. */
export interface StatementRun {
  sql: string;
  startedAt: number;
  endedAt: number;
}

/** Times every statement run on a connection (drizzle prepares through `sqlite.prepare`). */
export function timeStatements(sqlite: Database.Database, observe: (run: StatementRun) => void) {
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const statement = prepare(source);
    const proxy: typeof statement = new Proxy(statement, {
      get(target, property) {
        const value = Reflect.get(target, property, target) as unknown;
        if (typeof value !== "function") return value;
        const method = value as (...args: unknown[]) => unknown;
        if (TIMED.has(String(property))) {
          return (...args: unknown[]) => {
            const started = performance.now();
            try {
              return method.apply(target, args);
            } finally {
              observe({ sql: source, startedAt: started, endedAt: performance.now() });
            }
          };
        }
        if (CHAINED.has(String(property))) {
          return (...args: unknown[]) => {
            method.apply(target, args);
            return proxy;
          };
        }
        return method.bind(target);
      },
    });
    return proxy;
  }) as typeof sqlite.prepare;
}
