import http from "node:http";
import type { AddressInfo } from "node:net";
import type { GatewayConfig } from "./config.js";
import { createGateway } from "./create-gateway.js";
import { createLogger, REQUEST_ID_HEADER, saneRequestId } from "../common/logger.js";
import { serveMetrics } from "../common/metrics.js";
import { Registry } from "prom-client";
import { MAX_CONNECTIONS, slowClientOptions } from "../common/http.js";
import { createInterop, isInteropPath } from "../interop/index.js";
import { isWebPath, webPage } from "./web-pages.js";
import { randomUUID } from "node:crypto";

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

/** The largest request body the gateway reads. */
export const MAX_REQUEST_BYTES = 1_000_000;

/**
 * Reads and drops a refused body, so the client hears the refusal instead of a reset; a body
 * ten times over the limit is cut off.
 */
export function discard(req: http.IncomingMessage): void {
  let seen = 0;
  req.on("data", (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > 10 * MAX_REQUEST_BYTES) req.destroy();
  });
}

/** Refuses a body that is too large, or of a length the gateway cannot know in advance. */
function bodyRefusal(
  req: http.IncomingMessage,
): { status: number; code: string; message: string } | null {
  if (req.method !== "POST") return null;
  const length = req.headers["content-length"];
  if (length === undefined) {
    return req.headers["transfer-encoding"]
      ? { status: 411, code: "LENGTH_REQUIRED", message: "Send the request with a Content-Length." }
      : null;
  }
  if (Number(length) > MAX_REQUEST_BYTES) {
    return {
      status: 413,
      code: "PAYLOAD_TOO_LARGE",
      message: `The request body is larger than ${MAX_REQUEST_BYTES} bytes.`,
    };
  }
  return null;
}

/**
 * The paths the gateway serves, spelled exactly: `/graphql/`, `//graphql` and the like are not
 * GraphQL endpoints (Yoga would serve them, past the limits keyed on the path).
 */
function served(config: GatewayConfig): Set<string> {
  return new Set(["/graphql", "/healthcheck", "/readiness", ...(config.production ? [] : ["/"])]);
}

export async function startGateway(config: GatewayConfig): Promise<RunningGateway> {
  const registry = new Registry();
  // Hive's OpenTelemetry plugin takes over a second to load, so only a traced gateway loads it.
  const tracing = config.tracing
    ? (await import("@graphql-hive/plugin-opentelemetry")).useOpenTelemetry
    : null;
  const logger = createLogger("gateway");
  const gateway = createGateway(config, logger, registry, tracing);
  const paths = served(config);
  releaseProcessSignals();
  const server = http.createServer(slowClientOptions(config.clientTimeouts), (req, res) => {
    const path = (req.url ?? "/").split("?")[0]!;
    if (isInteropPath(path)) {
      void serveInterop(req, res);
      return;
    }
    if (isWebPath(path) && (req.method === "GET" || req.method === "HEAD")) {
      const page = webPage(path);
      res.writeHead(page.status, page.headers);
      res.end(req.method === "HEAD" ? undefined : page.body);
      req.resume();
      return;
    }
    if (!paths.has(path)) {
      res.writeHead(404, { "content-type": "application/json; charset=utf-8" });
      res.end(
        JSON.stringify({ errors: [{ message: "Not found: GraphQL is served on /graphql." }] }),
      );
      req.resume();
      return;
    }
    // A client may name its request, plainly; anything else is dropped and the gateway makes one.
    if (
      req.headers[REQUEST_ID_HEADER] !== undefined &&
      !saneRequestId(req.headers[REQUEST_ID_HEADER])
    ) {
      delete req.headers[REQUEST_ID_HEADER];
      for (let i = req.rawHeaders.length - 2; i >= 0; i -= 2) {
        if (req.rawHeaders[i]!.toLowerCase() === REQUEST_ID_HEADER) req.rawHeaders.splice(i, 2);
      }
    }
    const refusal = bodyRefusal(req);
    if (refusal) {
      res.writeHead(refusal.status, {
        "content-type": "application/json; charset=utf-8",
        connection: "close",
      });
      res.end(
        JSON.stringify({
          errors: [{ message: refusal.message, extensions: { code: refusal.code } }],
        }),
      );
      req.resume();
      return;
    }
    void gateway(req, res);
  });
  const interop = createInterop({
    // In process, with the client's socket as server context: authentication, limits and rate
    // limits apply to each operation as to one sent to /graphql.
    gatewayFetch: async (request, serverContext) =>
      gateway.fetch(request, serverContext as { req: http.IncomingMessage }),
    graphqlUrl: `http://${config.host}/graphql`,
    publicUrl: config.publicUrl,
  });
  /** One REST request to /oruk or /fhir: read-only, no body, logged like a GraphQL request. */
  async function serveInterop(req: http.IncomingMessage, res: http.ServerResponse) {
    const started = performance.now();
    const requestId = saneRequestId(req.headers[REQUEST_ID_HEADER]) ?? randomUUID();
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === "string") headers.set(name, value);
    }
    headers.set(REQUEST_ID_HEADER, requestId);
    req.resume();
    let response: Response;
    try {
      const request = new Request(`http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`, {
        method: req.method === "HEAD" ? "HEAD" : req.method === "GET" ? "GET" : "POST",
        headers,
      });
      response = await interop(request, { req });
    } catch (error) {
      logger.error({ requestId, err: (error as Error).message }, "interop request failed");
      response = Response.json({ message: "Unexpected error." }, { status: 500 });
    }
    const body =
      req.method === "HEAD" ? Buffer.alloc(0) : Buffer.from(await response.arrayBuffer());
    res.writeHead(response.status, {
      ...Object.fromEntries(response.headers),
      [REQUEST_ID_HEADER]: requestId,
    });
    res.end(body);
    logger.info(
      {
        requestId,
        method: req.method,
        path: (req.url ?? "/").split("?")[0],
        status: response.status,
        durationMs: Math.round(performance.now() - started),
      },
      "request",
    );
  }
  server.maxConnections = MAX_CONNECTIONS;
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const { port } = server.address() as AddressInfo;
  const metrics = config.metrics
    ? await serveMetrics(registry, config.metrics.port, config.metrics.host)
    : null;
  return {
    port,
    metricsUrl: metrics?.url ?? null,
    url: `http://${config.host}:${port}/graphql`,
    async stop() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await closed;
      await metrics?.stop();
      await gateway.dispose();
    },
  };
}
