/**
 * Serves the gateway alone, as its own service: it knows the subgraphs only by the committed
 * supergraph and the environment (`<NAME>_URL` or `<NAME>_PORT`). SIGTERM or SIGINT stops it
 * taking requests, lets in-flight ones finish, then exits.
 */
import { gatewayConfigFromEnv } from "./config.js";
import { startGateway } from "./serve.js";
import { stopOnSignals } from "../common/signals.js";
import { startTracing } from "../common/tracing.js";

async function main(): Promise<void> {
  const config = gatewayConfigFromEnv();
  const tracing = config.tracing ? await startTracing("gateway") : null;
  const gateway = await startGateway(config);
  console.log(`gateway is up at ${gateway.url} (pid ${process.pid})`);
  stopOnSignals(async () => {
    await gateway.stop();
    await tracing?.stop();
  });
}

main().catch((error: unknown) => {
  console.error("Could not start the gateway:", error instanceof Error ? error.message : error);
  process.exit(1);
});
