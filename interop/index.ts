/**
 * The standards' REST interfaces (Open Referral UK under /oruk, FHIR R4 under /fhir), served on
 * the gateway's port. They hold no data and import nothing of the subgraphs: each request runs
 * GraphQL operations through the gateway's own request handler, as the caller who sent it.
 */
import { FHIR_PREFIX, handleFhir } from "./fhir/router.js";
import { graphqlFor } from "./graphql-client.js";
import { handleOruk, ORUK_PREFIX } from "./oruk/router.js";

export function isInteropPath(path: string): boolean {
  return [ORUK_PREFIX, FHIR_PREFIX].some(
    (prefix) => path === prefix || path.startsWith(`${prefix}/`),
  );
}

export interface InteropOptions {
  /**
   * The gateway's request handler, in process (every plugin applies), with the server context
   * of the client's own request (its socket, for rate limits by address).
   */
  gatewayFetch: (request: Request, serverContext: unknown) => Promise<Response>;
  /** Where the gateway serves GraphQL (only its path matters in process). */
  graphqlUrl: string;
  /** This deployment's public address, for links and our code systems; else the request's. */
  publicUrl: string | null;
}

export function createInterop(options: InteropOptions) {
  return async (request: Request, serverContext: unknown): Promise<Response> => {
    const url = new URL(request.url);
    const graphql = graphqlFor(
      request,
      (inner) => options.gatewayFetch(inner, serverContext),
      options.graphqlUrl,
    );
    const base = (options.publicUrl ?? url.origin).replace(/\/$/, "");
    return url.pathname === ORUK_PREFIX || url.pathname.startsWith(`${ORUK_PREFIX}/`)
      ? handleOruk(request, graphql)
      : handleFhir(request, graphql, base);
  };
}
