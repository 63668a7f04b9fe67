/**
 * Defence in depth: a subgraph answers only requests the gateway has signed, and takes the caller
 * only from a verified signature. Unsigned, forged, tampered, stale and replayed requests are
 * refused whatever headers they carry.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../gateway/auth.js";
import { gatewayConfigFromEnv } from "../gateway/config.js";
import { signRequest, SIGNATURE_HEADERS } from "../subgraphs/kit/signing.js";
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
    expect((await post(url, BODY, signRequest("x".repeat(40), BODY))).text).toMatch(
      /does not match/,
    );
    const signed = signRequest(SECRET, BODY);
    expect(
      (await post(url, JSON.stringify({ query: "{ partners { totalCount } }" }), signed)).text,
    ).toMatch(/does not match/);
    const asAdmin = signRequest(SECRET, BODY, {
      subject: "admin",
      client: null,
      scopes: ["admin"],
    });
    const swapped = {
      ...signRequest(SECRET, BODY),
      [SIGNATURE_HEADERS.caller]: asAdmin[SIGNATURE_HEADERS.caller]!,
    };
    expect((await post(url, BODY, swapped)).text).toMatch(/does not match/);
  });

  it("refuses a replayed or stale request", async () => {
    const url = h.subgraphs.pathways!.url;
    const signed = signRequest(SECRET, BODY);
    expect((await post(url, BODY, signed)).status).toBe(200);
    const replay = await post(url, BODY, signed);
    expect(replay.status).toBe(401);
    expect(replay.text).toMatch(/already received \(a replay\)/);
    const stale = await post(url, BODY, signRequest(SECRET, BODY, undefined, Date.now() - 120_000));
    expect(stale.text).toMatch(/stale/);
  });

  it("takes the caller from the signature: a signed subject is recorded as who made a change", async () => {
    const body = JSON.stringify({
      query: `mutation { proposePathway(input: { name: "Signed caller pathway", purpose: "Test", sectors: [HEALTH], participants: [{ partnerId: "eput", role: LEAD }], proposedBy: "Board" }) { history { recordedBy } } }`,
    });
    const res = await post(
      h.subgraphs.pathways!.url,
      body,
      signRequest(SECRET, body, {
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
    const forged = signRequest(SECRET, "{}", {
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
});
