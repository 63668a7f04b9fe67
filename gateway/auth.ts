import { LRUCache } from "lru-cache";
import { createHash, timingSafeEqual } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { GraphQLError } from "graphql";
import { createRemoteJWKSet, type JWTPayload, jwtVerify, SignJWT } from "jose";
import type { Caller } from "../common/caller.js";

/** The scopes a caller may hold. README, "Access control", says what each may do. */
export const SCOPES = [
  "partner-systems",
  "internal",
  "partners:write",
  "pathways:write",
  "lived-experience:write",
  "workforce:write",
  "admin",
  "developer",
  "special-category:read",
  "special-category:publish",
] as const;

/** The development signing key for bearer tokens: used only outside production. */
export const DEVELOPMENT_JWT_SECRET = "partnership-web-development-token-secret";

export interface AuthConfig {
  /** HS256 secret (development, or a deployment without a key server). */
  jwtSecret: string | null;
  /** Where the identity provider publishes its keys (production). */
  jwksUrl: string | null;
  issuer: string;
  audience: string;
  /** The API keys file (see scripts/credentials.ts); null: no API keys. */
  apiKeysFile: string | null;
  /** The longest a bearer token may be valid for, from its issue to its expiry. */
  maxTokenLifetimeSeconds: number;
}

export interface ApiKeyRecord {
  id: string;
  client: string;
  scopes: string[];
  sha256: string;
  revoked: boolean;
  createdAt: string;
}

/** Keys look like `pwk_<id>_<secret>`; only the SHA-256 of the whole key is stored. */
export const API_KEY = /^pwk_([a-z0-9]{8})_[A-Za-z0-9_-]{32,}$/;

export function hashKey(key: string): string {
  return createHash("sha256").update(key).digest("hex");
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
  });
}

const CLOCK_TOLERANCE_SECONDS = 30;

/** Turns a request's bearer token or API key into a caller; no credentials means anonymous. */
export class Authenticator {
  private readonly secret: Uint8Array | null;
  private readonly jwks: ReturnType<typeof createRemoteJWKSet> | null;
  private keys: { mtimeMs: number; records: ApiKeyRecord[] } = { mtimeMs: -1, records: [] };
  /**
   * Tokens already verified, each until its own expiry: a client sends the same token with
   * every request, and its signature and claims are checked once (an expired one is checked
   * afresh, and refused as ever).
   */
  private readonly verified = new LRUCache<string, { caller: Caller; expiresAt: number }>({
    max: 10_000,
  });

  constructor(private readonly config: AuthConfig) {
    this.secret = config.jwtSecret ? new TextEncoder().encode(config.jwtSecret) : null;
    this.jwks = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : null;
  }

  async authenticate(headers: Headers): Promise<Caller | null> {
    const authorization = headers.get("authorization");
    const apiKey = headers.get("x-api-key");
    if (authorization && apiKey)
      throw unauthenticated("Send a bearer token or an API key, not both.");
    if (authorization) return this.fromToken(authorization);
    if (apiKey) return this.fromApiKey(apiKey);
    return null;
  }

  private async fromToken(authorization: string): Promise<Caller> {
    const match = /^Bearer ([A-Za-z0-9_.-]+)$/.exec(authorization.trim());
    if (!match) throw unauthenticated("The Authorization header must be `Bearer <token>`.");
    const known = this.verified.get(match[1]!);
    if (known && Date.now() < known.expiresAt) return known.caller;
    let payload: JWTPayload;
    try {
      const options = {
        issuer: this.config.issuer,
        audience: this.config.audience,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ["sub", "exp", "iat"],
      };
      ({ payload } = this.jwks
        ? await jwtVerify(match[1]!, this.jwks, {
            ...options,
            algorithms: ["RS256", "ES256", "PS256"],
          })
        : await jwtVerify(match[1]!, this.secret!, { ...options, algorithms: ["HS256"] }));
    } catch (error) {
      const code = (error as { code?: string }).code;
      throw unauthenticated(
        code === "ERR_JWT_EXPIRED"
          ? "The bearer token has expired."
          : code === "ERR_JWT_CLAIM_VALIDATION_FAILED"
            ? `The bearer token is not for this API: ${(error as Error).message}.`
            : "The bearer token is not valid.",
      );
    }
    if (typeof payload.sub !== "string" || payload.sub.trim() === "") {
      throw unauthenticated("The bearer token's subject (sub) must be a non-empty string.");
    }
    const now = Math.floor(Date.now() / 1000);
    if (payload.iat! > now + CLOCK_TOLERANCE_SECONDS) {
      throw unauthenticated(
        "The bearer token is issued in the future (iat): check the issuer's clock.",
      );
    }
    if (payload.iat! > payload.exp!) {
      throw unauthenticated("The bearer token expires (exp) before it is issued (iat).");
    }
    if (payload.exp! - payload.iat! > this.config.maxTokenLifetimeSeconds) {
      throw unauthenticated(
        `The bearer token is valid for too long: at most ${this.config.maxTokenLifetimeSeconds} s from issue to expiry.`,
      );
    }
    const scopes =
      typeof payload.scope === "string" ? payload.scope.split(" ").filter(Boolean) : [];
    const client =
      typeof payload.azp === "string"
        ? payload.azp
        : typeof payload.client_id === "string"
          ? payload.client_id
          : null;
    const caller = Object.freeze({ subject: payload.sub, client, scopes: Object.freeze(scopes) });
    this.verified.set(match[1]!, { caller, expiresAt: payload.exp! * 1000 });
    return caller;
  }

  private fromApiKey(key: string): Caller {
    const match = API_KEY.exec(key.trim());
    const record = match ? this.apiKeys().find((k) => k.id === match[1]) : undefined;
    const given = Buffer.from(hashKey(key.trim()), "hex");
    if (!record || !timingSafeEqual(given, Buffer.from(record.sha256, "hex"))) {
      throw unauthenticated("The API key is not valid.");
    }
    if (record.revoked) throw unauthenticated("The API key has been revoked.");
    return Object.freeze({
      subject: null,
      client: record.client,
      scopes: Object.freeze([...record.scopes]),
    });
  }

  /** The keys file, read again whenever it changes, so a revocation takes effect at once. */
  private apiKeys(): ApiKeyRecord[] {
    const file = this.config.apiKeysFile;
    if (!file) return [];
    let mtimeMs: number;
    try {
      mtimeMs = statSync(file).mtimeMs;
    } catch {
      return [];
    }
    if (mtimeMs !== this.keys.mtimeMs) {
      const parsed = JSON.parse(readFileSync(file, "utf8")) as { keys?: ApiKeyRecord[] };
      this.keys = { mtimeMs, records: parsed.keys ?? [] };
    }
    return this.keys.records;
  }
}

/** Issues an HS256 bearer token (development, tests, and deployments without a key server). */
export async function issueToken(
  config: Pick<AuthConfig, "jwtSecret" | "issuer" | "audience">,
  claims: { subject: string; scopes: readonly string[]; client?: string; expiresIn?: string },
): Promise<string> {
  if (!config.jwtSecret) throw new Error("issuing tokens needs AUTH_JWT_SECRET");
  return new SignJWT({
    scope: claims.scopes.join(" "),
    ...(claims.client ? { azp: claims.client } : {}),
  })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(claims.subject)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? "8h")
    .sign(new TextEncoder().encode(config.jwtSecret));
}

/** Who may introspect the schema in production. */
export const INTROSPECTION_SCOPES = ["developer", "admin"];
