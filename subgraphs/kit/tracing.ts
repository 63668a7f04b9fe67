import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import {
  context,
  propagation,
  ROOT_CONTEXT,
  SpanKind,
  SpanStatusCode,
  trace,
} from "@opentelemetry/api";
import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * A subgraph's OpenTelemetry spans, through the API only: they are recorded when the process
 * registered a tracer provider (common/tracing.ts) and cost nothing otherwise.
 *
 * - one SERVER span per HTTP request, continuing the gateway's trace from its `traceparent`;
 * - the GraphQL operation's name and type on it (`operationAttributes`);
 * - a child span for each SQL statement (`sqlSpan`), named by its verb and table, never its values.
 */
export function traceRequest<T>(
  subgraph: string,
  req: IncomingMessage,
  res: ServerResponse,
  run: () => Promise<T>,
): Promise<T> {
  const parent = propagation.extract(ROOT_CONTEXT, req.headers);
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  const span = trace.getTracer(subgraph).startSpan(
    `${req.method ?? "GET"} ${path}`,
    {
      kind: SpanKind.SERVER,
      attributes: {
        "http.request.method": req.method ?? "GET",
        "url.path": path,
        "partnership.subgraph": subgraph,
      },
    },
    parent,
  );
  res.on("close", () => {
    span.setAttribute("http.response.status_code", res.statusCode);
    if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
    span.end();
  });
  return context.with(trace.setSpan(parent, span), run);
}

/** Names the request's span after its operation, and records the error codes it answered with. */
export function operationAttributes<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      const span = trace.getActiveSpan();
      if (!span) return;
      return {
        async didResolveOperation({ operation, operationName }) {
          if (!operation) return;
          span.updateName(`graphql.${operation.operation} ${operationName ?? "anonymous"}`);
          span.setAttribute("graphql.operation.type", operation.operation);
          if (operationName) span.setAttribute("graphql.operation.name", operationName);
        },
        async didEncounterErrors({ errors }) {
          span.setAttribute(
            "graphql.error.codes",
            errors.map((e) => String(e.extensions?.code ?? "INTERNAL_SERVER_ERROR")),
          );
        },
      };
    },
  };
}

const VERB = /^\s*(\w+)/;
const TABLE = /\b(?:from|into|update|join)\s+["`]?(\w+)/i;

/** A finished SQL statement as a child of the active span: `SELECT pathways`, with its timing. */
export function sqlSpan(sql: string, startedAt: number, endedAt: number): void {
  const parent = trace.getActiveSpan();
  if (!parent) return;
  const summary = [VERB.exec(sql)?.[1]?.toUpperCase(), TABLE.exec(sql)?.[1]]
    .filter(Boolean)
    .join(" ");
  const origin = performance.timeOrigin;
  trace
    .getTracer("sqlite")
    .startSpan(
      summary || "sql",
      {
        kind: SpanKind.CLIENT,
        startTime: origin + startedAt,
        attributes: { "db.system.name": "sqlite", "db.query.summary": summary },
      },
      context.active(),
    )
    .end(origin + endedAt);
}
