import { GraphQLError } from "graphql";
import { maskError as maskUnexpected } from "graphql-yoga";

/**
 * What Hive's transport calls a subgraph that refused, dropped or did not answer a request, or
 * answered with something that is not GraphQL (a proxy's 502 page, say).
 */
const UNREACHABLE = new Set([
  "SUBREQUEST_HTTP_ERROR",
  "DOWNSTREAM_SERVICE_ERROR",
  "TIMEOUT_ERROR",
  "RESPONSE_VALIDATION_FAILED",
]);

const INVALID_VARIABLE = /^(Variable "\$\w+") got invalid value /;

/**
 * graphql-js repeats a variable's whole invalid value in its error, which could carry a
 * `@sensitive` value; the error keeps only which variable and why.
 */
function withoutEchoedValue(error: GraphQLError): GraphQLError | null {
  const match = INVALID_VARIABLE.exec(error.message);
  if (!match) return null;
  const why = error.originalError?.message;
  // The message ends `<value> at "<path>"; <why>`: read the path back from the end, where the
  // reason is known, never from the value.
  const head =
    why && error.message.endsWith(`; ${why}`) ? error.message.slice(0, -why.length - 2) : "";
  const at = / at "([^"]+)"$/.exec(head)?.[1];
  return new GraphQLError(
    `${match[1]} got an invalid value${at ? ` at "${at}"` : ""}${why ? `: ${why}` : "."}`,
    {
      nodes: error.nodes,
      extensions: { code: "BAD_USER_INPUT", http: { status: 400 } },
    },
  );
}

function subgraphFailure(error: unknown): string | null {
  let e: unknown = error;
  for (let depth = 0; e instanceof Error && depth < 10; depth++) {
    const { code, serviceName } = (e as GraphQLError).extensions ?? {};
    const timedOut = e.name === "TimeoutError" || /timed? ?out|aborted/i.test(e.message);
    if (typeof serviceName === "string" && (UNREACHABLE.has(String(code)) || timedOut)) {
      return serviceName;
    }
    e = (e as GraphQLError).originalError ?? e.cause;
  }
  return null;
}

/**
 * Errors as a client sees them. A subgraph that is down or too slow becomes one clear error on
 * the fields it owns (its address and the transport's details stay in the server log); anything
 * else unexpected is masked as usual in production.
 */
export function maskError(error: unknown, message: string, isDev?: boolean): Error {
  const service = subgraphFailure(error);
  if (service) {
    return new GraphQLError(
      `The ${service} subgraph is unavailable or did not answer in time, so its fields are null.`,
      {
        path: error instanceof GraphQLError ? error.path : undefined,
        extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: service },
      },
    );
  }
  if (error instanceof GraphQLError) {
    const variable = withoutEchoedValue(error);
    if (variable) return variable;
  }
  return maskUnexpected(error, message, isDev);
}
