/**
 * A writer killed with SIGKILL in the middle of imports and mutations leaves every database
 * passing PRAGMA integrity_check, each transaction fully present or fully absent, and every
 * acknowledged write present.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function killMidWrite(delayMs: number): Promise<{ dir: string; acks: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), "crash-"));
  dirs.push(dir);
  const child = spawn(process.execPath, ["--import", "tsx", "test/fixtures/crash-writer.ts", dir], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  const acks: string[] = [];
  let errors = "";
  child.stderr.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on("exit", (_, signal) => resolve(signal)),
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      acks.push(
        ...chunk
          .toString()
          .split("\n")
          .filter((line) => line.startsWith("ack ")),
      );
      if (acks.length >= 6) resolve();
    });
    child.on("exit", () => reject(new Error(`writer stopped early: ${errors}`)));
  });
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  child.kill("SIGKILL");
  expect(await exited).toBe("SIGKILL");
  return { dir, acks };
}

describe("crash safety", () => {
  it.each([0, 7, 23])(
    "survives SIGKILL %i ms after the sixth acknowledged write",
    async (delay) => {
      const { dir, acks } = await killMidWrite(delay);

      const workforce = new Database(join(dir, "workforce.sqlite"));
      expect(workforce.pragma("integrity_check", { simple: true })).toBe("ok");
      const batches = workforce
        .prepare(
          "SELECT id, inserted + updated AS changed FROM import_batches WHERE source LIKE 'crash-%'",
        )
        .all() as { id: number; changed: number }[];
      for (const batch of batches) {
        const rows = workforce
          .prepare("SELECT count(*) AS n FROM observations WHERE batch_id = ?")
          .get(batch.id) as { n: number };
        expect(rows.n, `batch ${batch.id} is whole`).toBe(batch.changed);
      }
      for (const ack of acks.filter((a) => a.startsWith("ack import "))) {
        const id = Number(ack.slice("ack import ".length));
        expect(
          batches.map((b) => b.id),
          ack,
        ).toContain(id);
      }
      workforce.close();

      const lived = new Database(join(dir, "lived-experience.sqlite"));
      expect(lived.pragma("integrity_check", { simple: true })).toBe("ok");
      const orphans = lived
        .prepare(
          "SELECT count(*) AS n FROM roles r WHERE NOT EXISTS (SELECT 1 FROM role_status_changes c WHERE c.role_id = r.id)",
        )
        .get() as { n: number };
      expect(orphans.n).toBe(0);
      for (const ack of acks.filter((a) => a.startsWith("ack post "))) {
        const id = ack.slice("ack post ".length);
        expect(lived.prepare("SELECT id FROM roles WHERE id = ?").get(id), ack).toBeDefined();
      }
      lived.close();
    },
  );
});
