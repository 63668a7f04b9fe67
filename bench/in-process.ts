/**
 * Every subgraph and a gateway in this process, over the databases in `dataDir`, so a benchmark
 * can see the SQL each subgraph runs for one request.
 */
import { issueToken } from "../gateway/auth.js";
import { gatewayConfigFromEnv } from "../gateway/config.js";
import { startGateway } from "../gateway/serve.js";
import type { SubgraphDatabase } from "../subgraphs/kit/database.js";
import { type RunningSubgraph, startSubgraphServer } from "../subgraphs/kit/server.js";
import { SUBGRAPHS } from "../subgraphs/registry.js";

interface InProcessSubgraph {
  name: string;
  database: SubgraphDatabase<Record<string, unknown>>;
  server: RunningSubgraph;
}

/** Dashboards are internal callers: the benchmark asks as an administrator. */
async function adminToken(): Promise<string> {
  const token = await issueToken(gatewayConfigFromEnv({}).auth, {
    subject: "bench",
    scopes: ["admin"],
  });
  return `Bearer ${token}`;
}

export async function startInProcess(dataDir: string, options: { record?: boolean } = {}) {
  const authorization = await adminToken();
  const subgraphs: InProcessSubgraph[] = [];
  for (const definition of SUBGRAPHS) {
    const subgraph = definition.create({ databaseFile: `${dataDir}/${definition.name}.sqlite` });
    subgraph.database.statements.recording = options.record ?? false;
    const server = await startSubgraphServer({
      name: definition.name,
      schema: subgraph.schema,
      createContext: subgraph.createContext,
      port: 0,
      production: true,
      signingSecret: gatewayConfigFromEnv({}).subgraphSecret,
      sqlite: subgraph.database.sqlite,
    });
    subgraphs.push({ name: definition.name, database: subgraph.database, server });
  }
  const gateway = await startGateway({
    ...gatewayConfigFromEnv({}),
    metrics: null,
    port: 0,
    production: true,
    rateLimitPerMinute: 0,
    // Each request is to reach the subgraphs: statements are counted there.
    responseCacheTtlMs: 0,
    subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.server.url])),
  });
  return {
    gateway,
    subgraphs,
    /** Sends one operation's body to the gateway and returns the parsed answer. */
    async send(body: string): Promise<{ errors?: { message: string }[] }> {
      const response = await fetch(gateway.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization },
        body,
      });
      return (await response.json()) as { errors?: { message: string }[] };
    },
    async stop() {
      await gateway.stop();
      for (const s of subgraphs) {
        await s.server.stop();
        s.database.close();
      }
    },
  };
}
