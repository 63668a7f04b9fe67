import { GraphQLError } from "graphql";
import { maskError as maskUnexpected } from "graphql-yoga";

/** What Hive's transport calls a subgraph that refused, dropped or did not answer a request. */
const UNREACHABLE = new Set(["SUBREQUEST_HTTP_ERROR", "DOWNSTREAM_SERVICE_ERROR", "TIMEOUT_ERROR"]);

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
  return maskUnexpected(error, message, isDev);
}
