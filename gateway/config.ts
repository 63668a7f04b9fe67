import { DEVELOPMENT_SECRET } from "../subgraphs/kit/signing.js";
import { type AuthConfig, DEVELOPMENT_JWT_SECRET } from "./auth.js";
import { CLIENT_TIMEOUTS, type ClientTimeouts } from "../subgraphs/kit/server.js";
import { SUBGRAPHS } from "../subgraphs/registry.js";

export const APOLLO_SANDBOX_ORIGIN = "https://studio.apollographql.com";

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
  /** Whether X-Forwarded-For names the client (only behind a proxy that sets it). */
  trustProxy: boolean;
  /** The secret the gateway signs subgraph requests with, and the subgraphs check. */
  subgraphSecret: string;
  /** How callers prove who they are: bearer tokens and API keys. */
  auth: AuthConfig;
  /** How long a client may take over its headers and its whole request. */
  clientTimeouts: ClientTimeouts;
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
    maxTokenLifetimeSeconds: integer(env, "AUTH_MAX_TOKEN_LIFETIME_SECONDS", 24 * 60 * 60),
  };
}

/** SUBGRAPH_SECRET; required in production, a fixed development secret otherwise. */
export function subgraphSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.SUBGRAPH_SECRET;
  if (secret && secret.length >= 32) return secret;
  if (secret) throw new Error("SUBGRAPH_SECRET must be at least 32 characters");
  if (env.NODE_ENV === "production") {
    throw new Error(
      "SUBGRAPH_SECRET must be set in production: the subgraphs accept only signed requests",
    );
  }
  return DEVELOPMENT_SECRET;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a whole number, got "${raw}"`);
  return value;
}

/** A subgraph's port: its own variable (e.g. PARTNERS_PORT), else its default (4001+). */
export function subgraphPort(
  env: NodeJS.ProcessEnv,
  portVariable: string,
  defaultPort: number,
): number {
  return integer(env, portVariable, defaultPort);
}

export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const host = env.HOST ?? "127.0.0.1";
  return {
    port: integer(env, "PORT", 4000),
    host,
    production: env.NODE_ENV === "production",
    subgraphTimeoutMs: integer(env, "SUBGRAPH_TIMEOUT_MS", 5000),
    rateLimitPerMinute: integer(env, "RATE_LIMIT_PER_MINUTE", 600),
    trustProxy: env.TRUST_PROXY === "true",
    subgraphSecret: subgraphSecret(env),
    auth: authConfig(env),
    clientTimeouts: {
      headersMs: integer(env, "HEADERS_TIMEOUT_MS", CLIENT_TIMEOUTS.headersMs),
      requestMs: integer(env, "REQUEST_TIMEOUT_MS", CLIENT_TIMEOUTS.requestMs),
    },
    corsOrigins: (env.CORS_ORIGINS ?? "")
      .split(",")
      .map((origin) => origin.trim())
      .filter(Boolean),
    subgraphUrls: Object.fromEntries(
      SUBGRAPHS.map((s) => [
        s.name,
        env[`${s.name.toUpperCase().replace(/-/g, "_")}_URL`] ??
          `http://127.0.0.1:${subgraphPort(env, s.portVariable, s.defaultPort)}/graphql`,
      ]),
    ),
  };
}
