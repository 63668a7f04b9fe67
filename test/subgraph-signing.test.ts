/**
 * Defence in depth: a subgraph answers only requests the gateway has signed, and takes the caller
 * only from a verified signature. Unsigned, forged, tampered, stale and replayed requests are
 * refused whatever headers they carry.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../gateway/auth.js";
import { gatewayConfigFromEnv } from "../gateway/config.js";
import { signPost, signRequest, SIGNATURE_HEADERS } from "../common/signing.js";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ production: true });
});
afterAll(() => h.stop());

const SECRET = gatewayConfigFromEnv({}).subgraphSecret;
const BODY = JSON.stringify({ query: "{ __typename }" });

async function post(url: string, body: string, headers: Record<string, string>) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  return { status: response.status, text: await response.text() };
}

describe("subgraphs answer only the gateway", () => {
  it("refuses unsigned requests to every subgraph, whatever identity headers they carry", async () => {
    for (const subgraph of Object.values(h.subgraphs)) {
      for (const headers of <Record<string, string>[]>[
        {},
        { "x-user-id": "admin", authorization: "Bearer forged", "x-scopes": "admin" },
        {
          [SIGNATURE_HEADERS.caller]: Buffer.from(
            '{"subject":"admin","scopes":["admin"]}',
          ).toString("base64url"),
        },
      ]) {
        const res = await post(subgraph.url, BODY, headers);
        expect(res.status, subgraph.name).toBe(401);
        expect(res.text).toMatch(/only requests the gateway has signed: the request is not signed/);
      }
    }
  });

  it("refuses a request signed with another secret, a tampered body or a swapped caller", async () => {
    const url = h.subgraphs.partners!.url;
    expect((await post(url, BODY, signPost("x".repeat(40), "partners", BODY))).text).toMatch(
      /does not match/,
    );
    const signed = signPost(SECRET, "partners", BODY);
    expect(
      (await post(url, JSON.stringify({ query: "{ partners { totalCount } }" }), signed)).text,
    ).toMatch(/does not match/);
    const asAdmin = signPost(SECRET, "partners", BODY, {
      subject: "admin",
      client: null,
      scopes: ["admin"],
    });
    const swapped = {
      ...signPost(SECRET, "partners", BODY),
      [SIGNATURE_HEADERS.caller]: asAdmin[SIGNATURE_HEADERS.caller]!,
    };
    expect((await post(url, BODY, swapped)).text).toMatch(/does not match/);
  });

  it("refuses a replayed or stale request", async () => {
    const url = h.subgraphs.pathways!.url;
    const signed = signPost(SECRET, "pathways", BODY);
    expect((await post(url, BODY, signed)).status).toBe(200);
    const replay = await post(url, BODY, signed);
    expect(replay.status).toBe(401);
    expect(replay.text).toMatch(/already received \(a replay\)/);
    const stale = await post(
      url,
      BODY,
      signPost(SECRET, "pathways", BODY, undefined, Date.now() - 120_000),
    );
    expect(stale.text).toMatch(/stale/);
  });

  it("takes the caller from the signature: a signed subject is recorded as who made a change", async () => {
    const body = JSON.stringify({
      query: `mutation { proposePathway(input: { name: "Signed caller pathway", purpose: "Test", sectors: [HEALTH], participants: [{ partnerId: "eput", role: LEAD }], proposedBy: "Board" }) { history { recordedBy } } }`,
    });
    const res = await post(
      h.subgraphs.pathways!.url,
      body,
      signPost(SECRET, "pathways", body, {
        subject: "alice@example.nhs.uk",
        client: "test",
        scopes: ["pathways:write"],
      }),
    );
    expect(JSON.parse(res.text).data.proposePathway.history).toEqual([
      { recordedBy: "alice@example.nhs.uk" },
    ]);
  });

  it("ignores identity a client sends to the gateway: the gateway signs for the caller it knows", async () => {
    const forged = signPost(SECRET, "pathways", "{}", {
      subject: "mallory",
      client: null,
      scopes: ["admin"],
    });
    const token = await issueToken(gatewayConfigFromEnv({}).auth, {
      subject: "bob@example.nhs.uk",
      scopes: ["pathways:write"],
    });
    const response = await fetch(h.gateway.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...forged,
        "x-user-id": "mallory",
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({
        query: `mutation { proposePathway(input: { name: "Forged caller pathway", purpose: "Test", sectors: [HEALTH], participants: [{ partnerId: "eput", role: LEAD }], proposedBy: "Board" }) { history { recordedBy } } }`,
      }),
    });
    const body = (await response.json()) as {
      data: { proposePathway: { history: { recordedBy: string }[] } };
    };
    expect(body.data.proposePathway.history).toEqual([{ recordedBy: "bob@example.nhs.uk" }]);
  });

  it("refuses a signed request replayed as a GET with another query, to another path or to another subgraph", async () => {
    const admin = { subject: "admin", client: null, scopes: ["admin"] };
    const secret = JSON.stringify({ query: "{ livedExperienceAuditLog(first: 5) { summary } }" });
    const url = h.subgraphs["lived-experience"]!.url;
    // Signed for a harmless POST, then sent as a GET carrying another query in the URL.
    const signed = signPost(SECRET, "lived-experience", BODY, admin);
    const asGet = await fetch(`${url}?query=${encodeURIComponent(JSON.parse(secret).query)}`, {
      headers: { ...signed, "apollo-require-preflight": "true" },
    });
    expect(asGet.status).toBe(405);
    expect(await asGet.text()).not.toMatch(/summary/);
    // The same body signed as a GET is refused too: a subgraph takes only POST.
    const getSigned = signRequest(
      SECRET,
      { method: "GET", path: "/graphql", audience: "lived-experience", body: "" },
      admin,
    );
    expect((await fetch(url, { headers: getSigned })).status).toBe(405);
    // Other spellings of the path are not GraphQL endpoints.
    for (const path of ["/graphql/", "//graphql", "/", "/other"]) {
      const other = url.replace(/\/graphql$/, path);
      const res = await post(other, secret, signPost(SECRET, "lived-experience", secret, admin));
      expect(res.status, path).toBe(404);
      expect(res.text).not.toMatch(/summary/);
    }
    // Signed for partners, sent to lived-experience: another audience.
    const forPartners = await post(url, secret, signPost(SECRET, "partners", secret, admin));
    expect(forPartners.status).toBe(401);
    expect(forPartners.text).toMatch(/does not match/);
    // Signed for lived-experience with a path the subgraph does not serve.
    const otherPath = signRequest(
      SECRET,
      { method: "POST", path: "/graphql/", audience: "lived-experience", body: secret },
      admin,
    );
    expect((await post(url, secret, otherPath)).text).toMatch(/does not match/);
    // And the proper request still works.
    const proper = await post(url, secret, signPost(SECRET, "lived-experience", secret, admin));
    expect(proper.status).toBe(200);
  });
});
