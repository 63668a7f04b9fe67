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
 * Refuses a document longer than the character limit before it is parsed. Yoga keys its parse
 * cache (and its cache of parse errors) by the document's text, 1,024 entries, so a refusal made
 * while parsing (graphql-armor's character limit works so) still keeps each refused document in
 * memory: a thousand distinct long names held gigabytes. Refused here, a document is never a key.
 */
function characterLimit(): GatewayPlugin {
  return {
    onParams({ params, setResult }) {
      const length = typeof params.query === "string" ? params.query.length : 0;
      if (length <= QUERY_LIMITS.maxCharacters) return;
      setResult({
        errors: [
          tooLarge(
            "QUERY_TOO_LONG",
            `The document is ${length} characters long: the limit is ${QUERY_LIMITS.maxCharacters}.`,
          ),
        ],
      });
    },
  };
}

/**
 * Refuses documents over the character limit before parsing, over the token limit while parsing (graphql-js's `maxTokens`, so a huge
 * document is never fully parsed), over the depth, alias and directive limits (graphql-armor),
 * and over the cost limit (limits.ts, which reads each list's declared `@listSize`). Hive's own
 * demand control is not used for cost: it estimates each subgraph call as the plan runs, after
 * the calls before it have done their work; this refuses before any work is done.
 */
export function queryLimits(): GatewayPlugin[] {
  const options = { propagateOnRejection: false, exposeLimits: true };
  return [
    characterLimit(),
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
