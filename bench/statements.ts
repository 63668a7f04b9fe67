/** SQL statements per operation: each operation sent once in-process, each subgraph's counted. */
import { startInProcess } from "./in-process.js";
import type { Operation } from "./operations.js";

export async function statementsPerOperation(
  dataDir: string,
  ops: Operation[],
): Promise<Record<string, Record<string, number>>> {
  const system = await startInProcess(dataDir);
  const counts: Record<string, Record<string, number>> = {};
  try {
    for (const op of ops) {
      for (const s of system.subgraphs) s.database.statements.reset();
      const body = await system.send(op.body);
      if (body.errors)
        throw new Error(`${op.name} answered with errors: ${body.errors[0]!.message}`);
      counts[op.name] = Object.fromEntries(
        system.subgraphs
          .filter((s) => s.database.statements.count > 0)
          .map((s) => [s.name, s.database.statements.count]),
      );
    }
  } finally {
    await system.stop();
  }
  return counts;
}
