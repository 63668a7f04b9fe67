/**
 * The edge as an attacker met it: one client holding most connections, a forwarded address the
 * client writes itself, tokens issued in the future, and REST answers that were never counted.
 * Each class is replayed with variants.
 */
import { SignJWT } from "jose";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gatewayConfigFromEnv, type GatewayConfig } from "../gateway/config.js";
import { FAILED_AUTH_PER_MINUTE } from "../gateway/rate-limit.js";
import { type RunningGateway, startGateway } from "../gateway/serve.js";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
const config = gatewayConfigFromEnv({});
const started: RunningGateway[] = [];

beforeAll(async () => {
  h = await startHarness({ production: true });
}, 120_000);
afterAll(async () => {
  await Promise.all(started.map((g) => g.stop()));
  await h.stop();
});

async function gateway(overrides: Partial<GatewayConfig>): Promise<RunningGateway> {
  const running = await startGateway({
    ...config,
    metrics: null,
    port: 0,
    production: true,
    subgraphUrls: Object.fromEntries(Object.entries(h.subgraphs).map(([n, s]) => [n, s.url])),
    ...overrides,
  });
  started.push(running);
  return running;
}

const post = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query: "{ __typename }" }),
  });

describe("connections", () => {
  it("leave another client at least 90% of its requests while one holds 1,100 half-open connections", async () => {
    const g = await gateway({ rateLimitPerMinute: 0 });
    const { port } = new URL(g.url);
    // The attacker speaks from 127.0.0.2 (loopback, a different address): each connection sends
    // half a request line and then nothing.
    const sockets: net.Socket[] = [];
    await Promise.all(
      Array.from(
        { length: 1_100 },
        () =>
          new Promise<void>((resolve) => {
            const socket = net.connect(
              { host: "127.0.0.1", port: Number(port), localAddress: "127.0.0.2" },
              () => {
                socket.write("POST /graphql HTTP/1.1\r\nHost: x\r\n");
                resolve();
              },
            );
            socket.on("error", () => resolve());
            sockets.push(socket);
          }),
      ),
    );
    try {
      const answers = await Promise.all(
        Array.from({ length: 30 }, () =>
          post(g.url).then(
            (r) => r.status,
            () => 0,
          ),
        ),
      );
      const answered = answers.filter((s) => s === 200).length;
      expect(answered / answers.length).toBeGreaterThanOrEqual(0.9);
    } finally {
      sockets.forEach((s) => s.destroy());
    }
  });
});

describe("addresses behind a proxy", () => {
  it("read X-Forwarded-For from the right: rotating the client's own entries escapes no limit", async () => {
    const g = await gateway({ rateLimitPerMinute: 3, trustedProxies: 1 });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      // The proxy appends the address it saw (198.51.100.7); what stands left of it is the client's.
      const forwarded = `10.0.0.${i}, 203.0.113.${i}, 198.51.100.7`;
      statuses.push((await post(g.url, { "x-forwarded-for": forwarded })).status);
    }
    expect(statuses.slice(0, 3)).toEqual([200, 200, 200]);
    expect(statuses.slice(3)).toEqual([429, 429, 429]);
    // A different address as the proxy saw it has an allowance of its own.
    expect((await post(g.url, { "x-forwarded-for": "10.0.0.1, 198.51.100.8" })).status).toBe(200);

    const wrong: number[] = [];
    for (let i = 0; i < FAILED_AUTH_PER_MINUTE + 3; i++) {
      const headers = {
        "x-forwarded-for": `192.0.2.${i}, 198.51.100.9`,
        "x-api-key": `pwk_${String(i).padStart(8, "0")}_${"x".repeat(32)}`,
      };
      wrong.push((await post(g.url, headers)).status);
    }
    expect(wrong.slice(FAILED_AUTH_PER_MINUTE)).toEqual([429, 429, 429]);
  });

  it("take two trusted proxies as the second entry from the right", async () => {
    const g = await gateway({ rateLimitPerMinute: 2, trustedProxies: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const forwarded = `172.16.0.${i}, 198.51.100.20, 10.1.1.${i}`;
      statuses.push((await post(g.url, { "x-forwarded-for": forwarded })).status);
    }
    expect(statuses).toEqual([200, 200, 429, 429]);
  });

  it("refuse to start with a TRUST_PROXY that is not a count of proxies", () => {
    for (const value of ["true", "yes", "-1", "1.5"]) {
      expect(() => gatewayConfigFromEnv({ TRUST_PROXY: value }), value).toThrow(/TRUST_PROXY/);
    }
    expect(gatewayConfigFromEnv({ TRUST_PROXY: "2" }).trustedProxies).toBe(2);
  });
});

