import { createHash, createHmac, randomUUID, timingSafeEqual } from "node:crypto";
import { ANONYMOUS, type Caller } from "./context.js";

/**
 * Requests from the gateway to a subgraph are signed: an HMAC over a timestamp, a one-time nonce,
 * the caller and the body, with a secret the two share. A subgraph refuses anything unsigned,
 * tampered with, stale or replayed, and takes the caller only from a request it has verified.
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

function mac(
  secret: string,
  timestamp: string,
  nonce: string,
  caller: string,
  body: string,
): string {
  const digest = createHash("sha256").update(body).digest("base64url");
  return createHmac("sha256", secret)
    .update(`${timestamp}\n${nonce}\n${caller}\n${digest}`)
    .digest("base64url");
}

/** The headers that sign one request's body for one caller. */
export function signRequest(
  secret: string,
  body: string,
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
    [SIGNATURE_HEADERS.signature]: mac(secret, timestamp, nonce, encoded, body),
  };
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
    body: string,
  ): { caller: Caller } | { refused: string } {
    const [timestamp, nonce, encoded, signature] = Object.values(SIGNATURE_HEADERS).map(header);
    if (!timestamp || !nonce || !encoded || !signature)
      return { refused: "the request is not signed" };
    const expected = Buffer.from(mac(this.secret, timestamp, nonce, encoded, body));
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
