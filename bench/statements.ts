/**
 * SQL statements per operation: the subgraphs and a gateway in this process over the same
 * databases, each operation sent once, the statements each subgraph ran counted.
 */
import { gatewayConfigFromEnv } from "../gateway/config.js";
import { startGateway } from "../gateway/serve.js";
import { startSubgraphServer } from "../subgraphs/kit/server.js";
import { SUBGRAPHS } from "../subgraphs/registry.js";
import type { Operation } from "./operations.js";

export async function statementsPerOperation(
  dataDir: string,
  ops: Operation[],
): Promise<Record<string, Record<string, number>>> {
  const subgraphs = [];
  for (const definition of SUBGRAPHS) {
    const subgraph = definition.create({ databaseFile: `${dataDir}/${definition.name}.sqlite` });
    const server = await startSubgraphServer({
      name: definition.name,
      schema: subgraph.schema,
      createContext: subgraph.createContext,
      port: 0,
      production: true,
    });
    subgraphs.push({ name: definition.name, database: subgraph.database, server });
  }
  const gateway = await startGateway({
    ...gatewayConfigFromEnv({}),
    port: 0,
    production: true,
    subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.server.url])),
  });
  const counts: Record<string, Record<string, number>> = {};
  try {
    for (const op of ops) {
      for (const s of subgraphs) s.database.statements.reset();
      const response = await fetch(gateway.url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: op.body,
      });
      const body = (await response.json()) as { errors?: { message: string }[] };
      if (body.errors)
        throw new Error(`${op.name} answered with errors: ${body.errors[0]!.message}`);
      counts[op.name] = Object.fromEntries(
        subgraphs
          .filter((s) => s.database.statements.count > 0)
          .map((s) => [s.name, s.database.statements.count]),
      );
    }
  } finally {
    await gateway.stop();
    for (const s of subgraphs) {
      await s.server.stop();
      s.database.close();
    }
  }
  return counts;
}
