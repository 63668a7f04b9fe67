/**
 * Serves one subgraph alone, as its own service: `npm run start:subgraph -- partners`.
 * Its port is `<NAME>_PORT` (default 4001+), its database `$DATA_DIR/<name>.sqlite` (created,
 * migrated and seeded when missing), its Prometheus metrics on `<NAME>_METRICS_PORT` (default
 * 9401+) at `METRICS_HOST` (default loopback), its spans by OTLP to `OTEL_EXPORTER_OTLP_ENDPOINT`
 * when that is set. It checks references to other subgraphs' entities with their owners, found at
 * `<OWNER>_URL` or `<OWNER>_PORT` as the gateway finds them. SIGTERM or SIGINT lets in-flight
 * requests finish first. Only this subgraph's code is loaded, so a restart is quick.
 */
import { envPrefix, wholeNumber } from "../common/env.js";
import { signingSecretFromEnv } from "../common/signing.js";
import { stopOnSignals } from "../common/signals.js";
import { startTracing } from "../common/tracing.js";
import { startSubgraphServer } from "./kit/server.js";
import { ownersFromEnv, type ServiceName, SERVICES } from "./services.js";
import type { SubgraphOptions } from "./kit/context.js";
import type { SubgraphDefinition } from "./registry.js";

/** How each subgraph is made, loaded only for the one this process serves. */
const MAKERS: Record<ServiceName, () => Promise<(options: SubgraphOptions) => Made>> = {
  partners: async () => (await import("./partners/index.js")).createPartnersSubgraph,
  pathways: async () => (await import("./pathways/index.js")).createPathwaysSubgraph,
  "lived-experience": async () =>
    (await import("./lived-experience/index.js")).createLivedExperienceSubgraph,
  workforce: async () => (await import("./workforce/index.js")).createWorkforceSubgraph,
};
type Made = ReturnType<SubgraphDefinition["create"]>;

const name = process.argv[2];
const definition = name && name in SERVICES ? SERVICES[name as ServiceName] : undefined;
if (!definition) {
  console.error(
    `Usage: npm run start:subgraph -- <${Object.keys(SERVICES).join("|")}> (got "${name ?? ""}")`,
  );
  process.exit(2);
}

async function main(): Promise<void> {
  const env = process.env;
  const host = env.HOST ?? "127.0.0.1";
  const tracing = await startTracing(definition!.name);
  const signingSecret = signingSecretFromEnv(env);
  const owners = ownersFromEnv(definition!.name, env);
  const create = await MAKERS[definition!.name]();
  const subgraph = create({
    databaseFile: `${env.DATA_DIR ?? "data"}/${definition!.name}.sqlite`,
    owners,
  });
  const server = await startSubgraphServer({
    name: definition!.name,
    schema: subgraph.schema,
    createContext: subgraph.createContext,
    port: wholeNumber(env, `${envPrefix(definition!.name)}_PORT`, definition!.defaultPort),
    host,
    production: env.NODE_ENV === "production",
    signingSecret,
    sqlite: subgraph.database.sqlite,
    metrics: {
      port: wholeNumber(
        env,
        `${envPrefix(definition!.name)}_METRICS_PORT`,
        definition!.defaultPort + 5400,
      ),
      host: env.METRICS_HOST ?? "127.0.0.1",
    },
  });
  console.log(
    `${definition!.name} is up at ${server.url}, metrics at ${server.metricsUrl} (pid ${process.pid})`,
  );
  stopOnSignals(async () => {
    await server.stop();
    subgraph.database.close();
    await tracing?.stop();
  });
}

main().catch((error: unknown) => {
  console.error(`Could not start ${name}:`, error instanceof Error ? error.message : error);
  process.exit(1);
});
