/**
 * The standards' REST interfaces (Open Referral UK under /oruk, FHIR R4 under /fhir), served on
 * the gateway's port. They hold no data and import nothing of the subgraphs: each request runs
 * GraphQL operations through the gateway's own request handler, as the caller who sent it.
 */
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import { FHIR_PREFIX, fhirRefusal, fhirRoutes } from "./fhir/router.js";
import { graphqlFor } from "./graphql-client.js";
import { ORUK_PREFIX, orukRefusal, orukRoutes } from "./oruk/router.js";

export { FHIR_PREFIX, ORUK_PREFIX };

export interface InteropOptions {
  /**
   * The gateway's request handler, in process (every plugin applies), with the server context
   * of the client's own request (its socket), marked as admitted.
   */
  gatewayFetch: (request: Request, c: Context) => Promise<Response>;
  /** Where the gateway serves GraphQL (only its path matters in process). */
  graphqlUrl: string;
  /**
   * This deployment's public address, for links and our code systems: configured, never taken
   * from a request's Host.
   */
  publicUrl: () => string;
  /** The request's id, passed on to every GraphQL operation it runs. */
  requestIdOf: (c: Context) => string;
  /**
   * Authenticates the caller and counts the request against its rate limit, whatever it asks
   * for: a refusal (the gateway's GraphQL error body) or null.
   */
  admit: (c: Context) => Promise<Response | null>;
  /** Browser origins FHIR answers by CORS (CORS_ORIGINS, as for GraphQL); none by default. */
  corsOrigins: readonly string[];
}

/** Answers a refused request in the interface's own error form, keeping Retry-After. */
function admission(
  admit: InteropOptions["admit"],
  refusal: (status: number, message: string) => Response,
): MiddlewareHandler {
  return async (c, next) => {
    const refused = await admit(c);
    if (!refused) return next();
    const body = (await refused.json()) as { errors?: { message: string }[] };
    const answer = refusal(refused.status, body.errors?.[0]?.message ?? "Refused.");
    const retryAfter = refused.headers.get("retry-after");
    if (retryAfter) answer.headers.set("retry-after", retryAfter);
    return answer;
  };
}

/** The /oruk and /fhir routes, to mount at the root of the gateway's edge. */
export function interopRoutes(options: InteropOptions): Hono {
  const graphqlOf = (c: Context) =>
    graphqlFor(
      c.req.raw,
      (inner) => options.gatewayFetch(inner, c),
      options.graphqlUrl,
      options.requestIdOf(c),
    );
  const app = new Hono();
  // The UK profile asks every ORUK answer to carry `Access-Control-Allow-Origin: *`, so that a
  // directory in a browser can read the feed; errors and refusals included, so it is first. A
  // preflight is answered here, before admission: it carries no credentials and does no work.
  const anyOrigin = cors({
    origin: "*",
    allowMethods: ["GET", "HEAD", "OPTIONS"],
    allowHeaders: ["Authorization", "X-API-Key", "X-Request-Id"],
    exposeHeaders: ["Retry-After", "X-Request-Id"],
    maxAge: 600,
  });
  app.use(ORUK_PREFIX, anyOrigin);
  app.use(`${ORUK_PREFIX}/*`, anyOrigin);
  // FHIR apps in a browser are answered from the origins this deployment names.
  if (options.corsOrigins.length > 0) {
    const named = cors({
      origin: [...options.corsOrigins],
      allowMethods: ["GET", "HEAD", "OPTIONS"],
      allowHeaders: ["Authorization", "X-API-Key", "X-Request-Id", "Prefer"],
      exposeHeaders: ["Retry-After", "X-Request-Id", "Location"],
      maxAge: 600,
    });
    app.use(FHIR_PREFIX, named);
    app.use(`${FHIR_PREFIX}/*`, named);
  }
  const doors: [string, MiddlewareHandler][] = [
    [ORUK_PREFIX, admission(options.admit, orukRefusal)],
    [FHIR_PREFIX, admission(options.admit, fhirRefusal)],
  ];
  for (const [prefix, door] of doors) {
    app.use(prefix, door);
    app.use(`${prefix}/*`, door);
  }
  app.route("/", orukRoutes(graphqlOf));
  app.route(
    "/",
    fhirRoutes(graphqlOf, () => options.publicUrl().replace(/\/$/, "")),
  );
  return app;
}
