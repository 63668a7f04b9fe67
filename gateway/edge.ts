/**
 * The gateway's HTTP edge (Hono): which paths exist and who answers them, body limits, request
 * ids, and one error boundary around every request, so no request can end the process. GraphQL,
 * health and readiness go to Hive's runtime; the pages to the static-file server; /oruk and /fhir
 * to the interop routes, each admitted (authenticated and counted) once, here.
 */
import type { HttpBindings } from "@hono/node-server";
import { RESPONSE_ALREADY_SENT } from "@hono/node-server/utils/response";
import { type Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { randomUUID } from "node:crypto";
import type { Logger } from "../common/logger.js";
import { REQUEST_ID_HEADER, saneRequestId } from "../common/logger.js";
import { FHIR_PREFIX, interopRoutes, ORUK_PREFIX } from "../interop/index.js";
import type { Gateway } from "./create-gateway.js";
import type { ServerContext } from "./rate-limit.js";
import { routeWebPages } from "./web-pages.js";

/** The largest request body the gateway reads. */
const MAX_REQUEST_BYTES = 1_000_000;

export const GRAPHQL_PATH = "/graphql";

type Edge = { Bindings: HttpBindings; Variables: { requestId: string } };

const jsonError = (message: string, code: string) => ({
  errors: [{ message, extensions: { code } }],
});

/** Conditional request headers, answered after everything else (conditional-requests.ts). */
const CONDITIONAL = ["if-none-match", "if-modified-since"];

/**
 * The request the runtime gets: the client's request id dropped when it is not plain (Hive then
 * makes one), and its conditional headers taken off, so that no plugin answers them early.
 */
function forRuntime(request: Request): Request {
  const given = request.headers.get(REQUEST_ID_HEADER);
  const badId = given !== null && !saneRequestId(given);
  const conditional = CONDITIONAL.some((name) => request.headers.has(name));
  if (!badId && !conditional) return request;
  const headers = new Headers(request.headers);
  if (badId) headers.delete(REQUEST_ID_HEADER);
  for (const name of CONDITIONAL) headers.delete(name);
  return new Request(request, { headers });
}

/** An unexpected failure, answered in the form each surface's clients read. */
function internalError(path: string): Response {
  const message = "Unexpected error.";
  if (path === ORUK_PREFIX || path.startsWith(`${ORUK_PREFIX}/`)) {
    return Response.json(
      { type: "about:blank", title: "Internal Server Error", status: 500, detail: message },
      {
        status: 500,
        headers: {
          "content-type": "application/problem+json; charset=utf-8",
          "access-control-allow-origin": "*",
        },
      },
    );
  }
  if (path === FHIR_PREFIX || path.startsWith(`${FHIR_PREFIX}/`)) {
    return Response.json(
      {
        resourceType: "OperationOutcome",
        issue: [{ severity: "fatal", code: "exception", diagnostics: message }],
      },
      { status: 500, headers: { "content-type": "application/fhir+json; charset=utf-8" } },
    );
  }
  return Response.json(jsonError(message, "INTERNAL_SERVER_ERROR"), { status: 500 });
}

export function createEdge(options: {
  gateway: Gateway;
  /** Authenticates and counts a request the edge answers itself; a refusal to send, or null. */
  admit: (request: Request, serverContext: ServerContext) => Promise<Response | null>;
  production: boolean;
  /** This deployment's public address, for the interop interfaces' links. */
  publicUrl: () => string;
  /** Browser origins allowed by CORS (the FHIR interface's; GraphQL's are the runtime's). */
  corsOrigins: readonly string[];
  log: Logger;
}): Hono<Edge> {
  const { gateway, log } = options;
  const app = new Hono<Edge>();
  const serverContext = (c: Context<Edge>, admitted = false): ServerContext => ({
    req: c.env.incoming,
    admitted,
  });
  /**
   * Hands a request to Hive's runtime as a Web Request, its headers made fit first. The runtime
   * answers with its own Response class, which Hono cannot copy (as it does to answer HEAD), so
   * the answer is passed on as a Response of this platform's.
   */
  const runtime = async (c: Context<Edge>) => {
    const answer = await gateway.fetch(forRuntime(c.req.raw), {
      ...serverContext(c),
      ifNoneMatch: c.req.header("if-none-match"),
    });
    return new Response(answer.body, {
      status: answer.status,
      statusText: answer.statusText,
      headers: new Headers([...answer.headers]),
    });
  };
  /**
   * A plain request (the usual kind: no conditional headers, a plain request id or none, and a
   * body of a declared length within the limit) goes to the runtime's own Node adapter with the
   * client's socket, which reads the body and writes the answer itself: a third less CPU than
   * Web Request and Response objects through the edge. Anything else goes on to the body limit
   * and `runtime`.
   */
  const plainToRuntime = async (c: Context<Edge>, next: () => Promise<void>) => {
    const { incoming, outgoing } = c.env;
    const { headers } = incoming;
    const id = headers[REQUEST_ID_HEADER];
    const length = headers["content-length"];
    // Hono answers HEAD from a GET's Response, which an answer written straight to the socket is not.
    const plain =
      incoming.method !== "HEAD" &&
      !CONDITIONAL.some((name) => name in headers) &&
      (id === undefined || saneRequestId(id) !== null) &&
      headers["transfer-encoding"] === undefined &&
      (length === undefined ? incoming.method === "GET" : Number(length) <= MAX_REQUEST_BYTES);
    if (!plain) return next();
    await gateway(incoming, outgoing, serverContext(c));
    return RESPONSE_ALREADY_SENT;
  };
  app.onError((error, c) => {
    log.error(
      {
        requestId: c.get("requestId") ?? c.req.header(REQUEST_ID_HEADER) ?? null,
        method: c.req.method,
        path: c.req.path,
        err: error.message,
      },
      "request failed",
    );
    return internalError(c.req.path);
  });
  app.notFound(() =>
    Response.json(jsonError("Not found: GraphQL is served on /graphql.", "NOT_FOUND"), {
      status: 404,
    }),
  );

  routeWebPages(app, GRAPHQL_PATH);
  app.all(
    GRAPHQL_PATH,
    plainToRuntime,
    bodyLimit({
      maxSize: MAX_REQUEST_BYTES,
      onError: (c) =>
        c.json(
          jsonError(
            `The request body is larger than ${MAX_REQUEST_BYTES} bytes.`,
            "PAYLOAD_TOO_LARGE",
          ),
          413,
          { connection: "close" },
        ),
    }),
    runtime,
  );
  app.all("/healthcheck", plainToRuntime, runtime);
  app.all("/readiness", plainToRuntime, runtime);
  if (!options.production) app.get("/", plainToRuntime, runtime);

  // The REST interfaces: a request id, one log line and one admission per request.
  const interop = interopRoutes({
    gatewayFetch: async (request, c) =>
      gateway.fetch(request, serverContext(c as Context<Edge>, true)),
    graphqlUrl: `http://localhost${GRAPHQL_PATH}`,
    publicUrl: options.publicUrl,
    corsOrigins: options.corsOrigins,
    requestIdOf: (c) => (c as Context<Edge>).get("requestId"),
    admit: (c) => options.admit(c.req.raw, serverContext(c as Context<Edge>)),
  });
  for (const prefix of [ORUK_PREFIX, FHIR_PREFIX]) {
    app.use(prefix, logInterop(log));
    app.use(`${prefix}/*`, logInterop(log));
  }
  app.route("/", interop);
  return app;
}

function logInterop(log: Logger) {
  return async (c: Context<Edge>, next: () => Promise<void>) => {
    const started = performance.now();
    const requestId = saneRequestId(c.req.header(REQUEST_ID_HEADER)) ?? randomUUID();
    c.set("requestId", requestId);
    await next();
    c.res.headers.set(REQUEST_ID_HEADER, requestId);
    log.info(
      {
        requestId,
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        durationMs: Math.round(performance.now() - started),
      },
      "request",
    );
  };
}
