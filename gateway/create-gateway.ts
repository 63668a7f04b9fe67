import { blockFieldSuggestionsPlugin } from "@escape.tech/graphql-armor-block-field-suggestions";
import { createGatewayRuntime, type GatewayPlugin } from "@graphql-hive/gateway-runtime";
import {
  type DocumentNode,
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  validate,
} from "graphql";
import { readFileSync } from "node:fs";
import type { useOpenTelemetry } from "@graphql-hive/plugin-opentelemetry";
import { queryLimits } from "./abuse.js";
import { authenticateAndLimit } from "./rate-limit.js";
import { boundExpensiveWork } from "./expensive-work.js";
import { errorHygiene } from "./error-hygiene.js";
import { hiveLogger, logRequests } from "./logging.js";
import { gatewayMetrics, registeredOperationNames } from "./metrics.js";
import { Registry } from "prom-client";
import { createLogger, type Logger } from "../common/logger.js";
import { APOLLO_SANDBOX_ORIGIN, type GatewayConfig, SUPERGRAPH_FILE } from "./config.js";
import { sandboxPage } from "./landing-page.js";
import { maskError } from "./mask-error.js";
import { responseCache } from "./response-cache.js";
import { useConditionalRequests } from "./conditional-requests.js";
import { loadManifests, persistedDocuments } from "./persisted-documents.js";
import { plannedHandler } from "./query-planner.js";
import { checkSubgraphs, type SubgraphHealth } from "./readiness.js";
import { ANONYMOUS, type Caller } from "../common/caller.js";
import { signRequest } from "../common/signing.js";
import { Authenticator, INTROSPECTION_SCOPES } from "./auth.js";

export { SUPERGRAPH_FILE };
const GRAPHQL_ENDPOINT = "/graphql";

/**
 * The gateway: Hive Gateway's runtime serving the committed supergraph (no composing at
 * start-up, so a subgraph that is down cannot stop it), with a timeout on every subgraph call;
 * and `admit`, which authenticates and counts a request the edge serves itself (/oruk, /fhir).
 */
export function createGateway(
  config: GatewayConfig,
  log: Logger = createLogger("gateway"),
  registry: Registry = new Registry(),
  /** Hive's OpenTelemetry plugin, when the gateway is traced (see common/tracing.ts). */
  openTelemetry: typeof useOpenTelemetry | null = null,
) {
  const supergraph = parse(readFileSync(SUPERGRAPH_FILE, "utf8"));
  const hiveLog = hiveLogger(log);
  const access = authenticateAndLimit({
    authenticator: new Authenticator(config.auth),
    perMinute: config.rateLimitPerMinute,
    trustedProxies: config.trustedProxies,
    graphqlPath: GRAPHQL_ENDPOINT,
  });
  const registered = loadManifests(config.persistedDocuments.dir);
  const runtime = createGatewayRuntime({
    supergraph,
    unifiedGraphHandler: plannedHandler,
    graphqlEndpoint: GRAPHQL_ENDPOINT,
    transportEntries: Object.fromEntries(
      Object.entries(config.subgraphUrls).map(([name, location]) => [name, { location }]),
    ),
    upstreamTimeout: config.subgraphTimeoutMs,
    persistedDocuments: persistedDocuments({
      documents: registered,
      mode: config.persistedDocuments.mode,
      callerOf: access.callerOf,
    }),
    maskedErrors: { isDev: !config.production, maskError },
    landingPage: false,
    graphiql: false,
    healthCheckEndpoint: "/healthcheck",
    // Hive's own readiness only says the supergraph loaded; ours asks the subgraphs (see below).
    readinessCheckEndpoint: "/__hive/readiness",
    // Hive's own lines go through the gateway's pino logger, each with its request id.
    logging: hiveLog,
    // No foreign origin is allowed unless CORS_ORIGINS names it (and, in development, Sandbox).
    cors:
      config.production && config.corsOrigins.length === 0
        ? false
        : {
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
      resolveUserFn: (context: { request: Request }) => access.callerOf(context.request),
    },
    plugins: (context) => [
      // First, so its spans wrap every other plugin's work.
      ...(openTelemetry ? [openTelemetry({ ...context, traces: true })] : []),
      logRequests(log),
      gatewayMetrics(registry, hiveLog, registeredOperationNames(registered.values())),
      signSubgraphRequests(config.subgraphSecret, config.subgraphUrls),
      access.plugin,
      ...(config.responseCacheTtlMs > 0
        ? [
            useConditionalRequests(access.callerOf),
            ...responseCache({
              ttlMs: config.responseCacheTtlMs,
              maxBytes: config.responseCacheMaxBytes,
              subgraphUrls: config.subgraphUrls,
              supergraph,
              callerOf: access.callerOf,
              registry,
            }),
          ]
        : []),
      ...queryLimits(),
      boundExpensiveWork(),
      errorHygiene(config.production),
      readinessPlugin(config),
      ...(config.production
        ? [introspectionForDevelopers(), blockFieldSuggestionsPlugin({ mask: "" }) as GatewayPlugin]
        : [sandboxLandingPage()]),
    ],
  });
  return { runtime, admit: access.admit };
}

