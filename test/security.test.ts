/**
 * Who may do what, attacked through the gateway: each scope against each protected field and a
 * mutation of every subgraph; expired, wrongly signed, wrong-audience, unsigned (`alg: none`) and
 * malformed tokens; valid, revoked and unknown API keys.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashKey, issueToken } from "../gateway/auth.js";
import { authConfig } from "../gateway/config.js";
import { type Harness, startHarness } from "./harness.js";
import { publishQuarterJustEnded } from "./publication-quarter.js";

const dir = mkdtempSync(join(tmpdir(), "security-"));
const KEYS = join(dir, "api-keys.json");
const GOOD_KEY = `pwk_aaaaaaaa_${"k".repeat(32)}`;
const REVOKED_KEY = `pwk_bbbbbbbb_${"r".repeat(32)}`;
writeFileSync(
  KEYS,
  JSON.stringify({
    keys: [
      {
        id: "aaaaaaaa",
        client: "thurrock-ics",
        scopes: ["partner-systems"],
        sha256: hashKey(GOOD_KEY),
        revoked: false,
        createdAt: "2026-01-01",
      },
      {
        id: "bbbbbbbb",
        client: "old-client",
        scopes: ["admin"],
        sha256: hashKey(REVOKED_KEY),
        revoked: true,
        createdAt: "2026-01-01",
      },
    ],
  }),
);

const auth = { ...authConfig({}), apiKeysFile: KEYS };
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ production: true, auth });
  await publishQuarterJustEnded(h);
});
afterAll(async () => {
  await h.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function ask(query: string, headers: Record<string, string>) {
  const response = await fetch(h.gateway.url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: Record<string, unknown> | null;
      errors?: { message: string; extensions: { code: string } }[];
    },
  };
}

const bearer = async (scopes: string[], extra: { expiresIn?: string } = {}) => ({
  authorization: `Bearer ${await issueToken(auth, { subject: "tester", scopes, ...extra })}`,
});

/** One mutation per subgraph, each made harmless by refusing on bad input after the check. */
const MUTATIONS: Record<string, string> = {
  partners: `mutation { updatePartner(id: "no-such-partner", input: {}) { id } }`,
  pathways: `mutation { movePathway(input: { id: "no-such-pathway", to: LIVE, effectiveOn: "2025-01-01", decidedBy: "x", reason: "x" }) { id } }`,
  "lived-experience": `mutation { fillInvolvementActivity(id: "no-such-activity") { id } }`,
  workforce: `mutation { publishObservations(measureCode: "no-such-measure", period: "2025-01") }`,
};

/** Fields with @requiresScopes, and the scopes that open them. */
const PROTECTED: { query: string; path: string; readers: string[] }[] = [
  {
    query: `{ sharedPathway(id: "nhs-111-mental-health") { referralRoutes { kind contact { value } } } }`,
    path: "sharedPathway.referralRoutes.0.contact",
    readers: ["partner-systems", "internal", "pathways:write", "admin"],
  },
  {
    query: `{ livedExperienceRole(id: "lived-experience-ambassador-01") { title } }`,
    path: "livedExperienceRole",
    readers: ["internal", "lived-experience:write", "admin"],
  },
  {
    query: `{ peerSupportWorkersWithLdOrAutism { display } }`,
    path: "peerSupportWorkersWithLdOrAutism",
    readers: ["special-category:read"],
  },
  {
    query: `{ importBatches { id } }`,
    path: "importBatches",
    readers: ["internal", "workforce:write", "admin"],
  },
];

const SCOPE_SETS: (string[] | null)[] = [
  null,
  ["partner-systems"],
  ["internal"],
  ["partners:write"],
  ["pathways:write"],
  ["lived-experience:write"],
  ["workforce:write"],
  ["admin"],
  ["developer"],
  ["special-category:read"],
  ["special-category:publish"],
];

const at = (data: unknown, path: string) =>
  path
    .split(".")
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | null)?.[key], data);

