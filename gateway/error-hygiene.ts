import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import {
  type ASTVisitor,
  type ExecutionResult,
  GraphQLError,
  type ValidationContext,
} from "graphql";

/** Refusals of the request itself: always a 400 (or the status they carry). */
const BAD_REQUEST = new Set([
  "BAD_REQUEST",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "QUERY_TOO_DEEP",
  "TOO_MANY_ALIASES",
  "TOO_MANY_DIRECTIVES",
  "QUERY_TOO_COSTLY",
  "QUERY_TOO_LONG",
]);

/**
 * An operation of a type the schema has no root for (this API has no subscriptions) is invalid.
 * graphql-js 16 leaves it to execution, where Hive's planner failed on it with a 500; graphql-js
 * 17 has this rule as KnownOperationTypesRule.
 */
function KnownOperationTypes(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (context.getSchema().getRootType(node.operation)) return;
      context.reportError(
        new GraphQLError(`This API has no ${node.operation} operations.`, { nodes: node }),
      );
    },
  };
}

/**
 * In production no subgraph's stack trace or exception detail reaches a client. And one error
 * per cause: errors with the same code and message (a subgraph that is down, a ceiling
 * reached, a scope refused on every item of a list) are folded into the first, which says how
 * many fields it stands for in `extensions.occurrences`. Every refused field is still null.
 */
export function errorHygiene(production: boolean): GatewayPlugin {
  const clean = (error: GraphQLError) => {
    if (!production || !error.extensions) return error;
    const { stacktrace, exception, ...extensions } = error.extensions;
    if (stacktrace === undefined && exception === undefined) return error;
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      path: error.path,
      extensions,
    });
  };
  return {
    // A broken request is the client's error whatever it accepts: 400, every time (Yoga would
    // answer 200 to plain-JSON clients, and did so for a parse it had cached). Its own parse
    // errors (malformed JSON) carry the parser's error, which echoes the body: it goes.
    onValidate({ addValidationRule }) {
      addValidationRule(KnownOperationTypes);
    },
    onResultProcess({ result }) {
      // An answer with no data at all, whose errors carry no code, is graphql-js refusing the
      // request before execution (variables that do not coerce, a required one missing): the
      // client's error too. A refusal of the caller (introspection in production) keeps its own.
      const refused = !Array.isArray(result) && (result as ExecutionResult).data === undefined;
      for (const error of (result as ExecutionResult).errors ?? []) {
        const extensions = error.extensions as Record<string, unknown> | undefined;
        if (!extensions) continue;
        const uncoded = refused && extensions.code === undefined && !extensions.http;
        if (!BAD_REQUEST.has(String(extensions.code)) && !uncoded) continue;
        delete extensions.originalError;
        const given = extensions.http as { status?: number } | undefined;
        extensions.http = { ...given, status: given?.status ?? 400, spec: false };
      }
    },
    onExecutionResult({ result, setResult }) {
      const original = result as ExecutionResult;
      if (!original || !Array.isArray(original.errors) || original.errors.length === 0) return;
      const single = { ...original, errors: original.errors.map(clean) };
      if (single.errors.length < 2) {
        setResult(single);
        return;
      }
      const first = new Map<string, { error: GraphQLError; count: number }>();
      for (const error of single.errors) {
        const key = `${String(error.extensions?.code)}\n${error.message}`;
        const seen = first.get(key);
        if (seen) seen.count++;
        else first.set(key, { error, count: 1 });
      }
      if (first.size === single.errors.length) {
        setResult(single);
        return;
      }
      setResult({
        ...single,
        errors: [...first.values()].map(({ error, count }) =>
          count === 1
            ? error
            : new GraphQLError(error.message, {
                nodes: error.nodes,
                path: error.path,
                originalError: error.originalError,
                extensions: { ...error.extensions, occurrences: count },
              }),
        ),
      });
    },
  };
}
