import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { type ExecutionResult, GraphQLError } from "graphql";

/**
 * One error per cause: errors with the same code and message (a subgraph that is down, a ceiling
 * reached, a scope refused on every item of a list) are folded into the first, which says how
 * many fields it stands for in `extensions.occurrences`. Every refused field is still null.
 */
export function oneErrorPerCause(): GatewayPlugin {
  return {
    onExecutionResult({ result, setResult }) {
      const single = result as ExecutionResult;
      if (!single || !Array.isArray(single.errors) || single.errors.length < 2) return;
      const first = new Map<string, { error: GraphQLError; count: number }>();
      for (const error of single.errors) {
        const key = `${String(error.extensions?.code)}\n${error.message}`;
        const seen = first.get(key);
        if (seen) seen.count++;
        else first.set(key, { error, count: 1 });
      }
      if (first.size === single.errors.length) return;
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
