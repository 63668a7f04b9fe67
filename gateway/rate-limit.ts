import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import type { IncomingMessage } from "node:http";
import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { Caller } from "../common/caller.js";
import type { Authenticator } from "./auth.js";

/** Failed authentications an address may make a minute before it is refused outright. */
export const FAILED_AUTH_PER_MINUTE = 20;

/** The client's address: the proxy's forwarded one when configured, else the socket's. */
function addressOf(serverContext: unknown, request: Request, trustProxy: boolean): string {
  const forwarded = trustProxy
    ? request.headers.get("x-forwarded-for")?.split(",")[0]?.trim()
    : null;
  const req = (serverContext as { req?: IncomingMessage }).req;
  return forwarded || req?.socket.remoteAddress || "unknown";
}

function refusal(
  fetchAPI: { Response: typeof Response },
  status: number,
  code: string,
  message: string,
  retryAfterMs?: number,
) {
  const headers: Record<string, string> = {};
  if (retryAfterMs !== undefined)
    headers["retry-after"] = String(Math.max(1, Math.ceil(retryAfterMs / 1000)));
  return fetchAPI.Response.json(
    { errors: [{ message, extensions: { code } }] },
    { status, headers },
  );
}

/**
 * Authenticates every GraphQL request, then rate-limits it (rate-limiter-flexible) by who it
 * verifiably is: the token's subject or the API key's client, so the spellings of one token
 * share one allowance; the public by address. Failed authentications count against the address
 * on their own allowance, so guessing credentials is throttled too. The caller is kept for the
 * rest of the request (`callerOf`), so each credential is verified once.
 */
export function authenticateAndLimit(options: {
  authenticator: Authenticator;
  perMinute: number;
  trustProxy: boolean;
  graphqlPath: string;
}) {
  const callers = new WeakMap<Request, Caller | null>();
  const requests = new RateLimiterMemory({ points: Math.max(1, options.perMinute), duration: 60 });
  const failures = new RateLimiterMemory({ points: FAILED_AUTH_PER_MINUTE, duration: 60 });
  const plugin: GatewayPlugin = {
    async onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname !== options.graphqlPath) return;
      const address = addressOf(serverContext, request, options.trustProxy);
      let caller: Caller | null;
      try {
        caller = await options.authenticator.authenticate(request.headers);
      } catch (error) {
        try {
          await failures.consume(address);
        } catch (limited) {
          const wait = (limited as RateLimiterRes).msBeforeNext;
          return endResponse(
            refusal(
              fetchAPI,
              429,
              "RATE_LIMITED",
              "Too many failed authentications from this address.",
              wait,
            ),
          );
        }
        return endResponse(refusal(fetchAPI, 401, "UNAUTHENTICATED", (error as Error).message));
      }
      callers.set(request, caller);
      if (options.perMinute <= 0) return;
      const key = caller?.subject
        ? `subject:${caller.subject}`
        : caller?.client
          ? `client:${caller.client}`
          : `address:${address}`;
      try {
        await requests.consume(key);
      } catch (limited) {
        const wait = (limited as RateLimiterRes).msBeforeNext;
        endResponse(
          refusal(
            fetchAPI,
            429,
            "RATE_LIMITED",
            `Too many requests: the limit is ${options.perMinute} a minute. Try again in ${Math.ceil(wait / 1000)} s.`,
            wait,
          ),
        );
      }
    },
  };
  return { plugin, callerOf: (request: Request) => callers.get(request) ?? null };
}
