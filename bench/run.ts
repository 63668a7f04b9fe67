/**
 * `npm run bench [-- --factors 1,10,100 --seconds 5 --connections 10 --rounds 1 --no-apollo --no-mixed --only a,b]`
 *
 * Starts the whole system in production mode (as `npm start` does, in child processes pinned
 * apart from the load generator: see placement.ts) on a fresh seeded dataset, scaled by each
 * factor, and drives every operation in bench/operations with autocannon, uncached. Prints
 * requests per second, exact p50/p95/p99 latency, errors and SQL statements per operation; at
 * factor 1 also each single-subgraph operation sent straight to its subgraph and through
 * @apollo/gateway over the same subgraphs, each straight after our gateway's run, and the mixed
 * workload (mixed.ts) through @apollo/gateway, ours uncached and a second gateway of ours with
 * its response cache on, as ratios. With `--rounds N`, each operation is measured N times at
 * every factor in turn and each figure is the median. Writes the same as JSON under
 * bench/results/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scale } from "../scripts/seed-scale.js";
import { BENCH_CALLER } from "./caller.js";
import { cpuPerRequest } from "./proc.js";
import { type BenchRequest, load, type LoadResult } from "./load.js";
import { cacheHits, MIX, mixedWorkload } from "./mixed.js";
import { place } from "./placement.js";
import { type Operation, operations } from "./operations.js";
import { statementsPerOperation } from "./statements.js";
import {
  BENCH_SECRET,
  benchAuthorization,
  startApolloGateway,
  startCachedGateway,
  type RunningSystem,
  startSystem,
} from "./system.js";
import { option } from "./options.js";

const factors = option("factors", "1").split(",").map(Number);
const seconds = Number(option("seconds", "5"));
const connections = Number(option("connections", "10"));
const withApollo = !process.argv.includes("--no-apollo");
const withMixed = !process.argv.includes("--no-mixed");
/** The large-answer operation: its answer grows with the data. */
const LARGE = "scorecard-large";
/** How long the response cache keeps an answer in the cached mixed run. */
const CACHE_TTL_MS = 60_000;
const only = option("only", "");
const rounds = Number(option("rounds", "1"));
if (
  factors.some((f) => !Number.isInteger(f) || f < 1) ||
  !(seconds > 0) ||
  !(connections > 0) ||
  !(Number.isInteger(rounds) && rounds >= 1)
) {
  console.error(
    "usage: npm run bench -- [--factors 1,10,100] [--seconds 5] [--connections 10] [--rounds 1] [--no-apollo] [--no-mixed] [--only a,b]",
  );
  process.exit(2);
}

interface Row extends LoadResult {
  factor: number;
  operation: string;
  statements: Record<string, number>;
  /** ms of CPU per request, by process (single-subgraph operations, through the gateway). */
  cpu?: Record<string, number>;
  direct?: LoadResult & { cpu?: Record<string, number> };
  apollo?: LoadResult;
  /** The large-answer operation asked by one client at a time: one dashboard's wait. */
  alone?: LoadResult;
}

