/**
 * Trusted documents: with PERSISTED_DOCUMENTS=required, partner systems and public callers are
 * served registered documents only, sent by hash; people exploring the schema and the gateway's
 * own REST interfaces still send documents of their own.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PERSISTED_DIR } from "../gateway/config.js";
import { loadManifests, sha256 } from "../gateway/persisted-documents.js";
import { documentProblems, persist } from "../scripts/persist.js";
import { type Harness, startHarness } from "./harness.js";

const LOOKUP = `query PartnerByOds($ods: String!) { partner(odsCode: $ods) { id name } }`;
const dir = mkdtempSync(join(tmpdir(), "persisted-"));
const [hash] = persist(dir, "acme-referrals", [LOOKUP]);

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ production: true, persistedDocuments: { dir, mode: "required" } });
});
afterAll(() => h.stop());

async function send(body: unknown, scopes: readonly string[] | null) {
  const authorization: Record<string, string> = scopes
    ? { authorization: `Bearer ${await h.token(scopes)}` }
    : {};
  const response = await fetch(h.gateway.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...authorization },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    ...((await response.json()) as {
      data?: Record<string, unknown> | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    }),
  };
}

const byHash = (sha256Hash: string) => ({
  variables: { ods: "R1L" },
  extensions: { persistedQuery: { version: 1, sha256Hash } },
});

describe("trusted documents, required", () => {
  it("serves a registered document by its hash alone, to a partner system or the public", async () => {
    for (const scopes of [null, ["pathways:write"]]) {
      const answer = await send(byHash(hash!), scopes);
      expect(answer.errors).toBeUndefined();
      expect(answer.data).toEqual({
        partner: { id: "eput", name: "Essex Partnership University NHS Foundation Trust" },
      });
    }
  });

  it("refuses an unknown hash, and a document of the caller's own, saying what to do", async () => {
    const unknown = await send(byHash(sha256("{ partners { nodes { id } } }")), null);
    expect(unknown.status).toBe(400);
    expect(unknown.errors![0]!.extensions!.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    for (const scopes of [null, ["pathways:write"]]) {
      const own = await send({ query: LOOKUP, variables: { ods: "R1L" } }, scopes);
      expect(own.status).toBe(400);
      expect(own.data ?? null).toBeNull();
      expect(own.errors![0]!.extensions!.code).toBe("PERSISTED_QUERY_ONLY");
    }
  });

  it("still serves documents of their own to developers and internal dashboards", async () => {
    for (const scopes of [["developer"], ["internal"]]) {
      const own = await send({ query: LOOKUP, variables: { ods: "R1L" } }, scopes);
      expect(own.errors).toBeUndefined();
      expect(own.data).toMatchObject({ partner: { id: "eput" } });
    }
  });

  it("still serves the Open Referral UK and FHIR interfaces, whose documents are the gateway's own", async () => {
    for (const path of ["/oruk/services?per_page=1", "/fhir/Organization?_count=1"]) {
      const response = await fetch(`${h.origin}${path}`);
      expect(response.status, path).toBe(200);
    }
  });
});

describe("registering documents", () => {
  it("refuses a document the schema does not serve, and a manifest whose hash is not its document's", () => {
    expect(() => persist(dir, "acme-referrals", ["{ partner { nope } }"])).toThrow(
      /not registered/,
    );
    const bad = mkdtempSync(join(tmpdir(), "persisted-bad-"));
    writeFileSync(join(bad, "x.json"), JSON.stringify({ [sha256("{ a }")]: "{ b }" }));
    expect(() => loadManifests(bad)).toThrow(/not the SHA-256 of its document/);
  });

  it("keeps every committed manifest valid against the public schema", () => {
    const manifests = readdirSync(PERSISTED_DIR).filter((f) => f.endsWith(".json"));
    expect(manifests.length).toBeGreaterThan(0);
    const documents = loadManifests(PERSISTED_DIR);
    for (const [key, document] of documents) {
      expect(documentProblems(document), key).toEqual([]);
    }
    expect(documents.size).toBe(
      manifests.reduce(
        (n, f) => n + Object.keys(JSON.parse(readFileSync(join(PERSISTED_DIR, f), "utf8"))).length,
        0,
      ),
    );
  });
});
