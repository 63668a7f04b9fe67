/** Starting the whole system, or @apollo/gateway over it, in child processes for benchmarks. */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import net from "node:net";
import { issueToken } from "../gateway/auth.js";
import { childrenOf } from "./proc.js";
import { SUBGRAPHS } from "../subgraphs/registry.js";
import { envPrefix } from "../common/env.js";

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The secret the benchmark's system signs subgraph requests with; direct runs sign with it too. */
export const BENCH_SECRET = randomBytes(32).toString("base64url");

/** A bearer token for the system started with BENCH_SECRET: by default, a bench administrator's. */
export async function benchAuthorization(
  scopes: string[] = ["admin"],
  subject = "bench",
): Promise<string> {
  const token = await issueToken(
    { jwtSecret: BENCH_SECRET, issuer: "partnership-web", audience: "partnership-web-api" },
    { subject, scopes, expiresIn: "2h" },
  );
  return `Bearer ${token}`;
}

/**
 * What a benchmark's gateway is started with: its ports, the bench's secrets, and no per-client
 * rate limit (one load generator is one client).
 */
function gatewayEnv(port: number, metricsPort: number, cacheTtlMs: number): NodeJS.ProcessEnv {
  return {
    PORT: String(port),
    METRICS_PORT: String(metricsPort),
    RATE_LIMIT_PER_MINUTE: "0",
    SUBGRAPH_SECRET: BENCH_SECRET,
    AUTH_JWT_SECRET: BENCH_SECRET,
    RESPONSE_CACHE_TTL_MS: String(cacheTtlMs),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
  };
}

export interface RunningProcess {
  child: ChildProcess;
  stop(): Promise<void>;
}

async function startProcess(
  script: string,
  env: NodeJS.ProcessEnv,
  ready: string,
  prefix: string[],
): Promise<RunningProcess> {
  const command = [...prefix, process.execPath, "--import", "tsx", script];
  const child = spawn(command[0]!, command.slice(1), {
    env: { ...process.env, NODE_ENV: "production", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  for (let waited = 0; !output.includes(ready); waited += 100) {
    if (waited > 120_000 || child.exitCode !== null)
      throw new Error(`${script} did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // Once started, its log lines are read and dropped: kept, they would grow without end.
  for (const stream of [child.stdout!, child.stderr!]) {
    stream.removeAllListeners("data");
    stream.resume();
  }
  return {
    child,
    async stop() {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

export interface RunningSystem extends RunningProcess {
  gatewayUrl: string;
  subgraphUrls: Record<string, string>;
  /** The process id of the gateway and of each subgraph, by name (empty without /proc). */
  pids: Record<string, number>;
}

/**
 * scripts/start.ts in production mode on free ports, over the databases in `dataDir`, started
 * with `prefix` (its CPU placement), its response cache off.
 */
export async function startSystem(
  dataDir: string,
  options: { prefix?: string[] } = {},
): Promise<RunningSystem> {
  const gatewayPort = await freePort();
  const env: NodeJS.ProcessEnv = {
    DATA_DIR: dataDir,
    ...gatewayEnv(gatewayPort, await freePort(), 0),
  };
  const subgraphUrls: Record<string, string> = {};
  for (const definition of SUBGRAPHS) {
    const port = await freePort();
    env[definition.portVariable] = String(port);
    // Free metrics ports too, so that two systems (one per factor) can run side by side.
    env[`${envPrefix(definition.name)}_METRICS_PORT`] = String(await freePort());
    subgraphUrls[definition.name] = `http://127.0.0.1:${port}/graphql`;
  }
  const running = await startProcess(
    "scripts/start.ts",
    env,
    "Partnership Web is up",
    options.prefix ?? [],
  );
  const pids: Record<string, number> = {};
  for (const { pid, command } of childrenOf(running.child.pid!)) {
    const name = /gateway\/main\.ts/.test(command)
      ? "gateway"
      : /subgraphs\/main\.ts (\S+)/.exec(command)?.[1];
    if (name) pids[name] = pid;
  }
  return {
    ...running,
    gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
    subgraphUrls,
    pids,
  };
}

/**
 * A second gateway process over the subgraphs of a running system (as gateway/main.ts serves it
 * alone), with its response cache on for `cacheTtlMs`.
 */
export async function startCachedGateway(
  subgraphUrls: Record<string, string>,
  cacheTtlMs: number,
  prefix: string[] = [],
) {
  const port = await freePort();
  const metricsPort = await freePort();
  const env = gatewayEnv(port, metricsPort, cacheTtlMs);
  for (const definition of SUBGRAPHS)
    env[`${envPrefix(definition.name)}_URL`] = subgraphUrls[definition.name];
  const running = await startProcess("gateway/main.ts", env, "gateway is up", prefix);
  return {
    ...running,
    url: `http://127.0.0.1:${port}/graphql`,
    metricsUrl: `http://127.0.0.1:${metricsPort}/metrics`,
  };
}

/** Hive Gateway's runtime alone over a running system's subgraphs (bare-gateway.ts). */
export async function startBareGateway(
  subgraphUrls: Record<string, string>,
  prefix: string[] = [],
) {
  const port = await freePort();
  const env = {
    PORT: String(port),
    SUBGRAPH_URLS: JSON.stringify(subgraphUrls),
    SUBGRAPH_SECRET: BENCH_SECRET,
  };
  const running = await startProcess("bench/bare-gateway.ts", env, "bare gateway is up", prefix);
  return { ...running, url: `http://127.0.0.1:${port}/graphql` };
}

/** @apollo/gateway serving the same supergraph over the same subgraphs, for comparison. */
export async function startApolloGateway(
  subgraphUrls: Record<string, string>,
  prefix: string[] = [],
) {
  const port = await freePort();
  const running = await startProcess(
    "bench/apollo-gateway.ts",
    {
      APOLLO_GATEWAY_PORT: String(port),
      SUBGRAPH_URLS: JSON.stringify(subgraphUrls),
      SUBGRAPH_SECRET: BENCH_SECRET,
    },
    "apollo gateway up",
    prefix,
  );
  return { ...running, url: `http://127.0.0.1:${port}/graphql` };
}
