import { createHash, createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { ANONYMOUS, type Caller } from "./caller.js";

/**
 * Requests from the gateway to a subgraph are signed: an HMAC over a timestamp, a one-time nonce,
 * the caller, the method, the path, the subgraph it is meant for (its audience) and the body,
 * with a secret the two share. A subgraph refuses anything unsigned, tampered with, stale,
 * replayed, sent another way or meant for another subgraph, and takes the caller only from a
 * request it has verified.
 */
export const SIGNATURE_HEADERS = {
  timestamp: "x-pw-timestamp",
  nonce: "x-pw-nonce",
  caller: "x-pw-caller",
  signature: "x-pw-signature",
} as const;

/** The development secret, used only when not in production and none is configured. */
export const DEVELOPMENT_SECRET = "partnership-web-development-signing-secret";

/** How far a request's timestamp may be from the subgraph's clock. */
export const MAX_SKEW_MS = 60_000;

/** What a signature covers of a request, besides the caller. */
export interface SignedRequest {
  method: string;
  /** The URL path, e.g. `/graphql`. */
  path: string;
  /** The subgraph the request is meant for, by name. */
  audience: string;
  body: string;
}

/** Every subgraph serves GraphQL on this one path, by POST only. */
export const SUBGRAPH_PATH = "/graphql";

function mac(
  secret: string,
  timestamp: string,
  nonce: string,
  caller: string,
  request: SignedRequest,
): string {
  const digest = createHash("sha256").update(request.body).digest("base64url");
  const signed = [timestamp, nonce, caller, request.method, request.path, request.audience, digest];
  return createHmac("sha256", secret).update(signed.join("\n")).digest("base64url");
}

/** The headers that sign one request for one caller. */
export function signRequest(
  secret: string,
  request: SignedRequest,
  caller: Caller = ANONYMOUS,
  now = Date.now(),
): Record<string, string> {
  const timestamp = String(now);
  const nonce = randomUUID();
  const encoded = Buffer.from(JSON.stringify(caller), "utf8").toString("base64url");
  return {
    [SIGNATURE_HEADERS.timestamp]: timestamp,
    [SIGNATURE_HEADERS.nonce]: nonce,
    [SIGNATURE_HEADERS.caller]: encoded,
    [SIGNATURE_HEADERS.signature]: mac(secret, timestamp, nonce, encoded, request),
  };
}

/** Signs a GraphQL POST to one subgraph: what the gateway, readiness and tests send. */
export function signPost(
  secret: string,
  audience: string,
  body: string,
  caller: Caller = ANONYMOUS,
  now = Date.now(),
): Record<string, string> {
  return signRequest(secret, { method: "POST", path: SUBGRAPH_PATH, audience, body }, caller, now);
}

function parseCaller(encoded: string): Caller | null {
  try {
    const value = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")) as Partial<Caller>;
    if (!Array.isArray(value.scopes) || !value.scopes.every((s) => typeof s === "string"))
      return null;
    return {
      subject: typeof value.subject === "string" ? value.subject : null,
      client: typeof value.client === "string" ? value.client : null,
      scopes: Object.freeze([...value.scopes]),
    };
  } catch {
    return null;
  }
}

/** Checks signatures, remembering nonces for as long as their timestamps are acceptable. */
export class SignatureVerifier {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly secret: string,
    private readonly now: () => number = Date.now,
  ) {}

  verify(
    header: (name: string) => string | undefined,
    request: SignedRequest,
  ): { caller: Caller } | { refused: string } {
    const [timestamp, nonce, encoded, signature] = Object.values(SIGNATURE_HEADERS).map(header);
    if (!timestamp || !nonce || !encoded || !signature)
      return { refused: "the request is not signed" };
    const expected = Buffer.from(mac(this.secret, timestamp, nonce, encoded, request));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
      return { refused: "the signature does not match the request" };
    }
    const now = this.now();
    if (!(Math.abs(now - Number(timestamp)) <= MAX_SKEW_MS))
      return { refused: "the request is stale" };
    this.forgetOld(now);
    if (this.seen.has(nonce)) return { refused: "the request was already received (a replay)" };
    this.seen.set(nonce, Number(timestamp) + MAX_SKEW_MS);
    const caller = parseCaller(encoded);
    return caller ? { caller } : { refused: "the signed caller is malformed" };
  }

  private forgetOld(now: number): void {
    for (const [nonce, expires] of this.seen) {
      if (expires >= now) break; // insertion order is close to timestamp order
      this.seen.delete(nonce);
    }
  }
}

/** SUBGRAPH_SECRET; required in production, a fixed development secret otherwise. */
export function signingSecretFromEnv(env: NodeJS.ProcessEnv = process.env): string {
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
