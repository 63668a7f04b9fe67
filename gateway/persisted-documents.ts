import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Caller } from "../common/caller.js";
import { isInteropRequest } from "../interop/graphql-client.js";

/**
 * Whether callers may send documents of their own, or only documents registered in advance
 * (trusted documents): `optional` serves both; `required` serves a caller's own documents only
 * to those who explore the schema (the `developer`, `admin` and `internal` scopes) and to the
 * gateway's own REST interfaces, and everyone else (partner systems, public callers) by hash.
 */
export type PersistedDocumentsMode = "optional" | "required";

const EXPLORERS = ["developer", "admin", "internal"];

/** A client's manifest: document hashes (SHA-256, hex) to documents, as GraphQL Code Generator writes them. */
type Manifest = Record<string, string>;

export const sha256 = (document: string) => createHash("sha256").update(document).digest("hex");

/**
 * Every manifest in `dir` (one `<client>.json` per partner system), checked: each key must be
 * the SHA-256 of its document, so a hash always names the document its client registered.
 */
export function loadManifests(dir: string): Map<string, string> {
  const documents = new Map<string, string>();
  if (!existsSync(dir)) return documents;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
    const manifest = JSON.parse(readFileSync(join(dir, file), "utf8")) as Manifest;
    for (const [key, document] of Object.entries(manifest)) {
      const hash = key.replace(/^sha256:/, "");
      if (typeof document !== "string" || sha256(document) !== hash) {
        throw new Error(`${file}: ${key} is not the SHA-256 of its document`);
      }
      documents.set(hash, document);
    }
  }
  return documents;
}

/**
 * Hive's persisted documents over the registered manifests: a request names one by
 * `extensions.persistedQuery.sha256Hash` (Apollo's format, which most clients speak) and skips
 * sending and parsing the document; an unknown hash is refused with PERSISTED_QUERY_NOT_FOUND.
 */
export function persistedDocuments(options: {
  /** The registered documents by hash (loadManifests). */
  documents: ReadonlyMap<string, string>;
  mode: PersistedDocumentsMode;
  callerOf: (request: Request) => Caller | null;
}) {
  const { documents } = options;
  return {
    getPersistedOperation: (hash: string) => documents.get(hash) ?? null,
    allowArbitraryDocuments:
      options.mode === "optional"
        ? true
        : (request: Request) =>
            isInteropRequest(request) ||
            (options.callerOf(request)?.scopes.some((s) => EXPLORERS.includes(s)) ?? false),
    customErrors: {
      notFound: {
        message: "No registered document has this hash: register it first (see the README).",
        extensions: { code: "PERSISTED_QUERY_NOT_FOUND", http: { status: 400 } },
      },
      persistedQueryOnly: {
        message:
          "This gateway serves registered documents only: send extensions.persistedQuery.sha256Hash.",
        extensions: { code: "PERSISTED_QUERY_ONLY", http: { status: 400 } },
      },
    },
  };
}
