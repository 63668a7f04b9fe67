import { tracingRequested } from "../common/tracing.js";
import { signingSecretFromEnv } from "../common/signing.js";
import { type AuthConfig, DEVELOPMENT_JWT_SECRET } from "./auth.js";
import { CLIENT_TIMEOUTS, type ClientTimeouts } from "../common/http.js";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { wholeNumber } from "../common/env.js";
import { subgraphUrls } from "./subgraph-urls.js";
import type { PersistedDocumentsMode } from "./persisted-documents.js";

export const APOLLO_SANDBOX_ORIGIN = "https://studio.apollographql.com";

/** The committed supergraph the gateway serves (see scripts/compose.ts). */
export const SUPERGRAPH_FILE = fileURLToPath(
  new URL("../schema/supergraph.graphql", import.meta.url),
);

export interface GatewayConfig {
  port: number;
  host: string;
  production: boolean;
  /** Milliseconds the gateway waits for one subgraph call before giving up on it. */
  subgraphTimeoutMs: number;
  /** Browser origins allowed by CORS, besides Apollo Sandbox in development. */
  corsOrigins: string[];
  /** Where each subgraph listens, by subgraph name. */
  subgraphUrls: Record<string, string>;
  /** Requests a client may send a minute (0: no limit). */
  rateLimitPerMinute: number;
  /**
   * How many proxies in front of the gateway append to X-Forwarded-For (TRUST_PROXY); 0: none,
   * and the socket's address is the client's.
   */
  trustedProxies: number;
  /** The most connections one client address may hold open at once (0: no cap of its own). */
  connectionsPerAddress: number;
  /** The secret the gateway signs subgraph requests with, and the subgraphs check. */
  subgraphSecret: string;
  /** How callers prove who they are: bearer tokens and API keys. */
  auth: AuthConfig;
  /** How long a client may take over its headers and its whole request. */
  clientTimeouts: ClientTimeouts;
  /** Where `/metrics` is served, apart from the public port; null: not served. */
  metrics: { port: number; host: string } | null;
  /** Whether the gateway records OpenTelemetry spans (OTEL_EXPORTER_OTLP_ENDPOINT is set). */
  tracing: boolean;
  /**
   * The address clients reach the gateway at (PUBLIC_URL), for the links and code systems the
   * FHIR and Open Referral UK interfaces give. Production refuses to start without it; in
   * development, unset, it is the address the gateway listens on. Never a request's Host.
   */
  publicUrl: string | null;
  /**
   * How long a query's answer is served from the gateway's response cache (see
   * response-cache.ts); 0 turns the cache off.
   */
  responseCacheTtlMs: number;
  /** The most the response cache's answers may take, in bytes (measured as JSON). */
  responseCacheMaxBytes: number;
  /** Registered documents (persisted-documents.ts): where the manifests are, and whether only they are served. */
  persistedDocuments: { dir: string; mode: PersistedDocumentsMode };
}

/** Bearer-token keys and the API keys file; production needs a real token key. */
export function authConfig(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const production = env.NODE_ENV === "production";
  const jwksUrl = env.AUTH_JWKS_URL || null;
  const jwtSecret = env.AUTH_JWT_SECRET || (production || jwksUrl ? null : DEVELOPMENT_JWT_SECRET);
  if (!jwtSecret && !jwksUrl) {
    throw new Error(
      "Set AUTH_JWKS_URL (or AUTH_JWT_SECRET) in production: bearer tokens need a key",
    );
  }
  if (jwtSecret && jwtSecret.length < 32)
    throw new Error("AUTH_JWT_SECRET must be at least 32 characters");
  return {
    jwtSecret,
    jwksUrl,
    issuer: env.AUTH_ISSUER ?? "partnership-web",
    audience: env.AUTH_AUDIENCE ?? "partnership-web-api",
    apiKeysFile: env.API_KEYS_FILE ?? `${env.DATA_DIR ?? "data"}/api-keys.json`,
    maxTokenLifetimeSeconds: wholeNumber(env, "AUTH_MAX_TOKEN_LIFETIME_SECONDS", 24 * 60 * 60),
  };
}

/** The committed manifests of registered documents, one per client. */
export const PERSISTED_DIR = fileURLToPath(new URL("../persisted/", import.meta.url));

function persistedMode(value: string | undefined): PersistedDocumentsMode {
  if (value === undefined || value === "" || value === "optional") return "optional";
  if (value === "required") return "required";
  throw new Error(`PERSISTED_DOCUMENTS must be "optional" or "required", not "${value}"`);
}

/** Per address, while no proxy is trusted (behind one, every client shares the proxy's). */
export const DEFAULT_CONNECTIONS_PER_ADDRESS = 64;

function trustedProxies(value: string | undefined): number {
  if (value === undefined || value === "" || value === "0") return 0;
  if (!/^[1-9]\d?$/.test(value)) {
    throw new Error(
      `TRUST_PROXY must be the number of proxies in front of the gateway that append to X-Forwarded-For (for example 1), not "${value}"`,
    );
  }
  return Number(value);
}

function publicUrl(env: NodeJS.ProcessEnv): string | null {
  const value = env.PUBLIC_URL?.trim();
  if (!value) {
    if (env.NODE_ENV === "production") {
      throw new Error(
        "Set PUBLIC_URL in production (for example https://api.example.nhs.uk): the FHIR and Open Referral UK interfaces build their links and identifier systems from it",
      );
    }
    return null;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_URL must be an absolute http(s) URL, not "${value}"`);
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new Error(`PUBLIC_URL must be an absolute http(s) URL, not "${value}"`);
  }
  return url.href.replace(/\/$/, "");
}

export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const host = env.HOST ?? "127.0.0.1";
  return {
    port: wholeNumber(env, "PORT", 4000),
    host,
    production: env.NODE_ENV === "production",
    subgraphTimeoutMs: wholeNumber(env, "SUBGRAPH_TIMEOUT_MS", 5000),
    rateLimitPerMinute: wholeNumber(env, "RATE_LIMIT_PER_MINUTE", 600),
    trustedProxies: trustedProxies(env.TRUST_PROXY),
    connectionsPerAddress: wholeNumber(
      env,
      "CONNECTIONS_PER_ADDRESS",
      trustedProxies(env.TRUST_PROXY) > 0 ? 0 : DEFAULT_CONNECTIONS_PER_ADDRESS,
    ),
    subgraphSecret: signingSecretFromEnv(env),
    auth: authConfig(env),
    metrics: {
      port: wholeNumber(env, "METRICS_PORT", 9400),
      host: env.METRICS_HOST ?? "127.0.0.1",
    },
    clientTimeouts: {
      headersMs: wholeNumber(env, "HEADERS_TIMEOUT_MS", CLIENT_TIMEOUTS.headersMs),
      requestMs: wholeNumber(env, "REQUEST_TIMEOUT_MS", CLIENT_TIMEOUTS.requestMs),
    },
    corsOrigins: (env.CORS_ORIGINS ?? "")
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
    subgraphUrls: subgraphUrls(readFileSync(SUPERGRAPH_FILE, "utf8"), env),
    tracing: tracingRequested(env),
    publicUrl: publicUrl(env),
    responseCacheTtlMs: wholeNumber(env, "RESPONSE_CACHE_TTL_MS", 30_000),
    responseCacheMaxBytes: wholeNumber(env, "RESPONSE_CACHE_MAX_BYTES", 64 * 1024 * 1024),
    persistedDocuments: {
      dir: env.PERSISTED_DOCUMENTS_DIR ?? PERSISTED_DIR,
      mode: persistedMode(env.PERSISTED_DOCUMENTS),
    },
  };
}
