import { createGatewayRuntime, type GatewayPlugin } from "@graphql-hive/gateway-runtime";
import {
  type DocumentNode,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  validate,
} from "graphql";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { queryLimits, rateLimit } from "./abuse.js";
import { boundExpensiveWork } from "./expensive-work.js";
import { oneErrorPerCause } from "./one-error-per-cause.js";
import { APOLLO_SANDBOX_ORIGIN, type GatewayConfig } from "./config.js";
import { sandboxPage } from "./landing-page.js";
import { maskError } from "./mask-error.js";
import { checkSubgraphs } from "./readiness.js";
import { ANONYMOUS, type Caller } from "../subgraphs/kit/context.js";
import { signRequest } from "../subgraphs/kit/signing.js";
import { Authenticator, INTROSPECTION_SCOPES } from "./auth.js";

export const SUPERGRAPH_FILE = fileURLToPath(
  new URL("../schema/supergraph.graphql", import.meta.url),
);
const GRAPHQL_ENDPOINT = "/graphql";

/**
 * The gateway: Hive Gateway's runtime serving the committed supergraph (no composing at
 * start-up, so a subgraph that is down cannot stop it), with a timeout on every subgraph call.
 */
export function createGateway(config: GatewayConfig) {
  const supergraph = parse(readFileSync(SUPERGRAPH_FILE, "utf8"));
  const authenticator = new Authenticator(config.auth);
  return createGatewayRuntime({
    supergraph,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    transportEntries: Object.fromEntries(
      Object.entries(config.subgraphUrls).map(([name, location]) => [name, { location }]),
    ),
    upstreamTimeout: config.subgraphTimeoutMs,
    maskedErrors: { isDev: !config.production, maskError },
    landingPage: false,
    graphiql: false,
    healthCheckEndpoint: "/healthcheck",
    // Hive's own readiness only says the supergraph loaded; ours asks the subgraphs (see below).
    readinessCheckEndpoint: "/__hive/readiness",
    logging: config.production ? "info" : "warn",
    cors: {
      origin: config.production
        ? config.corsOrigins
        : [...config.corsOrigins, APOLLO_SANDBOX_ORIGIN],
      credentials: true,
      methods: ["GET", "POST", "OPTIONS"],
    },
    csrfPrevention: { requestHeaders: ["x-graphql-csrf", "apollo-require-preflight"] },
    // The gateway only learns who the caller is and signs that to the subgraphs. Each subgraph
    // enforces the schema's @requiresScopes itself (kit/scopes.ts), so a refused field is nulled
    // by graphql-js where it stands and every answer keeps its document's shape.
    genericAuth: {
      mode: "resolve-only",
      resolveUserFn: (context: { request: Request }) =>
        authenticator.authenticate(context.request.headers),
    },
    plugins: () => [
      signSubgraphRequests(config.subgraphSecret, config.subgraphUrls),
      ...(config.rateLimitPerMinute > 0
        ? [rateLimit(config.rateLimitPerMinute, config.trustProxy)]
        : []),
      queryLimits(),
      boundExpensiveWork(),
      oneErrorPerCause(),
      readinessPlugin(config),
      ...(config.production
        ? [introspectionForDevelopers(), withoutFieldSuggestions()]
        : [sandboxLandingPage()]),
    ],
  });
}

export type Gateway = ReturnType<typeof createGateway>;

/**
 * Signs every request to a subgraph for the authenticated caller, its method, path and body,
 * with the subgraph it goes to as the audience (see kit/signing.ts).
 */
function signSubgraphRequests(secret: string, urls: Record<string, string>): GatewayPlugin {
  const audiences = new Map(Object.entries(urls).map(([name, url]) => [url, name]));
  return {
    onFetch({ url, options, setOptions, context }) {
      const audience = audiences.get(url);
      if (!audience) return; // not a subgraph: sign nothing for it
      const body = typeof options.body === "string" ? options.body : "";
      const headers = Object.fromEntries(new Headers(options.headers as HeadersInit).entries());
      const caller = (context as { currentUser?: Caller | null }).currentUser ?? ANONYMOUS;
      const signed = {
        method: options.method ?? "POST",
        path: new URL(url).pathname,
        audience,
        body,
      };
      setOptions({ ...options, headers: { ...headers, ...signRequest(secret, signed, caller) } });
    },
  };
}

function readinessPlugin(config: GatewayConfig): GatewayPlugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== "/readiness") return;
      const health = await checkSubgraphs(
        config.subgraphUrls,
        Math.min(config.subgraphTimeoutMs, 2000),
        config.subgraphSecret,
      );
      const unavailable = health.filter((h) => !h.ok);
      endResponse(
        fetchAPI.Response.json(
          {
            status: unavailable.length === 0 ? "ready" : "unavailable",
            subgraphs: Object.fromEntries(health.map((h) => [h.name, h.ok ? "ok" : h.reason])),
          },
          { status: unavailable.length === 0 ? 200 : 503 },
        ),
      );
    },
  };
}

function sandboxLandingPage(): GatewayPlugin {
  return {
    onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== "GET" || url.pathname !== "/") return;
      endResponse(
        new fetchAPI.Response(sandboxPage(GRAPHQL_ENDPOINT), {
          headers: { "content-type": "text/html; charset=utf-8" },
        }),
      );
    },
  };
}

/**
 * In production only developers and administrators may introspect the schema: graphql-js's
 * NoSchemaIntrospectionCustomRule finds `__schema` and `__type` anywhere in a document, fragments
 * included. It is checked at execution, once the caller is known (validation runs before the
 * caller is resolved, and its results are cached for every caller alike).
 */
function introspectionForDevelopers(): GatewayPlugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const document = args.document as DocumentNode;
      const caller = (args.contextValue as { currentUser?: Caller | null }).currentUser;
      if (caller?.scopes.some((scope) => INTROSPECTION_SCOPES.includes(scope))) return;
      if (validate(args.schema, document, [NoSchemaIntrospectionCustomRule]).length === 0) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(
            `Introspection is off in production except for the ${INTROSPECTION_SCOPES.join(" or ")} scope.`,
            { extensions: { code: caller ? "FORBIDDEN" : "UNAUTHENTICATED" } },
          ),
        ],
      });
    },
  };
}

const SUGGESTION = /\s*Did you mean .+\?$/;

/** In production, validation errors stop suggesting field names: they map the schema for a stranger. */
function withoutFieldSuggestions(): GatewayPlugin {
  return {
    onValidate() {
      return ({ result, setResult }) => {
        if (!result.some((error) => SUGGESTION.test(error.message))) return;
        setResult(
          result.map((error) =>
            SUGGESTION.test(error.message)
              ? new GraphQLError(error.message.replace(SUGGESTION, ""), {
                  nodes: error.nodes,
                  extensions: error.extensions,
                })
              : error,
          ),
        );
      };
    },
  };
}
