import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { GraphQLError, parse } from "graphql";
import { limitErrors, QUERY_LIMITS } from "./limits.js";

/**
 * Marks a request error (a parse or validation failure) to be answered with HTTP 400. Yoga would
 * answer 200 to clients that accept plain JSON (`http.spec`); a broken request is the client's
 * error whatever it accepts.
 */
function asBadRequest(error: GraphQLError): GraphQLError {
  const extensions = error.extensions as Record<string, unknown>;
  extensions.http = { ...(extensions.http as object | undefined), status: 400, spec: false };
  return error;
}

/**
 * Refuses documents over the token limit while parsing (so a huge document is never fully
 * parsed), then any over the depth, alias, directive or cost limits; every parse and validation
 * error is a 400, never a 500.
 */
export function queryLimits(): GatewayPlugin {
  return {
    onParse({ setParseFn }) {
      setParseFn((source, options) =>
        parse(source, { ...options, maxTokens: QUERY_LIMITS.maxTokens }),
      );
    },
    onValidate({ params }) {
      return ({ result, setResult }) => {
        const errors =
          result.length > 0 ? [...result] : limitErrors(params.documentAST, params.schema);
        if (errors.length > 0) setResult(errors.map(asBadRequest));
      };
    },
  };
}
