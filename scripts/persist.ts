/**
 * `npm run persist -- <client> <operation.graphql>...`: registers a client's operations as
 * trusted documents. Each file holds one operation (with its fragments); each is checked against
 * the public schema, and persisted/<client>.json gains it under the SHA-256 of its text, which
 * is the hash the client sends (`extensions.persistedQuery.sha256Hash`). Prints each hash.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { buildSchema, parse, validate } from "graphql";
import { PERSISTED_DIR, SUPERGRAPH_FILE } from "../gateway/config.js";
import { sha256 } from "../gateway/persisted-documents.js";
import { publicSchema } from "./schema-contract.js";

/** The errors in `document` against the public schema (none: it can be registered). */
export function documentProblems(document: string): string[] {
  const schema = buildSchema(publicSchema(readFileSync(SUPERGRAPH_FILE, "utf8")));
  try {
    return validate(schema, parse(document)).map((e) => e.message);
  } catch (error) {
    return [(error as Error).message];
  }
}

/** Adds documents to a client's manifest in `dir`; returns their hashes. */
export function persist(dir: string, client: string, documents: string[]): string[] {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(client)) throw new Error(`"${client}" is not a client name`);
  const file = join(dir, `${client}.json`);
  const manifest = existsSync(file)
    ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, string>)
    : {};
  const hashes = documents.map((text) => {
    const document = text.trim();
    const problems = documentProblems(document);
    if (problems.length) throw new Error(`not registered:\n${problems.join("\n")}`);
    const hash = sha256(document);
    manifest[hash] = document;
    return hash;
  });
  mkdirSync(dir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return hashes;
}

if (process.argv[1] && basename(process.argv[1]).startsWith("persist")) {
  const [client, ...files] = process.argv.slice(2);
  if (!client || files.length === 0) {
    console.error("usage: npm run persist -- <client> <operation.graphql>...");
    process.exit(2);
  }
  try {
    const hashes = persist(
      PERSISTED_DIR,
      client,
      files.map((f) => readFileSync(f, "utf8")),
    );
    files.forEach((f, i) => console.log(`${hashes[i]}  ${f}`));
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
