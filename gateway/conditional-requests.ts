import type { GatewayPlugin } from "@graphql-hive/gateway-runtime";
import { createHmac, randomBytes } from "node:crypto";
import type { Caller } from "../common/caller.js";
import type { ServerContext } from "./rate-limit.js";

/**
 * ETags and conditional requests for cacheable answers, done after everything else. The
 * response cache plugin's own ETag is its cache key (document, variables, scopes), and it
 * answers `If-None-Match` before authentication, trusted documents or CSRF checks, so anyone
 * could ask whether, and when, another caller had been given an answer. Here the edge takes
 * `If-None-Match` off the request (edge.ts), the answer is produced as for any request, and its
 * ETag is an HMAC of the caller and the answer's data under a key of this process: it names
 * neither the cache key nor the time, differs from caller to caller, and changes when the data
 * does. A matching request is then answered 304 with no body.
 */
export function useConditionalRequests(
  callerOf: (request: Request) => Caller | null,
): GatewayPlugin {
  const key = randomBytes(32);
  /** Each cached answer's data serialised once, however often it is served. */
  const serialised = new WeakMap<object, string>();
  const etagOf = (caller: Caller | null, data: object) => {
    let json = serialised.get(data);
    if (json === undefined) serialised.set(data, (json = JSON.stringify(data)));
    const who = caller ? (caller.subject ?? `client:${caller.client ?? ""}`) : "anonymous";
    const mac = createHmac("sha256", key).update(who).update("\n").update(json);
    return `W/"${mac.digest("base64url").slice(0, 32)}"`;
  };
  return {
    onResultProcess({ request, result, setResult }) {
      if (Array.isArray(result) || !("data" in result) || !result.data) return;
      const extensions = result.extensions as
        { http?: { headers?: Record<string, string> } } | undefined;
      const headers = extensions?.http?.headers;
      // The response cache marks the answers it may keep with an ETag: only those get ours.
      if (!headers?.["ETag"]) return;
      // The plugin's ETag is its cache key and its Last-Modified the time it cached: both go.
      const rest = Object.fromEntries(
        Object.entries(headers).filter(([name]) => name !== "ETag" && name !== "Last-Modified"),
      );
      setResult({
        ...result,
        extensions: {
          ...extensions,
          http: {
            ...extensions!.http,
            headers: { ...rest, ETag: etagOf(callerOf(request), result.data) },
          },
        },
      });
    },
    onResponse({ response, serverContext, setResponse, fetchAPI }) {
      const wanted = (serverContext as ServerContext).ifNoneMatch;
      const etag = response.headers.get("etag");
      if (!wanted || !etag || response.status !== 200) return;
      const matches = wanted.split(",").some((tag) => tag.trim() === etag || tag.trim() === "*");
      if (matches) setResponse(new fetchAPI.Response(null, { status: 304, headers: { etag } }));
    },
  };
}
