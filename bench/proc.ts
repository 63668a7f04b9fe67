/**
 * What Linux's /proc says of the benchmark's server processes: which are whose children, and the
 * CPU time and memory they use, so the benchmark can say where the one core the gateway and its
 * subgraphs share goes, and the soak whether memory grows. Elsewhere (no /proc) it reports nothing.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

let tickMs: number | undefined;
/** Milliseconds per clock tick, the unit /proc counts CPU time in. */
function millisecondsPerTick(): number {
  tickMs ??= 1000 / Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim());
  return tickMs;
}

/** Fields of /proc/<pid>/stat after the command name (which may itself hold spaces). */
function stat(pid: number): string[] | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

/** User and system CPU time a process has used so far, in ms; null where /proc has none. */
export function cpuMs(pid: number): number | null {
  const fields = stat(pid);
  if (!fields) return null;
  return (Number(fields[11]) + Number(fields[12])) * millisecondsPerTick();
}

/** Every process's parent, from one reading of /proc. */
function parents(): Map<number, number> {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    return new Map();
  }
  return new Map(
    entries.flatMap((name) => {
      const parent = stat(Number(name))?.[1];
      return parent === undefined ? [] : [[Number(name), Number(parent)] as const];
    }),
  );
}

/** A process's children, each with its command line. */
export function childrenOf(pid: number): { pid: number; command: string }[] {
  return [...parents()].flatMap(([child, parent]) => {
    if (parent !== pid) return [];
    try {
      const command = readFileSync(`/proc/${child}/cmdline`, "utf8").split("\0").join(" ");
      return [{ pid: child, command }];
    } catch {
      return []; // gone meanwhile
    }
  });
}

/** A process and all its descendants. */
export function processTree(root: number): number[] {
  const byParent = new Map<number, number[]>();
  for (const [child, parent] of parents()) {
    byParent.set(parent, [...(byParent.get(parent) ?? []), child]);
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(byParent.get(tree[i]!) ?? []));
  return tree;
}

/** The resident memory of a process and all its descendants, in MB. */
export function residentMb(root: number): number {
  let kb = 0;
  for (const pid of processTree(root)) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      // gone meanwhile
    }
  }
  return Math.round(kb / 1024);
}

/** CPU time used by processes while `run` runs, in ms per request it reports. */
export async function cpuPerRequest<T extends { requests: number }>(
  pids: Record<string, number>,
  run: () => Promise<T>,
): Promise<[T, Record<string, number> | null]> {
  const before = Object.entries(pids).map(([name, pid]) => [name, pid, cpuMs(pid)] as const);
  const result = await run();
  if (before.some(([, , ms]) => ms === null) || result.requests === 0) return [result, null];
  const used = before.map(([name, pid, ms]) => {
    const spent = (cpuMs(pid) ?? NaN) - ms!;
    return [name, Math.round((spent / result.requests) * 1000) / 1000] as const;
  });
  return [result, Object.fromEntries(used)];
}
