/**
 * Starts the whole system on its embedded default: every subgraph on its SQLite file under
 * data/ (created, migrated and seeded when missing), then the gateway. Ctrl-C or SIGTERM stops
 * everything cleanly, letting in-flight requests finish first.
 */
import { startSubgraphServer, type RunningSubgraph } from "../subgraphs/kit/server.js";
import { SUBGRAPHS } from "../subgraphs/registry.js";
import { gatewayConfigFromEnv, subgraphPort } from "../gateway/config.js";
import { startGateway } from "../gateway/serve.js";

const dataDir = process.env.DATA_DIR ?? "data";
const config = (() => {
  try {
    return gatewayConfigFromEnv();
  } catch (error) {
    console.error(`Could not start: ${(error as Error).message}`);
    process.exit(1);
  }
})();
const closers: (() => Promise<void> | void)[] = [];

async function main(): Promise<void> {
  const running: RunningSubgraph[] = [];
  for (const definition of SUBGRAPHS) {
    const subgraph = definition.create({ databaseFile: `${dataDir}/${definition.name}.sqlite` });
    const server = await startSubgraphServer({
      name: definition.name,
      schema: subgraph.schema,
      createContext: subgraph.createContext,
      port: subgraphPort(process.env, definition.portVariable, definition.defaultPort),
      host: config.host,
      production: config.production,
      signingSecret: config.subgraphSecret,
      sqlite: subgraph.database.sqlite,
    });
    running.push(server);
    closers.unshift(() => subgraph.database.close());
    closers.unshift(() => server.stop());
  }
  const gateway = await startGateway(config);
  closers.unshift(() => gateway.stop());
  const shown = config.host === "127.0.0.1" ? "localhost" : config.host;
  console.log(`Partnership Web is up (${config.production ? "production" : "development"}).`);
  console.log(
    `  ${"gateway".padEnd(16)} http://${shown}:${gateway.port}/graphql${config.production ? "" : `  (Apollo Sandbox: http://${shown}:${gateway.port}/)`}`,
  );
  for (const s of running) console.log(`  ${s.name.padEnd(16)} http://${shown}:${s.port}/graphql`);
}

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: finishing in-flight requests and stopping...`);
  for (const close of closers) await close();
  console.log("Stopped.");
  process.exit(0);
}

process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));

main().catch(async (error: unknown) => {
  console.error("Could not start:", error instanceof Error ? error.message : error);
  for (const close of closers) await close();
  process.exit(1);
});
