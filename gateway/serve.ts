import http from "node:http";
import type { AddressInfo } from "node:net";
import type { GatewayConfig } from "./config.js";
import { createGateway } from "./create-gateway.js";

export interface RunningGateway {
  url: string;
  port: number;
  /** Stops taking new connections, lets in-flight requests finish, then releases the runtime. */
  stop(): Promise<void>;
}

/**
 * Hive's runtime is built with `disposeOnProcessTerminate` fixed on, so @whatwg-node/server adds
 * SIGINT/SIGTERM listeners that dispose it at once, aborting subgraph calls still in flight.
 * scripts/start.ts owns shutdown (stop listening, drain, then dispose), so those go.
 */
function releaseProcessSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    for (const listener of process.listeners(signal)) {
      if (listener.name === "terminateHandler") process.removeListener(signal, listener);
    }
  }
}

export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const gateway = createGateway(config);
  releaseProcessSignals();
  const server = http.createServer(gateway);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    url: `http://${config.host}:${port}/graphql`,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await gateway.dispose();
    },
  };
}
