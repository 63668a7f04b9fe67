import { ApolloServer, type ApolloServerPlugin, HeaderMap, type BaseContext } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from "@apollo/server/plugin/disabled";
import type { GraphQLFormattedError, GraphQLSchema } from "graphql";
import http, { type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type Database from "better-sqlite3";
import { auditPlugin } from "./audit.js";
import { ANONYMOUS, type Caller } from "./context.js";
import { SignatureVerifier, SUBGRAPH_PATH } from "../../common/signing.js";
import {
  createLogger,
  type Logger,
  REQUEST_ID_HEADER,
  saneRequestId,
} from "../../common/logger.js";
import { randomUUID } from "node:crypto";
import { serveMetrics } from "../../common/metrics.js";
import { SubgraphMetrics, timeStatements } from "./metrics.js";
import { MAX_CONNECTIONS, slowClientOptions, SUBGRAPH_READS_HEADER } from "../../common/http.js";
import { operationAttributes, sqlSpan, traceRequest } from "./tracing.js";

export const MAX_REQUEST_BYTES = 1_000_000;

export interface SubgraphServerOptions<TContext extends BaseContext> {
  name: string;
  schema: GraphQLSchema;
  /** Builds a request's context for the caller the gateway signed for. */
  createContext: (caller: Caller) => Promise<TContext> | TContext;
  /** The secret the gateway signs requests with (see signing.ts). */
  signingSecret: string;
  /** The subgraph's database, whose audit_log records every mutation. */
  sqlite: Database.Database;
  port: number;
  host?: string;
  production?: boolean;
  /** Where its JSON log lines go (default: a pino logger named after the subgraph). */
  log?: Logger;
  /** Where `/metrics` is served, apart from the public port; null or absent: not served. */
  metrics?: { port: number; host?: string } | null;
}

export interface RunningSubgraph {
  name: string;
  url: string;
  port: number;
  /** Where its Prometheus metrics are, when served. */
  metricsUrl: string | null;
  /** Stops accepting connections, finishes in-flight requests, then resolves. */
  stop(): Promise<void>;
}

/**
 * The development landing page: a subgraph answers only the gateway's signed requests, so it
 * says where to explore it instead (Apollo Sandbox here would only be refused).
 */
function exploreThroughTheGateway(name: string): ApolloServerPlugin {
  const gateway = (
    process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 4000}`
  ).replace(/\/$/, "");
  const html = `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Partnership Web: the ${name} subgraph</title>
<style>body { font: 1.1rem/1.5 system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; color: #1b1b1b; } a { color: #0050a0; }</style></head>
<body><main>
<h1>The ${name} subgraph</h1>
<p>This subgraph answers only requests the gateway has signed, so it cannot be explored here.
Explore it through the gateway, where its types sit in the whole graph:</p>
<ul>
<li><a href="${gateway}/graphiql">${gateway}/graphiql</a>: the GraphQL explorer, which works offline;</li>
<li><a href="${gateway}/">${gateway}/</a>: Apollo Sandbox, when online;</li>
<li><code>${gateway}/graphql</code>: GraphQL itself.</li>
</ul>
<p>Its own schema is in <code>schema/${name}.graphql</code>.</p>
</main></body></html>`;
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}

/**
 * Serves a subgraph over HTTP with Apollo Server: GraphQL by signed POST on `/graphql` only,
 * `GET /healthcheck` (the process is up), `GET /readiness` (its database answers), a landing
 * page in development, and a drain on stop so in-flight requests
 * finish.
 */
export async function startSubgraphServer<TContext extends BaseContext>(
  options: SubgraphServerOptions<TContext>,
): Promise<RunningSubgraph> {
  const production = options.production ?? process.env.NODE_ENV === "production";
  const log = options.log ?? createLogger(options.name);
  const metrics = new SubgraphMetrics(options.name);
  timeStatements(options.sqlite, (run) => {
    metrics.sqlSeconds.observe((run.endedAt - run.startedAt) / 1000);
    sqlSpan(run.sql, run.startedAt, run.endedAt);
  });
  const httpServer = http.createServer(slowClientOptions());
  httpServer.maxConnections = MAX_CONNECTIONS;
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    introspection: !production,
    includeStacktraceInErrorResponses: !production,
    // start.ts owns the process signals and stops the gateway before the subgraphs.
    stopOnTerminationSignals: false,
    formatError: production ? maskUnexpectedError : undefined,
    logger: log,
    plugins: [
      auditPlugin(options.sqlite),
      operationAttributes(),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ errors }) {
              for (const error of errors)
                metrics.errors.inc({
                  code: String(error.extensions?.code ?? "INTERNAL_SERVER_ERROR"),
                });
            },
          };
        },
      },
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginInlineTraceDisabled(),
      production ? ApolloServerPluginLandingPageDisabled() : exploreThroughTheGateway(options.name),
    ],
  });
  await apollo.start();
  const verifier = new SignatureVerifier(options.signingSecret);
  httpServer.on("request", (req, res) => {
    const started = performance.now();
    // One id for the request's log line and its audit entry (which reads it from the headers).
    const requestId = saneRequestId(req.headers[REQUEST_ID_HEADER]) ?? randomUUID();
    req.headers[REQUEST_ID_HEADER] = requestId;
    res.on("finish", () => {
      metrics.requests.inc({ status: res.statusCode });
      metrics.requestSeconds.observe((performance.now() - started) / 1000);
      log.info(
        {
          requestId,
          method: req.method,
          path: (req.url ?? "/").split("?")[0],
          status: res.statusCode,
          durationMs: Math.round(performance.now() - started),
        },
        "request",
      );
    });
    traceRequest(options.name, req, res, () => handle(apollo, options, verifier, req, res)).catch(
      (error: unknown) => {
        log.error(
          { requestId, error: error instanceof Error ? error.message : String(error) },
          "request failed",
        );
        if (!res.headersSent)
          sendJson(res, 500, { errors: [{ message: "Internal server error" }] });
        else res.destroy();
      },
    );
  });
  await new Promise<void>((resolve) =>
    httpServer.listen(options.port, options.host ?? "127.0.0.1", resolve),
  );
  const { port } = httpServer.address() as AddressInfo;
  const metricsServer = options.metrics
    ? await serveMetrics(metrics.registry, options.metrics.port, options.metrics.host)
    : null;
  return {
    name: options.name,
    port,
    metricsUrl: metricsServer?.url ?? null,
    url: `http://${options.host ?? "127.0.0.1"}:${port}/graphql`,
    stop: async () => {
      await metricsServer?.stop();
      await apollo.stop();
    },
  };
}

/** Ready when its database answers (a locked or missing file is not ready). */
function readiness(sqlite: Database.Database): { status: number; body: unknown } {
  try {
    sqlite.prepare("SELECT 1").get();
    return { status: 200, body: { status: "ready" } };
  } catch {
    return { status: 503, body: { status: "unavailable", reason: "the database does not answer" } };
  }
}

async function handle<TContext extends BaseContext>(
  apollo: ApolloServer<TContext>,
  options: SubgraphServerOptions<TContext>,
  verifier: SignatureVerifier,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const { createContext, name: audience } = options;
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  if (path === "/healthcheck") return sendJson(res, 200, { status: "ok" });
  if (path === "/readiness") {
    const ready = readiness(options.sqlite);
    return sendJson(res, ready.status, ready.body);
  }
  // Only the development landing page is served unsigned; every operation is a signed POST.
  const wantsPage = req.method === "GET" && (req.headers.accept ?? "").includes("text/html");
  if (!wantsPage && path !== SUBGRAPH_PATH) {
    return sendJson(res, 404, { errors: [{ message: `GraphQL is served on ${SUBGRAPH_PATH}.` }] });
  }
  if (!wantsPage && req.method !== "POST") {
    res.setHeader("allow", "POST");
    return sendJson(res, 405, {
      errors: [{ message: "A subgraph takes GraphQL by signed POST only." }],
    });
  }
  const body = await readBody(req);
  if (body === "too-large") {
    return sendJson(res, 413, {
      errors: [{ message: `Request body is larger than ${MAX_REQUEST_BYTES} bytes` }],
    });
  }
  let caller = ANONYMOUS;
  if (!wantsPage) {
    const header = (name: string) => {
      const value = req.headers[name];
      return Array.isArray(value) ? value[0] : value;
    };
    const verdict = verifier.verify(header, { method: "POST", path, audience, body });
    if ("refused" in verdict) {
      return sendJson(res, 401, {
        errors: [
          {
            message: `A subgraph answers only requests the gateway has signed: ${verdict.refused}.`,
            extensions: { code: "UNAUTHENTICATED" },
          },
        ],
      });
    }
    caller = verdict.caller;
  }
  let parsed: unknown = undefined;
  if (body.length > 0) {
    try {
      parsed = JSON.parse(body);
    } catch {
      return sendJson(res, 400, { errors: [{ message: "Request body is not valid JSON" }] });
    }
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  let context: TContext | undefined;
  const response = await apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: {
      method: req.method ?? "GET",
      headers,
      // The signed body is the whole request: nothing is read from the URL.
      search: "",
      body: parsed,
    },
    context: async () => (context = await createContext(caller)),
  });
  for (const [key, value] of response.headers) res.setHeader(key, value);
  // The other subgraphs this answer read, for the gateway's response cache to be dropped by.
  const reads = (context as { readsFrom?: Set<string> } | undefined)?.readsFrom;
  if (reads?.size) res.setHeader(SUBGRAPH_READS_HEADER, [...reads].join(","));
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    res.end(response.body.string);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

function readBody(req: IncomingMessage): Promise<string | "too-large"> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is read and dropped, so the client hears the 413 rather than a
    // reset; a body ten times over is cut off.
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > 10 * MAX_REQUEST_BYTES) req.destroy();
      else if (size <= MAX_REQUEST_BYTES) chunks.push(chunk);
    });
    req.on("end", () =>
      resolve(size > MAX_REQUEST_BYTES ? "too-large" : Buffer.concat(chunks).toString("utf8")),
    );
    req.on("error", reject);
  });
}

function sendJson(res: ServerResponse, status: number, payload: unknown): void {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify(payload));
}

/** In production only errors we raised on purpose (they carry a code) keep their message. */
function maskUnexpectedError(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === "string" && code !== "INTERNAL_SERVER_ERROR") return formatted;
  return {
    message: "Internal server error",
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: "INTERNAL_SERVER_ERROR" },
  };
}
