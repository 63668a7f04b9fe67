import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { GraphQLError, parse } from "graphql";
import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import { limitErrors, QUERY_LIMITS } from "./limits.js";
import { RateLimiter } from "./rate-limit.js";

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
  // Yoga insists on 200 for a syntax error to clients that accept plain JSON, whatever the error
  // says; requests that failed to parse are remembered and their answer turned into a 400.
  const unparsable = new WeakSet<Request>();
  return {
    onParse({ setParseFn, context }) {
      setParseFn((source, options) =>
        parse(source, { ...options, maxTokens: QUERY_LIMITS.maxTokens }),
      );
      return ({ result }) => {
        const request = (context as { request?: Request }).request;
        if (result instanceof GraphQLError && request) unparsable.add(request);
      };
    },
    onResponse({ request, response, setResponse }) {
      if (response.status === 200 && unparsable.has(request)) {
        setResponse(new Response(response.body, { status: 400, headers: response.headers }));
      }
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

/**
 * Who a request counts against: the credential it carries (so each token or API key has its own
 * allowance), else its client address (the proxy's forwarded one, if configured).
 */
function clientOf(serverContext: unknown, request: Request, trustProxy: boolean): string {
  const credential = request.headers.get("authorization") ?? request.headers.get("x-api-key");
  if (credential)
    return `credential:${createHash("sha256").update(credential).digest("base64url")}`;
  const forwarded = trustProxy
    ? request.headers.get("x-forwarded-for")?.split(",")[0]?.trim()
    : null;
  const req = (serverContext as { req?: IncomingMessage }).req;
  return `address:${forwarded || req?.socket.remoteAddress || "unknown"}`;
}

/** Answers 429 with Retry-After once a client has used its allowance for the minute. */
export function rateLimit(perMinute: number, trustProxy: boolean): GatewayPlugin {
  const limiter = new RateLimiter(perMinute);
  return {
    onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname !== "/graphql") return;
      const verdict = limiter.take(clientOf(serverContext, request, trustProxy));
      if (verdict.allowed) return;
      endResponse(
        fetchAPI.Response.json(
          {
            errors: [
              {
                message: `Too many requests: the limit is ${perMinute} a minute. Try again in ${verdict.retryAfterSeconds} s.`,
                extensions: { code: "RATE_LIMITED" },
              },
            ],
          },
          { status: 429, headers: { "retry-after": String(verdict.retryAfterSeconds) } },
        ),
      );
    },
  };
}
