/**
 * Production runs compiled JavaScript: `npm run build` makes dist/, and `node dist/scripts/start.js`
 * supervises every part from dist/, with no TypeScript loader in any process.
 */
import { execFileSync, spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "build-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe("the production build", () => {
  it("builds dist/ and serves the whole system from compiled JavaScript", async () => {
    execFileSync("npm", ["run", "build"], { stdio: "pipe" });
    const ports = await Promise.all(Array.from({ length: 10 }, freePort));
    const names = ["PARTNERS", "PATHWAYS", "LIVED_EXPERIENCE", "WORKFORCE"];
    const child = spawn(process.execPath, ["dist/scripts/start.js"], {
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATA_DIR: dir,
        LOG_LEVEL: "warn",
        PORT: String(ports[0]),
        METRICS_PORT: String(ports[1]),
        ...Object.fromEntries(names.map((n, i) => [`${n}_PORT`, String(ports[2 + i])])),
        ...Object.fromEntries(names.map((n, i) => [`${n}_METRICS_PORT`, String(ports[6 + i])])),
        SUBGRAPH_SECRET: "a-test-secret-that-is-at-least-32-characters-long",
        AUTH_JWT_SECRET: "a-test-token-secret-that-is-at-least-32-characters",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    try {
      for (let waited = 0; !output.includes("Partnership Web is up"); waited += 100) {
        if (waited > 60_000) throw new Error(`did not start:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const response = await fetch(`http://127.0.0.1:${ports[0]}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query: `{ partner(id: "eput") { name } }` }),
      });
      expect(await response.json()).toEqual({
        data: { partner: { name: "Essex Partnership University NHS Foundation Trust" } },
      });
      const pids = [...output.matchAll(/\[supervisor\] \S+ started \(pid (\d+)\)/g)].map(
        (m) => m[1],
      );
      expect(pids).toHaveLength(5);
      for (const pid of pids) {
        const command = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
        expect(command).toMatch(/dist\/(subgraphs|gateway)\/main\.js/);
        expect(command).not.toMatch(/tsx/);
      }
    } finally {
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
    }
  }, 120_000);
});
