/**
 * `npm run bench [-- --factors 1,10,100 --seconds 5 --connections 10 --no-apollo --only a,b]`
 *
 * Starts the whole system in production mode (as `npm start` does, in a child process) on a
 * fresh seeded dataset, scaled by each factor, and drives every operation in bench/operations
 * with autocannon. Prints requests per second, exact p50/p95/p99 latency, errors and SQL
 * statements per operation; at factor 1 also each single-subgraph operation sent straight to its
 * subgraph, and @apollo/gateway over the same subgraphs, as ratios. Writes the same as JSON under
 * bench/results/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { scale } from "../scripts/seed-scale.js";
import { BENCH_CALLER } from "./caller.js";
import { load, type LoadResult } from "./load.js";
import { operations } from "./operations.js";
import { statementsPerOperation } from "./statements.js";
import { BENCH_SECRET, benchAuthorization, startApolloGateway, startSystem } from "./system.js";

function option(name: string, fallback: string): string {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback;
}
const factors = option("factors", "1").split(",").map(Number);
const seconds = Number(option("seconds", "5"));
const connections = Number(option("connections", "10"));
const withApollo = !process.argv.includes("--no-apollo");
const only = option("only", "");
if (factors.some((f) => !Number.isInteger(f) || f < 1) || !(seconds > 0) || !(connections > 0)) {
  console.error(
    "usage: npm run bench -- [--factors 1,10,100] [--seconds 5] [--connections 10] [--no-apollo]",
  );
  process.exit(2);
}

interface Row extends LoadResult {
  factor: number;
  operation: string;
  statements: Record<string, number>;
  direct?: LoadResult;
  apollo?: LoadResult;
}

const authorization = await benchAuthorization();
const ops = operations().filter((op) => !only || only.split(",").includes(op.name));
const rows: Row[] = [];
const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 100) / 100 : NaN);

for (const factor of factors) {
  const dataDir = mkdtempSync(join(tmpdir(), `bench-x${factor}-`));
  try {
    scale(dataDir, factor);
    const statements = await statementsPerOperation(dataDir, ops);
    const system = await startSystem(dataDir);
    try {
      for (const op of ops) {
        process.stderr.write(`×${factor} ${op.name}… `);
        // A warm-up run first, so the first operation measured does not pay for the JIT.
        await load(system.gatewayUrl, [op.body], { seconds: 1, connections, authorization });
        const row: Row = {
          factor,
          operation: op.name,
          statements: statements[op.name]!,
          ...(await load(system.gatewayUrl, [op.body], { seconds, connections, authorization })),
        };
        if (factor === 1 && op.subgraph) {
          row.direct = await load(system.subgraphUrls[op.subgraph]!, [op.body], {
            seconds,
            connections,
            signing: { secret: BENCH_SECRET, audience: op.subgraph, caller: BENCH_CALLER },
          });
        }
        rows.push(row);
        process.stderr.write(`${row.rps} req/s\n`);
      }
      if (factor === 1 && withApollo) {
        const apollo = await startApolloGateway(system.subgraphUrls);
        try {
          for (const op of ops) {
            process.stderr.write(`@apollo/gateway ${op.name}… `);
            const row = rows.find((r) => r.factor === 1 && r.operation === op.name)!;
            row.apollo = await load(apollo.url, [op.body], { seconds, connections });
            process.stderr.write(`${row.apollo.rps} req/s\n`);
          }
        } finally {
          await apollo.stop();
        }
      }
    } finally {
      await system.stop();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const pad = (value: unknown, width: number) => String(value).padStart(width);
console.log(
  `\nPartnership Web benchmark: ${cpus().length} cores (shared with the load generator), ${connections} connections, ${seconds} s per run\n`,
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
if (atOne.some((r) => r.apollo)) {
  console.log("\nOur gateway ÷ @apollo/gateway over the same subgraphs (req/s; p99 ms):");
  for (const r of atOne.filter((r) => r.apollo)) {
    console.log(
      `  ${r.operation.padEnd(17)} ${pad(r.rps, 6)} ÷ ${pad(r.apollo!.rps, 6)} = ${pad(ratio(r.rps, r.apollo!.rps), 5)}   p99 ${r.p99} vs ${r.apollo!.p99}${r.apollo!.errors ? `  (apollo errors ${r.apollo!.errors})` : ""}`,
    );
  }
}
if (factors.length > 1) {
  console.log(`\nGrowth of p50 latency (ms) from ×${factors[0]} to ×${factors.at(-1)}:`);
  for (const op of ops) {
    const series = factors.map((f) => rows.find((r) => r.factor === f && r.operation === op.name)!);
    console.log(
      `  ${op.name.padEnd(17)} ${series.map((r) => pad(r.p50, 7)).join(" ")}   ×${ratio(series.at(-1)!.p50, series[0]!.p50)}`,
    );
  }
}
const resultsDir = join(import.meta.dirname, "results");
mkdirSync(resultsDir, { recursive: true });
const file = join(resultsDir, `bench-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
writeFileSync(
  file,
  JSON.stringify({ cores: cpus().length, connections, seconds, factors, rows }, null, 2),
);
console.log(`\nWrote ${file}`);