describe("scopes against protected fields and mutations", () => {
  it("opens each protected field only to its readers, nulling it with a clear error otherwise", async () => {
    let cases = 0;
    for (const scopes of SCOPE_SETS) {
      const headers = scopes ? await bearer(scopes) : {};
      for (const field of PROTECTED) {
        const { status, body } = await ask(field.query, headers);
        expect(status).toBe(200);
        const allowed = scopes?.some((s) => field.readers.includes(s)) ?? false;
        cases++;
        if (allowed) {
          expect(body.errors, `${scopes} ${field.path}`).toBeUndefined();
          expect(at(body.data, field.path), field.path).not.toBeNull();
        } else {
          // A refused non-null field nulls its parent, as the GraphQL specification says.
          expect(
            at(body.data, field.path) ?? null,
            `${scopes} ${field.path} ${JSON.stringify(body)}`,
          ).toBeNull();
          expect(body.errors![0]!.extensions.code).toBe(scopes ? "FORBIDDEN" : "UNAUTHENTICATED");
          expect(body.errors![0]!.message).toMatch(/needs (a caller with )?the scope/);
        }
      }
    }
    expect(cases).toBe(SCOPE_SETS.length * PROTECTED.length);
  });

  it("lets only a subgraph's editors and administrators change its data", async () => {
    for (const scopes of SCOPE_SETS) {
      const headers = scopes ? await bearer(scopes) : {};
      for (const [subgraph, mutation] of Object.entries(MUTATIONS)) {
        const { body } = await ask(mutation, headers);
        const allowed = scopes?.some((s) => s === `${subgraph}:write` || s === "admin") ?? false;
        const code = body.errors?.[0]?.extensions.code;
        if (allowed)
          expect(["NOT_FOUND", "BAD_USER_INPUT"], `${scopes} ${subgraph}`).toContain(code);
        else expect(code, `${scopes} ${subgraph}`).toBe(scopes ? "FORBIDDEN" : "UNAUTHENTICATED");
      }
    }
  });

  it("still serves the public rest of an answer beside a refused field", async () => {
    const { body } = await ask(
      `{ sharedPathway(id: "nhs-111-mental-health") { name referralRoutes { kind contact { value } } } }`,
      {},
    );
    expect(body.data).toEqual({
      sharedPathway: {
        name: "NHS 111 press 2 for mental health",
        referralRoutes: [{ kind: "SELF_REFERRAL", contact: null }],
      },
    });
  });

  it("keeps unpublished figures for internal readers, also when asked through a care unit", async () => {
    const publicAsk = await ask(
      `{ workforceScorecard(includeDrafts: true, measureCodes: ["vacancy-rate"]) { trust { period } } }`,
      await bearer(["partner-systems"]),
    );
    expect(publicAsk.body.errors![0]!.extensions.code).toBe("FORBIDDEN");
    const internal = await ask(
      `{ workforceScorecard(includeDrafts: true, measureCodes: ["vacancy-rate"]) { trust { period } } }`,
      await bearer(["internal"]),
    );
    expect(internal.body.errors).toBeUndefined();
    const viaUnit = await ask(
      `{ careUnit(id: "west-essex-community") { workforce(includeDrafts: true) { period } } }`,
      {},
    );
    expect(viaUnit.body.errors![0]!.extensions.code).toBe("UNAUTHENTICATED");
  });
});

