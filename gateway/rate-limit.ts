import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import type { IncomingMessage } from "node:http";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { Caller } from "../common/caller.js";
import type { Authenticator } from "./auth.js";

/** Failed authentications an address may make a minute before it is refused outright. */
export const FAILED_AUTH_PER_MINUTE = 20;

/**
 * What the edge hands the runtime with each request: the client's socket, and whether the edge
 * has already admitted (authenticated and counted) the request this one serves, as it does for a
 * REST request under /oruk or /fhir before it runs its GraphQL operations.
 */
export interface ServerContext {
  req?: IncomingMessage;
  admitted?: boolean;
  /** The client's If-None-Match, which the edge keeps from the runtime (conditional-requests.ts). */
  ifNoneMatch?: string;
}

/**
 * The client's address. Behind `trustedProxies` proxies, each appends the address it was reached
 * from to X-Forwarded-For, so the entry that many places from the right was written by the
 * outermost trusted proxy; entries to its left are the client's to choose and are never read.
 * With fewer entries than trusted proxies, or none trusted, it is the socket's address.
 */
export function addressOf(
  serverContext: unknown,
  request: Request,
  trustedProxies: number,
): string {
  const socket = (serverContext as ServerContext).req?.socket.remoteAddress ?? "unknown";
  if (trustedProxies <= 0) return socket;
  const hops = (request.headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return hops.length >= trustedProxies ? hops[hops.length - trustedProxies]! : socket;
}

function refusal(status: number, code: string, message: string, retryAfterMs?: number) {
  const headers: Record<string, string> = {};
  if (retryAfterMs !== undefined)
    headers["retry-after"] = String(Math.max(1, Math.ceil(retryAfterMs / 1000)));
  return Response.json({ errors: [{ message, extensions: { code } }] }, { status, headers });
}

/**
 * Authenticates every request, then rate-limits it (rate-limiter-flexible) by who it verifiably
 * is: the token's subject or the API key's client, so the spellings of one token share one
 * allowance; the public by address. Failed authentications count against the address on their
 * own allowance, so guessing credentials is throttled too. The caller is kept for the rest of
 * the request (`callerOf`), so each credential is verified once.
 *
 * GraphQL requests are admitted by the plugin; REST requests under /oruk and /fhir by the edge
 * (`admit`), once each whatever they answer, and the GraphQL operations they run are then not
 * counted again.
 */
export function authenticateAndLimit(options: {
  authenticator: Authenticator;
  perMinute: number;
  trustedProxies: number;
  graphqlPath: string;
}) {
  const callers = new WeakMap<Request, Caller | null>();
  const requests = new RateLimiterMemory({ points: Math.max(1, options.perMinute), duration: 60 });
  const failures = new RateLimiterMemory({ points: FAILED_AUTH_PER_MINUTE, duration: 60 });

  /** The refusal to answer with, or null once the request is authenticated and counted. */
  async function admit(
    request: Request,
    serverContext: unknown,
    count = true,
  ): Promise<Response | null> {
    const address = addressOf(serverContext, request, options.trustedProxies);
    let caller: Caller | null;
    try {
      caller = await options.authenticator.authenticate(request.headers);
    } catch (error) {
      try {
        await failures.consume(address);
      } catch (limited) {
        const wait = (limited as RateLimiterRes).msBeforeNext;
        const message = "Too many failed authentications from this address.";
        return refusal(429, "RATE_LIMITED", message, wait);
      }
      return refusal(401, "UNAUTHENTICATED", (error as Error).message);
    }
    callers.set(request, caller);
    if (options.perMinute <= 0 || !count) return null;
    const key = caller?.subject
      ? `subject:${caller.subject}`
      : caller?.client
        ? `client:${caller.client}`
        : `address:${address}`;
    try {
      await requests.consume(key);
      return null;
    } catch (limited) {
      const wait = (limited as RateLimiterRes).msBeforeNext;
      return refusal(
        429,
        "RATE_LIMITED",
        `Too many requests: the limit is ${options.perMinute} a minute. Try again in ${Math.ceil(wait / 1000)} s.`,
        wait,
      );
    }
  }

  const plugin: GatewayPlugin = {
    async onRequest({ request, url, serverContext, endResponse }) {
      if (url.pathname !== options.graphqlPath) return;
      const admitted = (serverContext as ServerContext).admitted === true;
      const refused = await admit(request, serverContext, !admitted);
      if (refused) endResponse(refused);
    },
  };
  return { plugin, admit, callerOf: (request: Request) => callers.get(request) ?? null };
}
