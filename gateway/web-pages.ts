/**
 * The browser pages the gateway serves from its own files (web/dist, built by
 * `npm run build:web`), never from a CDN: the GraphQL explorer at /graphiql and the dashboard at
 * /dashboard, with their hashed assets under /assets (Hono's static-file server: it refuses dot
 * segments, encoded separators and directories).
 */
import { serveStatic } from "@hono/node-server/serve-static";
import type { Env, Hono, MiddlewareHandler } from "hono";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const WEB_DIR = fileURLToPath(new URL("../web/dist", import.meta.url));

/** Pages run only this server's scripts and talk only to it. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const PAGES: Record<string, string> = {
  "/graphiql": "graphiql/index.html",
  "/dashboard": "dashboard/index.html",
};

const NOT_BUILT =
  "The explorer and dashboard are not built: run npm run build:web (npm start does).";

/**
 * Adds the pages and their assets to the edge's routes, and the explorer on `graphqlPath` for a
 * browser that opens it (a GET that takes HTML and asks no query): register it before GraphQL.
 */
export function routeWebPages<E extends Env>(
  app: Hono<E>,
  graphqlPath: string,
  dir = WEB_DIR,
): void {
  const methods = ["GET", "HEAD"];
  if (!existsSync(dir)) {
    for (const path of [...Object.keys(PAGES).flatMap((p) => [p, `${p}/`]), "/assets/*"]) {
      app.on(methods, path, (c) => c.text(NOT_BUILT, 503));
    }
    return;
  }
  for (const [path, file] of Object.entries(PAGES)) {
    const page = serveStatic({ root: dir, path: file });
    const serve: MiddlewareHandler<E> = async (c, next) => {
      c.header("cache-control", "no-cache");
      c.header("content-security-policy", CONTENT_SECURITY_POLICY);
      c.header("x-content-type-options", "nosniff");
      return page(c, next);
    };
    app.on(methods, [path, `${path}/`], serve);
    if (path !== "/graphiql") continue;
    app.get(graphqlPath, async (c, next) => {
      const asks = ["query", "extensions"].some((name) => c.req.query(name) !== undefined);
      const browser = /\btext\/html\b/.test(c.req.header("accept") ?? "");
      return browser && !asks ? serve(c, next) : next();
    });
  }
  const assets = serveStatic({ root: dir });
  app.on(methods, "/assets/*", async (c, next) => {
    // An asset is named by its hash, so it never changes.
    c.header("cache-control", "public, max-age=31536000, immutable");
    c.header("x-content-type-options", "nosniff");
    return assets(c, next);
  });
}
