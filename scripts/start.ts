/**
 * Starts the whole system on its embedded default, each part as its own OS process, supervised:
 * every subgraph on its SQLite file under data/ (created, migrated and seeded when missing), then
 * the gateway. A part that crashes is restarted with backoff. Ctrl-C or SIGTERM stops the gateway
 * first, then the subgraphs, each finishing its in-flight requests.
 */
import { envPrefix, wholeNumber } from "../common/env.js";
import { gatewayConfigFromEnv } from "../gateway/config.js";
import { SUBGRAPHS } from "../subgraphs/registry.js";
import { Supervisor } from "./supervisor.js";

const config = (() => {
  try {
    return gatewayConfigFromEnv();
  } catch (error) {
    console.error(`Could not start: ${(error as Error).message}`);
    process.exit(1);
  }
})();
const supervisor = new Supervisor();
const shown = config.host === "127.0.0.1" ? "localhost" : config.host;

async function main(): Promise<void> {
  const urls: [string, string][] = [];
  await Promise.all(
    SUBGRAPHS.map(async (definition) => {
      const port = wholeNumber(
        process.env,
        `${envPrefix(definition.name)}_PORT`,
        definition.defaultPort,
      );
      const base = `http://${config.host}:${port}`;
      urls.push([definition.name, `http://${shown}:${port}/graphql`]);
      await supervisor.start({
        name: definition.name,
        entry: "subgraphs/main",
        args: [definition.name],
        env: process.env,
        healthUrl: `${base}/healthcheck`,
      });
    }),
  );
  await supervisor.start({
    name: "gateway",
    entry: "gateway/main",
    args: [],
    env: process.env,
    healthUrl: `http://${config.host}:${config.port}/healthcheck`,
  });
  console.log(`Partnership Web is up (${config.production ? "production" : "development"}).`);
  console.log(
    `  ${"gateway".padEnd(16)} http://${shown}:${config.port}/graphql${config.production ? "" : `  (Apollo Sandbox: http://${shown}:${config.port}/)`}`,
  );
  for (const [name, url] of urls.sort()) console.log(`  ${name.padEnd(16)} ${url}`);
}

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: finishing in-flight requests and stopping...`);
  await supervisor.stop(["gateway"]);
  await supervisor.stop(SUBGRAPHS.map((s) => s.name));
  console.log("Stopped.");
  process.exit(0);
}

process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));

main().catch(async (error: unknown) => {
  console.error("Could not start:", error instanceof Error ? error.message : error);
  await supervisor.stop();
  process.exit(1);
});
