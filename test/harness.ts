/**
 * Starts every subgraph (in-memory SQLite, seeded) and the gateway in this process on port 0,
 * and gives tests a way to query over HTTP and to count the SQL statements a request ran.
 */
import { startSubgraphServer, type RunningSubgraph } from "../subgraphs/kit/server.js";
import { signPost } from "../common/signing.js";
import { Owners } from "../subgraphs/kit/owners.js";
import { issueToken } from "../gateway/auth.js";
import type { SubgraphDatabase } from "../subgraphs/kit/database.js";
import { SUBGRAPHS } from "../subgraphs/registry.js";
import { gatewayConfigFromEnv, type GatewayConfig } from "../gateway/config.js";
import { startGateway, type RunningGateway } from "../gateway/serve.js";

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface Harness {
  gateway: RunningGateway;
  subgraphs: Record<string, RunningSubgraph>;
  databases: Record<string, SubgraphDatabase<Record<string, unknown>>>;
  /**
   * Sends a GraphQL request. Through the gateway it carries an administrator's token unless
   * `as` names other scopes (`as: null` for an anonymous caller); straight to a subgraph it is
   * signed as the gateway would sign it for that caller.
   */
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    url?: string,
    as?: readonly string[] | null,
  ): Promise<GraphQLResponse<T>>;
  /** The gateway's address without a path: its REST interfaces and pages are under it. */
  origin: string;
  /** A bearer token the gateway accepts, for a caller with these scopes. */
  token(scopes: readonly string[], subject?: string): Promise<string>;
  /** Runs `fn` and returns how many SQL statements each subgraph ran meanwhile. */
  countStatements(fn: () => Promise<unknown>): Promise<Record<string, number>>;
  stop(): Promise<void>;
}

const SECRET = gatewayConfigFromEnv({}).subgraphSecret;

export async function startHarness(overrides: Partial<GatewayConfig> = {}): Promise<Harness> {
  const subgraphs: Record<string, RunningSubgraph> = {};
  const databases: Harness["databases"] = {};
  for (const definition of SUBGRAPHS) {
    const subgraph = definition.create({
      databaseFile: ":memory:",
      // Each subgraph checks references with its owner, found here once that has started.
      owners: new Owners({
        self: definition.name,
        secret: SECRET,
        urlOf: (owner) => subgraphs[owner]?.url,
      }),
    });
    databases[definition.name] = subgraph.database;
    subgraphs[definition.name] = await startSubgraphServer({
      name: definition.name,
      schema: subgraph.schema,
      createContext: subgraph.createContext,
      port: 0,
      production: overrides.production ?? false,
      signingSecret: SECRET,
      sqlite: subgraph.database.sqlite,
    });
  }
  const gateway = await startGateway({
    ...gatewayConfigFromEnv({}),
    metrics: null,
    port: 0,
    // Tests send thousands of requests from one address; rate limiting has its own test.
    rateLimitPerMinute: 0,
    // Tests change the databases by hand, around the gateway: a test of the cache turns it on.
    responseCacheTtlMs: 0,
    subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url])),
    ...overrides,
  });
  // Straight to a subgraph, a request is signed as the gateway would sign it.
  const subgraphNames = new Map(Object.values(subgraphs).map((s) => [s.url, s.name]));
  const config = gatewayConfigFromEnv({});
  const query: Harness["query"] = async (q, variables, url = gateway.url, as = ["admin"]) => {
    const body = JSON.stringify({ query: q, variables });
    const caller = { subject: as ? "test-user" : null, client: null, scopes: as ?? [] };
    const audience = subgraphNames.get(url);
    const credentials = audience
      ? signPost(SECRET, audience, body, caller)
      : as
        ? {
            authorization: `Bearer ${await issueToken(config.auth, { subject: "test-user", scopes: as })}`,
          }
        : {};
    const response = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...credentials },
      body,
    });
    const answer = (await response.json()) as Omit<GraphQLResponse, "status">;
    return { status: response.status, ...answer } as GraphQLResponse<never>;
  };
  return {
    gateway,
    subgraphs,
    databases,
    query,
    origin: gateway.url.replace(/\/graphql$/, ""),
    token: (scopes, subject = "test-user") =>
      issueToken(config.auth, { subject, scopes: [...scopes] }),
    async countStatements(fn) {
      for (const db of Object.values(databases)) db.statements.reset();
      await fn();
      return Object.fromEntries(
        Object.entries(databases).map(([name, db]) => [name, db.statements.count]),
      );
    },
    async stop() {
      await gateway.stop();
      for (const s of Object.values(subgraphs)) await s.stop();
      for (const db of Object.values(databases)) db.close();
    },
  };
}

/** A snapshot of every row of the given tables, to prove a failed mutation changed nothing. */
export function snapshot(db: SubgraphDatabase<Record<string, unknown>>, tables: string[]): string {
  return JSON.stringify(
    tables.map((table) => db.sqlite.prepare(`SELECT * FROM ${table} ORDER BY 1`).all()),
  );
}
