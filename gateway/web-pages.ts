/**
 * The browser pages the gateway serves from its own files (web/dist, built by
 * `npm run build:web`), never from a CDN: the GraphQL explorer at /graphiql and the dashboard at
 * /dashboard, with their hashed assets under /assets.
 */
import { existsSync, readFileSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

export const WEB_DIR = fileURLToPath(new URL("../web/dist", import.meta.url));

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".json": "application/json",
};

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
  "/graphiql/": "graphiql/index.html",
  "/dashboard": "dashboard/index.html",
  "/dashboard/": "dashboard/index.html",
};

export function isWebPath(path: string): boolean {
  return path in PAGES || path.startsWith("/assets/");
}

export interface WebAnswer {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

/** The file for a path, or a plain answer saying why there is none. */
export function webPage(path: string, dir = WEB_DIR): WebAnswer {
  const relative = PAGES[path] ?? normalize(path.slice(1));
  if (relative.startsWith("..") || relative.includes("\0")) {
    return { status: 404, headers: { "content-type": "text/plain" }, body: "Not found." };
  }
  const file = join(dir, relative);
  if (!existsSync(file)) {
    return existsSync(dir)
      ? { status: 404, headers: { "content-type": "text/plain" }, body: "Not found." }
      : {
          status: 503,
          headers: { "content-type": "text/plain; charset=utf-8" },
          body: "The explorer and dashboard are not built: run npm run build:web (npm start does).",
        };
  }
  const page = relative.endsWith(".html");
  return {
    status: 200,
    headers: {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
      "x-content-type-options": "nosniff",
      // Assets are named by their hash, so they never change; pages are checked every time.
      "cache-control": page ? "no-cache" : "public, max-age=31536000, immutable",
      ...(page ? { "content-security-policy": CONTENT_SECURITY_POLICY } : {}),
    },
    body: readFileSync(file),
  };
}
