import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface ServiceSpec {
  name: string;
  /** The entry (e.g. `subgraphs/main`, no extension) and its arguments. */
  entry: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  /** Where the service says it is up. */
  healthUrl: string;
}

interface Running {
  spec: ServiceSpec;
  child: ChildProcess;
  startedAt: number;
  restarts: number;
}

/**
 * How Node runs an entry: compiled JavaScript beside this file when this is the build
 * (`npm run build`, then `node dist/scripts/start.js`: production), else TypeScript through tsx.
 */
function entryArgs(entry: string): string[] {
  const compiled = import.meta.url.endsWith(".js");
  const file = fileURLToPath(new URL(`../${entry}.${compiled ? "js" : "ts"}`, import.meta.url));
  return compiled ? [file] : ["--import", "tsx", file];
}

/** Restart backoff: 100 ms, doubling to 8 s; a service up for 30 s starts again from 100 ms. */
const FIRST_BACKOFF_MS = 100;
const MAX_BACKOFF_MS = 8_000;
const STABLE_MS = 30_000;

/**
 * Runs each service as its own OS process and keeps it running: a process that exits without
 * being asked is started again with backoff, and the restart is logged. Stopping sends SIGTERM
 * (in-flight requests finish), then SIGKILL after a grace period.
 */
export class Supervisor {
  private readonly services = new Map<string, Running>();
  private stopping = false;

  constructor(private readonly log: (line: string) => void = console.log) {}

  /** Starts a service and waits until its health URL answers. */
  async start(spec: ServiceSpec, timeoutMs = 60_000): Promise<void> {
    this.launch(spec, 0);
    await waitForHealth(spec.healthUrl, timeoutMs);
  }

  pid(name: string): number | undefined {
    return this.services.get(name)?.child.pid;
  }

  private launch(spec: ServiceSpec, restarts: number): void {
    const child = spawn(process.execPath, [...entryArgs(spec.entry), ...spec.args], {
      env: spec.env,
      stdio: ["ignore", "inherit", "inherit"],
      // Its own process group: a Ctrl-C reaches the supervisor alone, which stops the gateway
      // before the subgraphs it still needs for requests in flight.
      detached: true,
    });
    const running: Running = { spec, child, startedAt: Date.now(), restarts };
    this.services.set(spec.name, running);
    this.log(`[supervisor] ${spec.name} started (pid ${child.pid})`);
    child.on("exit", (code, signal) => {
      if (this.stopping || this.services.get(spec.name) !== running) return;
      const stable = Date.now() - running.startedAt > STABLE_MS;
      const attempt = stable ? 0 : running.restarts;
      const wait = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** attempt);
      this.log(
        `[supervisor] ${spec.name} exited (${signal ?? `code ${code}`}); restarting in ${wait} ms (restart ${attempt + 1})`,
      );
      setTimeout(() => {
        if (!this.stopping) this.launch(spec, attempt + 1);
      }, wait);
    });
  }

  /** Stops the named services (all, if none are named) and waits for them to exit. */
  async stop(names: string[] = [...this.services.keys()], graceMs = 20_000): Promise<void> {
    this.stopping = true;
    await Promise.all(
      names.map((name) => {
        const running = this.services.get(name);
        if (!running || running.child.exitCode !== null || running.child.signalCode !== null)
          return Promise.resolve();
        return new Promise<void>((resolve) => {
          const kill = setTimeout(() => running.child.kill("SIGKILL"), graceMs);
          running.child.once("exit", () => {
            clearTimeout(kill);
            resolve();
          });
          running.child.kill("SIGTERM");
        });
      }),
    );
  }
}

/** Polls a health URL until it answers 200. */
export async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