describe("bearer tokens", () => {
  const key = new TextEncoder().encode(config.auth.jwtSecret!);
  const token = (iat: number, exp: number) =>
    new SignJWT({ scope: "admin" })
      .setProtectedHeader({ alg: "HS256" })
      .setSubject("someone")
      .setIssuer(config.auth.issuer)
      .setAudience(config.auth.audience)
      .setIssuedAt(iat)
      .setExpirationTime(exp)
      .sign(key);

  it("refuse one issued in the future, or expiring before it is issued, whatever its lifetime", async () => {
    const now = Math.floor(Date.now() / 1000);
    const year = 365 * 24 * 3600;
    for (const [iat, exp] of [
      [now + 100 * year, now + 100 * year + 600], // a hundred years ahead, a ten-minute lifetime
      [now + 3600, now + 7200], // an hour ahead
      [now + 600, now + 300], // issued after it expires
    ] as const) {
      const res = await post(h.gateway.url, { authorization: `Bearer ${await token(iat, exp)}` });
      expect(res.status, `iat ${iat - now}, exp ${exp - now}`).toBe(401);
      expect(await res.text()).toMatch(/issued in the future|before it is issued/);
    }
    const fine = await post(h.gateway.url, {
      authorization: `Bearer ${await token(now - 10, now + 600)}`,
    });
    expect(fine.status).toBe(200);
  });
});

describe("REST interfaces and the rate limit", () => {
  it("count every answer, including those that make no GraphQL call, and say when to retry", async () => {
    const g = await gateway({ rateLimitPerMinute: 4 });
    const origin = g.url.replace(/\/graphql$/, "");
    const paths = [
      "/fhir/metadata",
      "/oruk/taxonomies",
      "/oruk/services?per_page=0",
      "/fhir/Organization?_count=abc",
    ];
    for (const path of paths) expect((await fetch(`${origin}${path}`)).status).toBeLessThan(429);
    const oruk = await fetch(`${origin}/oruk/taxonomies`);
    expect(oruk.status).toBe(429);
    expect(oruk.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(oruk.headers.get("content-type")).toMatch(/problem\+json/);
    // A directory in a browser can read the refusal too.
    expect(oruk.headers.get("access-control-allow-origin")).toBe("*");
    const fhir = await fetch(`${origin}/fhir/metadata`);
    expect(fhir.status).toBe(429);
    expect(((await fhir.json()) as { resourceType: string }).resourceType).toBe("OperationOutcome");
    // GraphQL shares the same allowance.
    expect((await post(g.url)).status).toBe(429);
  });

  it("count one REST request once, however many GraphQL operations it runs", async () => {
    const g = await gateway({ rateLimitPerMinute: 3 });
    const origin = g.url.replace(/\/graphql$/, "");
    // A full service list runs several operations (pathways, services, partners).
    for (let i = 0; i < 3; i++) {
      expect((await fetch(`${origin}/oruk/services?full=true`)).status).toBe(200);
    }
    expect((await fetch(`${origin}/oruk/services`)).status).toBe(429);
  });
});

describe("cursors", () => {
  const ROLES = `query ($after: String, $filter: RoleFilter) { livedExperienceRoles(first: 1, after: $after, filter: $filter) { pageInfo { endCursor } nodes { id } } }`;
  const PARTNERS = `query ($after: String) { partners(first: 5, after: $after) { nodes { id } } }`;

  it("continue only the list, filter and view they came from", async () => {
    const first = await h.query<{ livedExperienceRoles: { pageInfo: { endCursor: string } } }>(
      ROLES,
      {},
      undefined,
      ["internal"],
    );
    const cursor = first.data!.livedExperienceRoles.pageInfo.endCursor;
    expect(cursor).toBeTruthy();
    // The same list, filter and scopes: the next page.
    const next = await h.query(ROLES, { after: cursor }, undefined, ["internal"]);
    expect(next.errors).toBeUndefined();
    for (const [query, variables, as] of [
      [PARTNERS, { after: cursor }, null], // another list sorted by name
      [PARTNERS, { after: cursor }, ["internal"]],
      [ROLES, { after: cursor, filter: { statuses: ["FILLED"] } }, ["internal"]], // another filter
      [ROLES, { after: cursor }, ["admin"]], // another view of the list
    ] as const) {
      const refused = await h.query(query, variables, undefined, as);
      expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      expect(refused.errors?.[0]?.message).toMatch(/another list, filter or caller/);
    }
  });
});