export type Gateway = ReturnType<typeof createGateway>["runtime"];

/**
 * Signs every request to a subgraph for the authenticated caller (or whom `callerOf` names), its
 * method, path and body, with the subgraph it goes to as the audience (see kit/signing.ts).
 */
export function signSubgraphRequests(
  secret: string,
  urls: Record<string, string>,
  callerOf: (context: unknown) => Caller = (context) =>
    (context as { currentUser?: Caller | null }).currentUser ?? ANONYMOUS,
): GatewayPlugin {
  const subgraphs = new Map(
    Object.entries(urls).map(([name, url]) => [
      url,
      { audience: name, path: new URL(url).pathname },
    ]),
  );
  return {
    onFetch({ url, options, setOptions, context }) {
      const subgraph = subgraphs.get(url);
      if (!subgraph) return; // not a subgraph: sign nothing for it
      const body = typeof options.body === "string" ? options.body : "";
      const given = options.headers;
      const headers =
        given && Object.getPrototypeOf(given) === Object.prototype
          ? (given as Record<string, string>)
          : Object.fromEntries(new Headers(given as HeadersInit).entries());
      const signed = { method: options.method ?? "POST", ...subgraph, body };
      const signature = signRequest(secret, signed, callerOf(context));
      setOptions({ ...options, headers: { ...headers, ...signature } });
    },
  };
}

/**
 * How long a ready answer is reused. Probes that arrive while a check is under way share it, so
 * a flood of probes makes one round of checks; an unready answer is not reused once it is in.
 */
const READINESS_CACHE_MS = 2_000;

function readinessPlugin(config: GatewayConfig): GatewayPlugin {
  let cached: { at: number; health: Promise<SubgraphHealth[]>; done: boolean; ok: boolean } | null =
    null;
  const fresh = () =>
    cached && (!cached.done || (cached.ok && Date.now() - cached.at <= READINESS_CACHE_MS));
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== "/readiness") return;
      if (!fresh()) {
        const entry = {
          at: Date.now(),
          done: false,
          ok: false,
          health: checkSubgraphs(
            config.subgraphUrls,
            Math.min(config.subgraphTimeoutMs, 2000),
            config.subgraphSecret,
          ),
        };
        void entry.health.then((health) => {
          entry.done = true;
          entry.ok = health.every((h) => h.ok);
        });
        cached = entry;
      }
      const health = await cached!.health;
      const down = health.filter((h) => !h.ok).map((h) => h.name);
      // A gateway with some subgraphs down still serves the rest (their fields null, with one
      // clear error), so a load balancer should keep it: 200 "degraded". Only when no subgraph
      // answers is it 503, so traffic goes to a gateway that can serve.
      const status =
        down.length === 0 ? "ready" : down.length < health.length ? "degraded" : "unavailable";
      endResponse(
        fetchAPI.Response.json(
          {
            status,
            ...(down.length > 0 ? { unavailable: down } : {}),
            subgraphs: Object.fromEntries(health.map((h) => [h.name, h.ok ? "ok" : h.reason])),
          },
          { status: status === "unavailable" ? 503 : 200 },
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
  // Parsed documents are cached and shared, so each is checked once.
  const introspects = new WeakMap<DocumentNode, boolean>();
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const document = args.document as DocumentNode;
      const caller = (args.contextValue as { currentUser?: Caller | null }).currentUser;
      if (caller?.scopes.some((scope) => INTROSPECTION_SCOPES.includes(scope))) return;
      let asks = introspects.get(document);
      if (asks === undefined) {
        asks = validate(args.schema, document, [NoSchemaIntrospectionCustomRule]).length > 0;
        introspects.set(document, asks);
      }
      if (!asks) return;
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
