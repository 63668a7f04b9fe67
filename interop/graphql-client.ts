/**
 * The standards' REST interfaces are clients of the supergraph: every answer comes from a
 * GraphQL operation run through the gateway (its authentication, authorisation, limits and
 * rate limits included), with the caller's own credentials. They never read a database.
 */
export interface GraphQLErrorLike {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string };
}

export interface GraphQLResult<T> {
  data: T | null;
  errors: GraphQLErrorLike[];
  /** The gateway's HTTP status: 401, 429 and the like are the caller's to hear. */
  status: number;
}

/** Runs one GraphQL operation for the caller who made the REST request. */
export type RunGraphQL = <T>(
  document: string,
  variables?: Record<string, unknown>,
) => Promise<GraphQLResult<T>>;

/** The requests the REST interfaces send: their documents are the gateway's own. */
const interopRequests = new WeakSet<Request>();
export const isInteropRequest = (request: Request) => interopRequests.has(request);

/** The request headers that speak for the caller, passed on to the gateway as they came. */
const CALLER_HEADERS = ["authorization", "x-api-key", "x-forwarded-for"];

/**
 * A GraphQL runner for one REST request: it sends the operation to the gateway's `fetch` (in
 * process, through every plugin) with the caller's credentials and request id.
 */
export function graphqlFor(
  request: Request,
  gatewayFetch: (request: Request) => Promise<Response>,
  graphqlUrl: string,
  requestId: string,
): RunGraphQL {
  return async <T>(document: string, variables: Record<string, unknown> = {}) => {
    const headers = new Headers({
      "content-type": "application/json",
      accept: "application/json",
      "x-request-id": requestId,
    });
    for (const name of CALLER_HEADERS) {
      const value = request.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    const sent = new Request(graphqlUrl, {
      method: "POST",
      headers,
      body: JSON.stringify({ query: document, variables }),
    });
    interopRequests.add(sent);
    const response = await gatewayFetch(sent);
    const body = (await response.json()) as { data?: T | null; errors?: GraphQLErrorLike[] };
    return { data: body.data ?? null, errors: body.errors ?? [], status: response.status };
  };
}

/** Codes that say the caller may not see a field: the field is left out, the rest stands. */
const NOT_ALLOWED = new Set(["UNAUTHENTICATED", "FORBIDDEN"]);

/** Whether every error only withheld a protected field (such as a referral contact). */
export function onlyWithheld(errors: readonly GraphQLErrorLike[]): boolean {
  return errors.every(
    (e) => NOT_ALLOWED.has(e.extensions?.code ?? "") && (e.path?.length ?? 0) > 1,
  );
}