const placement = place();
const authorization = await benchAuthorization();
const ops = operations().filter((op) => !only || only.split(",").includes(op.name));
const rows: Row[] = [];
interface Mixed {
  distinctRequests: number;
  uncached?: LoadResult;
  cached?: LoadResult & { hitRate: number };
  apollo?: LoadResult;
}
let mixed: Mixed | null = null;
async function warmThenLoad(url: string, requests: (string | BenchRequest)[]) {
  // A warm-up run first, so the first run measured does not pay for the JIT.
  await load(url, requests, { seconds: 1, connections, authorization });
  return load(url, requests, { seconds, connections, authorization });
}
/** A run's result, with the CPU time the given processes spent on it (ms per request). */
async function withCpu(
  pids: Record<string, number | undefined>,
  run: () => Promise<LoadResult>,
): Promise<LoadResult & { cpu?: Record<string, number> }> {
  const known = Object.entries(pids).filter((e): e is [string, number] => e[1] !== undefined);
  if (known.length < Object.keys(pids).length) return run();
  const [result, cpu] = await cpuPerRequest(Object.fromEntries(known), run);
  return cpu ? { ...result, cpu } : result;
}
const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : NaN);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
const round1 = (n: number) => Math.round(n * 10) / 10;
/** Rounds' results as one: requests and errors summed, every rate and percentile the median. */
function medianOf<T extends LoadResult & { cpu?: Record<string, number> }>(runs: T[]): T {
  if (runs.length === 1) return runs[0]!;
  const at = (pick: (r: T) => number) => round1(median(runs.map(pick)));
  const cpu = runs[0]!.cpu;
  return {
    ...runs[0]!,
    requests: runs.reduce((sum, r) => sum + r.requests, 0),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    rps: Math.round(median(runs.map((r) => r.rps))),
    p50: at((r) => r.p50),
    p95: at((r) => r.p95),
    p99: at((r) => r.p99),
    ...(cpu && runs.every((r) => r.cpu)
      ? {
          cpu: Object.fromEntries(
            Object.keys(cpu).map((k) => [
              k,
              Math.round(median(runs.map((r) => r.cpu![k]!)) * 1000) / 1000,
            ]),
          ),
        }
      : {}),
  };
}
function medianRow(runs: Row[]): Row {
  const row: Row = medianOf(runs);
  for (const key of ["direct", "apollo", "alone"] as const) {
    const given = runs.flatMap((r) => (r[key] ? [r[key]] : []));
    if (given.length === runs.length) row[key] = medianOf(given);
  }
  return row;
}

/** A system per factor, all started before anything is measured (idle while others run). */
interface Deployment {
  factor: number;
  dataDir: string;
  statements: Record<string, Record<string, number>>;
  system: RunningSystem;
  /** At factor 1, @apollo/gateway over the same subgraphs. */
  apollo: { url: string; stop(): Promise<void> } | null;
}

/** One round of one operation at one factor: ours, and at factor 1 direct and @apollo/gateway. */
async function measure(op: Operation, d: Deployment): Promise<Row> {
  const { factor, system, apollo } = d;
  const compared = factor === 1;
  process.stderr.write(`×${factor} ${op.name}… `);
  // For a single-subgraph operation, the CPU time the gateway and the subgraph spend.
  const measured =
    compared && op.subgraph
      ? { gateway: system.pids.gateway, [op.subgraph]: system.pids[op.subgraph] }
      : {};
  await load(system.gatewayUrl, [op.body], { seconds: 1, connections, authorization });
  const row: Row = {
    factor,
    operation: op.name,
    statements: d.statements[op.name]!,
    ...(await withCpu(measured, () =>
      load(system.gatewayUrl, [op.body], { seconds, connections, authorization }),
    )),
  };
  if (compared && op.subgraph) {
    row.direct = await withCpu({ [op.subgraph]: system.pids[op.subgraph] }, () =>
      load(system.subgraphUrls[op.subgraph!]!, [op.body], {
        seconds,
        connections,
        signing: { secret: BENCH_SECRET, audience: op.subgraph!, caller: BENCH_CALLER },
      }),
    );
  }
  if (apollo) row.apollo = await warmThenLoad(apollo.url, [op.body]);
  if (op.name === LARGE) {
    row.alone = await load(system.gatewayUrl, [op.body], {
      seconds,
      connections: 1,
      authorization,
    });
  }
  process.stderr.write(
    `${row.rps} req/s${row.apollo ? ` (@apollo/gateway ${row.apollo.rps})` : ""}\n`,
  );
  return row;
}

async function measureMixed(d: Deployment): Promise<Mixed> {
  const workload = await mixedWorkload(d.dataDir);
  const result: Mixed = { distinctRequests: workload.length };
  if (d.apollo) {
    process.stderr.write(`mixed through @apollo/gateway… `);
    result.apollo = await warmThenLoad(d.apollo.url, workload);
    process.stderr.write(`${result.apollo.rps} req/s\n`);
  }
  process.stderr.write(`mixed through ours, uncached… `);
  result.uncached = await warmThenLoad(d.system.gatewayUrl, workload);
  process.stderr.write(`${result.uncached.rps} req/s\n`);
  const cached = await startCachedGateway(d.system.subgraphUrls, CACHE_TTL_MS, placement.prefix);
  try {
    process.stderr.write(`mixed through ours, response cache… `);
    await load(cached.url, workload, { seconds: 1, connections, authorization });
    const before = await cacheHits(cached.metricsUrl);
    const run = await load(cached.url, workload, { seconds, connections, authorization });
    const hitRate = ((await cacheHits(cached.metricsUrl)) - before) / run.requests;
    result.cached = { ...run, hitRate: Math.round(hitRate * 1000) / 1000 };
    process.stderr.write(`${run.rps} req/s, hit rate ${Math.round(hitRate * 100)}%\n`);
  } finally {
    await cached.stop();
  }
  return result;
}

