/**
 * SIGTERM during load: the whole system (scripts/start.ts, production mode, SQLite files) finishes
 * the requests it has accepted, then exits 0. Clients may be refused once it stops listening, but
 * no accepted request is dropped or answered with an error.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startSystemProcess } from "./system-process.js";

const dir = mkdtempSync(join(tmpdir(), "shutdown-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const QUERY = JSON.stringify({
  query: `{ partner(id: "eput") { name pathways { name } } careUnits { livedExperienceRoleCounts { total } } }`,
});

describe("graceful shutdown", () => {
  it("answers every accepted request during SIGTERM, then exits 0", async () => {
    const system = await startSystemProcess(dir);
    const { child, exited, url } = system;
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
    // Signal once the system is busy serving (at least 21 answers), however slow the machine.
    for (let waited = 0; outcomes.answered <= 20 && waited < 15_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const beforeSignal = outcomes.answered;
    stopping = true;
    child.kill("SIGTERM");
    const code = await exited;
    await Promise.all(clients);

    expect(beforeSignal).toBeGreaterThan(20);
    expect(outcomes.failed).toEqual([]);
    expect(code, system.output()).toBe(0);
    expect(system.output()).toMatch(/SIGTERM: finishing in-flight requests/);
    expect(system.output()).toMatch(/Stopped\./);
  });
});
