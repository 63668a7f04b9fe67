/**
 * The whole system as real OS processes, for the tests that need them: scripts/start.ts (or the
 * built dist/scripts/start.js) in production on free ports over SQLite files in a folder.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { freePort } from "../bench/system.js";

export const TEST_SUBGRAPH_SECRET = "a-test-secret-that-is-at-least-32-characters-long";
export const TEST_TOKEN_SECRET = "a-test-token-secret-that-is-at-least-32-characters";
const SUBGRAPHS = ["PARTNERS", "PATHWAYS", "LIVED_EXPERIENCE", "WORKFORCE"];

export interface SystemProcess {
  child: ChildProcess;
  /** Everything the supervisor and its services have printed so far. */
  output(): string;
  /** The gateway's GraphQL URL. */
  url: string;
  /** The ports: gateway, then each subgraph; `metrics` the same order. */
  ports: number[];
  metricsPorts: number[];
  exited: Promise<number | null>;
}

/** Starts the system from `entry` and waits until it says it is up. */
export async function startSystemProcess(
  dataDir: string,
  args: string[] = ["--import", "tsx", "scripts/start.ts"],
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<SystemProcess> {
  const ports = await Promise.all(Array.from({ length: 5 }, freePort));
  const metricsPorts = await Promise.all(Array.from({ length: 5 }, freePort));
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATA_DIR: dataDir,
      PORT: String(ports[0]),
      METRICS_PORT: String(metricsPorts[0]),
      ...Object.fromEntries(SUBGRAPHS.map((n, i) => [`${n}_PORT`, String(ports[i + 1])])),
      ...Object.fromEntries(
        SUBGRAPHS.map((n, i) => [`${n}_METRICS_PORT`, String(metricsPorts[i + 1])]),
      ),
      RATE_LIMIT_PER_MINUTE: "0",
      // These tests follow each request to the subgraphs; the cache has tests of its own.
      RESPONSE_CACHE_TTL_MS: "0",
      SUBGRAPH_SECRET: TEST_SUBGRAPH_SECRET,
      AUTH_JWT_SECRET: TEST_TOKEN_SECRET,
      PUBLIC_URL: `http://127.0.0.1:${ports[0]}`,
      ...extraEnv,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  for (let waited = 0; !output.includes("Partnership Web is up"); waited += 100) {
    if (waited > 90_000) throw new Error(`did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    child,
    output: () => output,
    url: `http://127.0.0.1:${ports[0]}/graphql`,
    ports,
    metricsPorts,
    exited,
  };
}
