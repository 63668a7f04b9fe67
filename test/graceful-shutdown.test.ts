/**
 * SIGTERM during load: the whole system (scripts/start.ts, production mode, SQLite files) finishes
 * the requests it has accepted, then exits 0. Clients may be refused once it stops listening, but
 * no accepted request is dropped or answered with an error.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "shutdown-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const QUERY = JSON.stringify({
  query: `{ partner(id: "eput") { name pathways { name } } careUnits { livedExperienceRoleCounts { total } } }`,
});

describe("graceful shutdown", () => {
  it("answers every accepted request during SIGTERM, then exits 0", async () => {
    const ports = await Promise.all(Array.from({ length: 10 }, freePort));
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATA_DIR: dir,
        PORT: String(ports[0]),
        PARTNERS_PORT: String(ports[1]),
        PATHWAYS_PORT: String(ports[2]),
        LIVED_EXPERIENCE_PORT: String(ports[3]),
        WORKFORCE_PORT: String(ports[4]),
        METRICS_PORT: String(ports[5]),
        PARTNERS_METRICS_PORT: String(ports[6]),
        PATHWAYS_METRICS_PORT: String(ports[7]),
        LIVED_EXPERIENCE_METRICS_PORT: String(ports[8]),
        WORKFORCE_METRICS_PORT: String(ports[9]),
        RATE_LIMIT_PER_MINUTE: "0",
        SUBGRAPH_SECRET: "a-test-secret-that-is-at-least-32-characters-long",
        AUTH_JWT_SECRET: "a-test-token-secret-that-is-at-least-32-characters",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    for (let waited = 0; !output.includes("Partnership Web is up"); waited += 100) {
      if (waited > 60_000) throw new Error(`did not start:\n${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const url = `http://127.0.0.1:${ports[0]}/graphql`;
    let stopping = false;
    const outcomes = { answered: 0, refused: 0, failed: [] as string[] };
    const client = async () => {
      while (!stopping || outcomes.refused === 0) {
        try {
          const response = await fetch(url, {
            method: "POST",
            headers: { "content-type": "application/json", connection: "close" },
            body: QUERY,
          });
          const body = (await response.json()) as {
            data?: { partner?: { name?: string } };
            errors?: unknown;
          };
          if (response.status === 200 && body.data?.partner?.name && !body.errors)
            outcomes.answered++;
          else outcomes.failed.push(`${response.status} ${JSON.stringify(body).slice(0, 200)}`);
        } catch (error) {
          // Refused once the port closed: the server never accepted these.
          const cause = (error as { cause?: { code?: string } }).cause?.code;
          if (cause === "ECONNREFUSED" || cause === "ECONNRESET") outcomes.refused++;
          else outcomes.failed.push(String(error));
          if (stopping) return;
        }
      }
    };
    const clients = Array.from({ length: 8 }, client);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const beforeSignal = outcomes.answered;
    stopping = true;
    child.kill("SIGTERM");
    const code = await exited;
    await Promise.all(clients);

    expect(beforeSignal).toBeGreaterThan(20);
    expect(outcomes.failed).toEqual([]);
    expect(code, output).toBe(0);
    expect(output).toMatch(/SIGTERM: finishing in-flight requests/);
    expect(output).toMatch(/Stopped\./);
  });
});
