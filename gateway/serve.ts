import { getRequestListener } from "@hono/node-server";
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { Registry } from "prom-client";
import type { GatewayConfig } from "./config.js";
import { createGateway } from "./create-gateway.js";
import { createEdge, GRAPHQL_PATH } from "./edge.js";
import { createLogger } from "../common/logger.js";
import { serveMetrics } from "../common/metrics.js";
import { MAX_CONNECTIONS, slowClientOptions } from "../common/http.js";

export interface RunningGateway {
  url: string;
  port: number;
  /** Where its Prometheus metrics are, when served. */
  metricsUrl: string | null;
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

/**
 * Caps the connections one address holds at once, so one client cannot take every connection
 * the server allows (Node's `maxConnections` is one count for all). A connection over the cap is
 * closed as it opens, before a byte is read. Node has no per-address cap of its own, and none of
 * the maintained connection limiters works below the HTTP layer, where half-open connections are.
 */
function capConnectionsPerAddress(server: http.Server, cap: number): void {
  if (cap <= 0) return;
  const open = new Map<string, number>();
  server.on("connection", (socket: Socket) => {
    const address = socket.remoteAddress ?? "unknown";
    const count = (open.get(address) ?? 0) + 1;
    if (count > cap) {
      socket.destroy();
      return;
    }
    open.set(address, count);
    socket.once("close", () => {
      const left = (open.get(address) ?? 1) - 1;
      if (left === 0) open.delete(address);
      else open.set(address, left);
    });
  });
}

export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const registry = new Registry();
  // Hive's OpenTelemetry plugin takes over a second to load, so only a traced gateway loads it.
  const tracing = config.tracing
    ? (await import("@graphql-hive/plugin-opentelemetry")).useOpenTelemetry
    : null;
  const logger = createLogger("gateway");
  const { runtime, admit } = createGateway(config, logger, registry, tracing);
  releaseProcessSignals();
  let listening = "";
  const edge = createEdge({
    gateway: runtime,
    admit,
    production: config.production,
    publicUrl: () => config.publicUrl ?? listening,
    corsOrigins: config.corsOrigins,
    log: logger,
  });
  const server = http.createServer(
    slowClientOptions(config.clientTimeouts),
    getRequestListener(edge.fetch),
  );
  server.maxConnections = MAX_CONNECTIONS;
  capConnectionsPerAddress(server, config.connectionsPerAddress);
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;
  listening = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
  const metrics = config.metrics
    ? await serveMetrics(registry, config.metrics.port, config.metrics.host)
    : null;
  return {
    port,
    metricsUrl: metrics?.url ?? null,
    url: `${listening}${GRAPHQL_PATH}`,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await metrics?.stop();
      await runtime.dispose();
    },
  };
}
