/**
 * `npm run bench:floor [-- --rounds 3 --seconds 5]`
 *
 * How close to straight-to-the-subgraph a gateway built on Hive Gateway's runtime can be on this
 * machine. For each single-subgraph operation, round after round: our gateway, the runtime with
 * nothing of ours but the planner and request signing (bare-gateway.ts), and the subgraph
 * straight, each with the CPU time it cost per request. Placed as `npm run bench` places the
 * system (placement.ts); factor 1.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { scale } from "../scripts/seed-scale.js";
import { BENCH_CALLER } from "./caller.js";
import { cpuPerRequest } from "./proc.js";
import { load, type LoadResult } from "./load.js";
import { operations } from "./operations.js";
import { place } from "./placement.js";
import { BENCH_SECRET, benchAuthorization, startBareGateway, startSystem } from "./system.js";
import { option } from "./options.js";

const rounds = Number(option("rounds", "3"));
const seconds = Number(option("seconds", "5"));
const connections = 10;

const placement = place();
const authorization = await benchAuthorization();
const dataDir = mkdtempSync(join(tmpdir(), "bench-floor-"));
scale(dataDir, 1);
const system = await startSystem(dataDir, { prefix: placement.prefix });
const bare = await startBareGateway(system.subgraphUrls, placement.prefix);
const describe = (r: LoadResult, cpu: Record<string, number> | null) =>
  `${String(r.rps).padStart(5)} req/s${r.errors ? ` (${r.errors} errors)` : ""}; CPU ms/request ${Object.entries(
    cpu ?? {},
  )
    .map(([name, ms]) => `${name} ${ms.toFixed(2)}`)
    .join(", ")}`;
console.log(
  `\nGateway floor: ${placement.describe}; ${connections} connections, ${seconds} s a run`,
);
try {
  for (const op of operations().filter((o) => o.subgraph)) {
    const subgraph = op.subgraph!;
    const pid = system.pids[subgraph]!;
    const through = (url: string, gateway: number) =>
      cpuPerRequest({ gateway, [subgraph]: pid }, async () => {
        await load(url, [op.body], { seconds: 1, connections, authorization });
        return load(url, [op.body], { seconds, connections, authorization });
      });
    console.log(`\n${op.name}:`);
    for (let round = 1; round <= rounds; round++) {
      const [ours, oursCpu] = await through(system.gatewayUrl, system.pids.gateway!);
      const [runtime, runtimeCpu] = await through(bare.url, bare.child.pid!);
      const [direct, directCpu] = await cpuPerRequest({ [subgraph]: pid }, () =>
        load(system.subgraphUrls[subgraph]!, [op.body], {
          seconds,
          connections,
          signing: { secret: BENCH_SECRET, audience: subgraph, caller: BENCH_CALLER },
        }),
      );
      const ratio = (r: LoadResult) => Math.round((r.rps / direct.rps) * 100) / 100;
      console.log(`  round ${round}`);
      console.log(`    our gateway      ${describe(ours, oursCpu)}; ÷ direct ${ratio(ours)}`);
      console.log(
        `    Hive's runtime   ${describe(runtime, runtimeCpu)}; ÷ direct ${ratio(runtime)}`,
      );
      console.log(`    straight         ${describe(direct, directCpu)}`);
    }
  }
} finally {
  await bare.stop();
  await system.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