const deployments: Deployment[] = [];
try {
  for (const factor of factors) {
    const dataDir = mkdtempSync(join(tmpdir(), `bench-x${factor}-`));
    scale(dataDir, factor);
    const statements = await statementsPerOperation(dataDir, ops);
    const system = await startSystem(dataDir, { prefix: placement.prefix });
    const deployment: Deployment = { factor, dataDir, statements, system, apollo: null };
    deployments.push(deployment);
    if (factor === 1 && withApollo) {
      deployment.apollo = await startApolloGateway(system.subgraphUrls, placement.prefix);
    }
  }
  // Each operation at every factor in turn, round after round, so that what is compared (×1 and
  // ×100; ours, direct and @apollo/gateway) is measured seconds apart, not minutes: this shared
  // machine drifts. Each figure is the median of its rounds.
  for (const op of ops) {
    const runs = new Map<Deployment, Row[]>(deployments.map((d) => [d, []]));
    for (let round = 0; round < rounds; round++) {
      for (const d of deployments) runs.get(d)!.push(await measure(op, d));
    }
    for (const d of deployments) rows.push(medianRow(runs.get(d)!));
  }
  const atFactorOne = deployments.find((d) => d.factor === 1);
  if (atFactorOne && withMixed) mixed = await measureMixed(atFactorOne);
} finally {
  for (const d of deployments) {
    await d.apollo?.stop();
    await d.system.stop();
    rmSync(d.dataDir, { recursive: true, force: true });
  }
}
rows.sort((a, b) => factors.indexOf(a.factor) - factors.indexOf(b.factor));

