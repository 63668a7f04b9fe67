/**
 * Where the benchmark's processes run. With taskset and at least two cores, the load generator
 * (this process) gets the last core to itself and every server process (gateways, subgraphs)
 * shares the others, so the load generator never takes CPU from what it measures. Without
 * taskset, everything shares every core, and the report says so.
 */
import { execFileSync } from "node:child_process";
import { cpus } from "node:os";

export interface Placement {
  /** The command prefix that starts a server process on its cores ([] when not pinned). */
  prefix: string[];
  describe: string;
}

function hasTaskset(): boolean {
  try {
    execFileSync("taskset", ["-p", String(process.pid)], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

export function place(): Placement {
  const count = cpus().length;
  if (count < 2 || !hasTaskset()) {
    return { prefix: [], describe: `${count} cores shared by the load generator and the system` };
  }
  const load = count - 1;
  const system = count === 2 ? "0" : `0-${count - 2}`;
  // -a: every thread of this process, libuv's pool and V8's helpers included.
  execFileSync("taskset", ["-a", "-cp", String(load), String(process.pid)], { stdio: "ignore" });
  return {
    prefix: ["taskset", "-c", system],
    describe: `${count} cores: the system (gateway and subgraphs) on CPU ${system}, the load generator alone on CPU ${load} (taskset)`,
  };
}