describe("bad credentials", () => {
  const query = `{ partner(id: "eput") { name } }`;

  async function refused(headers: Record<string, string>, message: RegExp) {
    const { status, body } = await ask(query, headers);
    expect(status).toBe(401);
    expect(body.errors![0]!.extensions.code).toBe("UNAUTHENTICATED");
    expect(body.errors![0]!.message).toMatch(message);
  }

  it("refuses expired, wrongly signed, wrong-audience, wrong-issuer, unsigned and malformed tokens", async () => {
    const key = new TextEncoder().encode(auth.jwtSecret!);
    const claims = () => new SignJWT({ scope: "admin" }).setSubject("x").setIssuedAt();
    const expired = await claims()
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(auth.issuer)
      .setAudience(auth.audience)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 120)
      .sign(key);
    await refused({ authorization: `Bearer ${expired}` }, /expired/);
    const otherKey = await claims()
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(auth.issuer)
      .setAudience(auth.audience)
      .setExpirationTime("1h")
      .sign(new TextEncoder().encode("another-secret-that-is-long-enough-to-use"));
    await refused({ authorization: `Bearer ${otherKey}` }, /not valid/);
    const audience = await claims()
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(auth.issuer)
      .setAudience("someone-else")
      .setExpirationTime("1h")
      .sign(key);
    await refused({ authorization: `Bearer ${audience}` }, /not for this API/);
    const issuer = await claims()
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer("evil")
      .setAudience(auth.audience)
      .setExpirationTime("1h")
      .sign(key);
    await refused({ authorization: `Bearer ${issuer}` }, /not for this API/);
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    const none = `${b64({ alg: "none", typ: "JWT" })}.${b64({ sub: "x", scope: "admin", iss: auth.issuer, aud: auth.audience, exp: Math.floor(Date.now() / 1000) + 3600 })}.`;
    await refused({ authorization: `Bearer ${none}` }, /not valid/);
    await refused({ authorization: "Bearer not-a-token" }, /not valid/);
    await refused({ authorization: "Basic YWRtaW46YWRtaW4=" }, /must be `Bearer <token>`/);
  });

  it("a token within the 30 s clock tolerance is still accepted", async () => {
    const key = new TextEncoder().encode(auth.jwtSecret!);
    const justExpired = await new SignJWT({ scope: "internal" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("x")
      .setIssuer(auth.issuer)
      .setAudience(auth.audience)
      .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 10)
      .sign(key);
    const { status } = await ask(query, { authorization: `Bearer ${justExpired}` });
    expect(status).toBe(200);
  });

  it("accepts a valid API key with its scopes, and refuses revoked and unknown ones", async () => {
    const ok = await ask(
      `{ sharedPathway(id: "nhs-111-mental-health") { referralRoutes { contact { value } } } }`,
      { "x-api-key": GOOD_KEY },
    );
    expect(ok.body.errors).toBeUndefined();
    await refused({ "x-api-key": REVOKED_KEY }, /revoked/);
    await refused({ "x-api-key": `pwk_aaaaaaaa_${"x".repeat(32)}` }, /not valid/);
    await refused({ "x-api-key": "letmein" }, /not valid/);
    await refused({ "x-api-key": GOOD_KEY, authorization: "Bearer x" }, /not both/);
  });
});

describe("the audit log", () => {
  it("records every mutation a subgraph receives, who sent it and its outcome, for internal readers only", async () => {
    const writer = await bearer(["pathways:write"]);
    await ask(
      `mutation { proposePathway(input: { name: "Audited pathway", purpose: "Test", sectors: [HEALTH], participants: [{ partnerId: "eput", role: LEAD }], proposedBy: "Board" }) { id } }`,
      writer,
    );
    await ask(MUTATIONS.pathways!, writer);
    const { body } = await ask(
      `{ pathwaysAuditLog(first: 2) { subject fields entityIds outcome } }`,
      await bearer(["internal"]),
    );
    expect(body.data!.pathwaysAuditLog).toEqual([
      {
        subject: "tester",
        fields: ["movePathway"],
        entityIds: ["no-such-pathway"],
        outcome: "NOT_FOUND",
      },
      {
        subject: "tester",
        fields: ["proposePathway"],
        entityIds: expect.arrayContaining(["audited-pathway", "eput"]),
        outcome: "OK",
      },
    ]);
    const outsider = await ask(
      `{ pathwaysAuditLog { subject } }`,
      await bearer(["partner-systems"]),
    );
    expect(outsider.body.errors![0]!.extensions.code).toBe("FORBIDDEN");
  });

  it("cannot be changed or emptied", () => {
    for (const db of Object.values(h.databases)) {
      db.sqlite
        .prepare(
          "INSERT INTO audit_log (operation, fields, entity_ids, summary, outcome) VALUES ('t', 'f', '[]', '{}', 'OK')",
        )
        .run();
      expect(() => db.sqlite.exec("UPDATE audit_log SET outcome = 'changed'")).toThrow(
        /append-only/,
      );
      expect(() => db.sqlite.exec("DELETE FROM audit_log")).toThrow(/append-only/);
    }
  });
});
