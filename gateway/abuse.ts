import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { GraphQLError, parse, type ValidationContext } from "graphql";
import { limitErrors, QUERY_LIMITS, tooLarge } from "./limits.js";

/** graphql-armor measures; the refusal a client reads is ours, with a code and a 400. */
const refuse =
  (code: string, message: string) => (context: ValidationContext | null, error: GraphQLError) =>
    context?.reportError(
      tooLarge(code, `${message} (${error.message.replace(/^Syntax Error: /, "")})`),
    );

/**
 * Refuses documents over the token limit while parsing (graphql-js's `maxTokens`, so a huge
 * document is never fully parsed), over the depth, alias and directive limits (graphql-armor),
 * and over the cost limit (limits.ts, which reads each list's declared `@listSize`). Hive's own
 * demand control is not used for cost: it estimates each subgraph call as the plan runs, after
 * the calls before it have done their work; this refuses before any work is done.
 */
export function queryLimits(): GatewayPlugin[] {
  const options = { propagateOnRejection: false, exposeLimits: true };
  return [
    maxDepthPlugin({
      ...options,
      n: QUERY_LIMITS.maxDepth,
      flattenFragments: true,
      onReject: [refuse("QUERY_TOO_DEEP", "The query is nested too deep")],
    }) as GatewayPlugin,
    maxAliasesPlugin({
      ...options,
      n: QUERY_LIMITS.maxAliases,
      allowList: [], // an alias of __typename counts too
      onReject: [refuse("TOO_MANY_ALIASES", "The query uses too many aliases")],
    }) as GatewayPlugin,
    maxDirectivesPlugin({
      ...options,
      n: QUERY_LIMITS.maxDirectives,
      onReject: [refuse("TOO_MANY_DIRECTIVES", "The query uses too many directives")],
    }) as GatewayPlugin,
    {
      onParse({ setParseFn }) {
        setParseFn((source, parseOptions) =>
          parse(source, { ...parseOptions, maxTokens: QUERY_LIMITS.maxTokens }),
        );
      },
      onValidate({ params }) {
        return ({ result, setResult }) => {
          if (result.length > 0) return;
          const errors = limitErrors(params.documentAST, params.schema);
          if (errors.length > 0) setResult(errors);
        };
      },
    },
  ];
}
