/**
 * Production runs compiled JavaScript: `npm run build` makes dist/, and `node dist/scripts/start.js`
 * supervises every part from dist/, with no TypeScript loader in any process.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startSystemProcess } from "./system-process.js";

const dir = mkdtempSync(join(tmpdir(), "build-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("the production build", () => {
  it("builds dist/ and serves the whole system from compiled JavaScript", async () => {
    execFileSync("npm", ["run", "build"], { stdio: "pipe" });
    const system = await startSystemProcess(dir, ["dist/scripts/start.js"], { LOG_LEVEL: "warn" });
    try {
      const response = await fetch(system.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ partner(id: "eput") { name } }` }),
      });
      expect(await response.json()).toEqual({
        data: { partner: { name: "Essex Partnership University NHS Foundation Trust" } },
      });
      // The standards' interfaces run from dist/ too, with the supergraph's taxonomy beside them.
      const eput = await fetch(
        system.url.replace(/\/graphql$/, "/fhir/Organization?identifier=R1L"),
      );
      expect(((await eput.json()) as { total: number }).total).toBe(1);
      const dashboard = await fetch(system.url.replace(/\/graphql$/, "/dashboard"));
      expect(dashboard.status).toBe(200);
      const pids = [...system.output().matchAll(/\[supervisor\] \S+ started \(pid (\d+)\)/g)].map(
        (m) => m[1],
      );
      expect(pids).toHaveLength(5);
      for (const pid of pids) {
        const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
        expect(command).toMatch(/dist\/(subgraphs|gateway)\/main\.js/);
        expect(command).not.toMatch(/tsx/);
      }
    } finally {
      system.child.kill("SIGTERM");
      expect(await system.exited).toBe(0);
    }
  }, 120_000);
});