const pad = (value: unknown, width: number) => String(value).padStart(width);
console.log(
  `\nPartnership Web benchmark: ${placement.describe}; ${connections} connections, ${seconds} s per run${rounds > 1 ? `, each figure the median of ${rounds} rounds` : ""}\n`,
);
console.log(
  `${"operation".padEnd(17)} ${pad("×", 4)} ${pad("req/s", 7)} ${pad("p50 ms", 7)} ${pad("p95 ms", 7)} ${pad("p99 ms", 7)} ${pad("errors", 6)}  SQL statements`,
);
for (const r of rows) {
  const sql = Object.entries(r.statements)
    .map(([s, n]) => `${s} ${n}`)
    .join(", ");
  console.log(
    `${r.operation.padEnd(17)} ${pad(r.factor, 4)} ${pad(r.rps, 7)} ${pad(r.p50, 7)} ${pad(r.p95, 7)} ${pad(r.p99, 7)} ${pad(r.errors, 6)}  ${sql}`,
  );
}
const atOne = rows.filter((r) => r.factor === 1);
if (atOne.some((r) => r.direct)) {
  console.log("\nGateway overhead (through the gateway ÷ straight to the subgraph, req/s):");
  for (const r of atOne.filter((r) => r.direct)) {
    console.log(
      `  ${r.operation.padEnd(17)} ${pad(r.rps, 6)} ÷ ${pad(r.direct!.rps, 6)} = ${ratio(r.rps, r.direct!.rps)}${r.direct!.errors ? `  (direct errors ${r.direct!.errors})` : ""}`,
    );
  }
}
const withCpuRows = atOne.filter((r) => r.cpu && r.direct?.cpu);
if (withCpuRows.length > 0) {
  console.log(
    "\nCPU per request, ms (the gateway and the subgraph share one core, so the ratio above is at most\nthe subgraph's CPU alone ÷ the two together through the gateway):",
  );
  for (const r of withCpuRows) {
    const subgraph = Object.keys(r.direct!.cpu!)[0]!;
    const [gateway, through, alone] = [
      r.cpu!.gateway!,
      r.cpu![subgraph]!,
      r.direct!.cpu![subgraph]!,
    ];
    console.log(
      `  ${r.operation.padEnd(17)} gateway ${gateway.toFixed(2)} + ${subgraph} ${through.toFixed(2)} through it; ${subgraph} alone ${alone.toFixed(2)}; at most ${ratio(alone, gateway + through)}`,
    );
  }
}
if (atOne.some((r) => r.apollo)) {
  console.log("\nOur gateway ÷ @apollo/gateway over the same subgraphs (req/s; p99 ms):");
  for (const r of atOne.filter((r) => r.apollo)) {
    console.log(
      `  ${r.operation.padEnd(17)} ${pad(r.rps, 6)} ÷ ${pad(r.apollo!.rps, 6)} = ${pad(ratio(r.rps, r.apollo!.rps), 5)}   p99 ${r.p99} vs ${r.apollo!.p99}${r.apollo!.errors ? `  (apollo errors ${r.apollo!.errors})` : ""}`,
    );
  }
}
const mixedResult = mixed as Mixed | null;
if (mixedResult?.uncached) {
  const m = { ...mixedResult, uncached: mixedResult.uncached };
  const line = (label: string, r: LoadResult | undefined, extra = "") =>
    r &&
    console.log(
      `  ${label.padEnd(26)} ${pad(r.rps, 6)} req/s   p50 ${pad(r.p50, 5)}   p99 ${pad(r.p99, 6)}   errors ${r.errors}${extra}`,
    );
  console.log(
    `\nMixed workload (${MIX.partner}% partner lookups and ${MIX.pathway}% pathway lookups over varied ids, ${MIX.dashboard}% dashboard queries, ${MIX.write}% writes; ${m.distinctRequests} requests in turn):`,
  );
  line("@apollo/gateway", m.apollo);
  line("ours, uncached", m.uncached);
  line(
    "ours, response cache",
    m.cached,
    m.cached ? `   hit rate ${Math.round(m.cached.hitRate * 100)}%` : "",
  );
  if (m.cached) {
    console.log(
      `  response cache ÷ @apollo/gateway = ${m.apollo ? ratio(m.cached.rps, m.apollo.rps) : "n/a"}; response cache ÷ uncached = ${ratio(m.cached.rps, m.uncached.rps)}; uncached ÷ @apollo/gateway = ${m.apollo ? ratio(m.uncached.rps, m.apollo.rps) : "n/a"}`,
    );
  }
}
if (factors.length > 1) {
  for (const measure of ["p50", "p99"] as const) {
    console.log(
      `\nGrowth of ${measure} latency (ms) from ×${factors[0]} to ×${factors.at(-1)}${measure === "p99" ? " (target for fixed-size answers: at most ×1.5)" : ""}:`,
    );
    for (const op of ops) {
      const series = factors.map((f) =>
        rows.find((r) => r.factor === f && r.operation === op.name)!,
      );
      console.log(
        `  ${op.name.padEnd(17)} ${series.map((r) => pad(r[measure], 7)).join(" ")}   ×${ratio(series.at(-1)![measure], series[0]![measure])}`,
      );
    }
  }
}
const large = rows.find((r) => r.operation === LARGE && r.factor === factors.at(-1));
if (large?.alone) {
  console.log(
    `\nLarge answer: ${LARGE} (the largest page, 100 care units) at ×${large.factor} (target p50 300 ms): asked alone, p50 ${large.alone.p50} ms, p99 ${large.alone.p99} ms; ${connections} at once, p50 ${large.p50} ms, p99 ${large.p99} ms`,
  );
}
const resultsDir = join(import.meta.dirname, "results");
mkdirSync(resultsDir, { recursive: true });
const file = join(resultsDir, `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(
  file,
  JSON.stringify(
    { placement: placement.describe, connections, seconds, rounds, factors, rows, mixed },
    null,
    2,
  ),
);
console.log(`\nWrote ${file}`);
