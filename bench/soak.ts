/**
 * `npm run soak [-- --minutes 3 --connections 10]`: sustained load on every benchmark operation
 * against the whole system, placed as in the benchmark, its memory (the resident sets of the
 * supervisor, the gateway and every subgraph, from /proc) sampled every 5 seconds. Reports
 * whether memory stays flat: the last third of the samples against the second third (the first
 * third is warm-up).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scale } from "../scripts/seed-scale.js";
import { load } from "./load.js";
import { operations } from "./operations.js";
import { place } from "./placement.js";
import { residentMb } from "./proc.js";
import { benchAuthorization, startSystem } from "./system.js";
import { option } from "./options.js";

const minutes = Number(option("minutes", "3"));
const connections = Number(option("connections", "10"));

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

const dataDir = mkdtempSync(join(tmpdir(), "soak-"));
scale(dataDir, 1);
const placement = place();
const system = await startSystem(dataDir, { prefix: placement.prefix });
const samples: { seconds: number; mb: number }[] = [];
const started = Date.now();
const sampler = setInterval(() => {
  samples.push({
    seconds: Math.round((Date.now() - started) / 1000),
    mb: residentMb(system.child.pid!),
  });
  const last = samples.at(-1)!;
  process.stderr.write(`  ${String(last.seconds).padStart(4)} s  ${last.mb} MB\n`);
}, 5000);
try {
  const result = await load(
    system.gatewayUrl,
    operations().map((op) => op.body),
    { seconds: minutes * 60, connections, authorization: await benchAuthorization() },
  );
  clearInterval(sampler);
  const third = Math.floor(samples.length / 3);
  const middle = mean(samples.slice(third, 2 * third).map((s) => s.mb));
  const end = mean(samples.slice(2 * third).map((s) => s.mb));
  const growth = (end - middle) / middle;
  console.log(
    `\nSoak: ${minutes} min, ${result.requests} requests at ${result.rps} req/s, p99 ${result.p99} ms, ${result.errors} errors.`,
  );
  console.log(`Resident memory: ${samples.map((s) => s.mb).join(" ")} MB`);
  // Flat: no growth beyond 10% once warm. V8 lets the heap grow under load and gives it back
  // at a major collection, so a fall is not a leak.
  console.log(
    `Middle third ${Math.round(middle)} MB, last third ${Math.round(end)} MB: ${(growth * 100).toFixed(1)}% — ${growth < 0.1 ? "flat (no growth)" : "GROWING"}.`,
  );
} finally {
  clearInterval(sampler);
  await system.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
