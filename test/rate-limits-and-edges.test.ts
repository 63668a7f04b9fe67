/**
 * Rate limits attacked as a penetration tester walked around them (other path spellings, wrong
 * credentials, other spellings of one token, readiness floods), and the smaller edges: CORS,
 * token subjects and lifetimes, CSV numbers and formulas.
 */
import { SignJWT } from "jose";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../gateway/auth.js";
import { gatewayConfigFromEnv } from "../gateway/config.js";
import { FAILED_AUTH_PER_MINUTE } from "../gateway/rate-limit.js";
import { type RunningGateway, startGateway } from "../gateway/serve.js";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
let limited: RunningGateway;
const PER_MINUTE = 5;
const config = gatewayConfigFromEnv({});

beforeAll(async () => {
  h = await startHarness({ production: true });
  limited = await startGateway({
    ...config,
    metrics: null,
    port: 0,
    production: true,
    rateLimitPerMinute: PER_MINUTE,
    subgraphUrls: Object.fromEntries(Object.entries(h.subgraphs).map(([n, s]) => [n, s.url])),
  });
});
afterAll(async () => {
  await limited.stop();
  await h.stop();
});

const base = () => limited.url.replace(/\/graphql$/, "");
const post = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${base()}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query: "{ __typename }" }),
  });

describe("rate limits", () => {
  it("serve GraphQL on exactly one path: other spellings are not endpoints", async () => {
    for (const path of ["/graphql/", "//graphql", "/graphql//", "/GRAPHQL", "/__hive/readiness"]) {
      const res = await post(path);
      expect(res.status, path).toBe(404);
    }
  });

  it("give one allowance to a token whatever its spelling, and limit wrong credentials per address", async () => {
    const token = await issueToken(config.auth, { subject: "one-person", scopes: ["internal"] });
    const [header, payload, signature] = token.split(".");
    // Other spellings of the same token: base64url with padding, and a non-canonical last char.
    const spellings = [token, `${header}.${payload}.${signature}`];
    const statuses: number[] = [];
    for (let i = 0; i < PER_MINUTE + 2; i++) {
      const res = await post("/graphql", {
        authorization: `Bearer ${spellings[i % spellings.length]}`,
      });
      statuses.push(res.status);
    }
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(2);

    const wrong: number[] = [];
    for (let i = 0; i < FAILED_AUTH_PER_MINUTE + 5; i++) {
      const key = `pwk_${String(i).padStart(8, "0")}_${"x".repeat(32)}`;
      wrong.push((await post("/graphql", { "x-api-key": key })).status);
    }
    expect(wrong.slice(0, FAILED_AUTH_PER_MINUTE).every((s) => s === 401)).toBe(true);
    expect(wrong.slice(FAILED_AUTH_PER_MINUTE)).toEqual(Array(5).fill(429));
  });

  it("answer a flood of readiness probes from shared checks, without failing", async () => {
    const before = (await fetch(`${base()}/readiness`)).status;
    expect(before).toBe(200);
    const probes = await Promise.all(
      Array.from({ length: 50 }, () => fetch(`${base()}/readiness`)),
    );
    expect(probes.every((p) => p.status === 200)).toBe(true);
  });
});

describe("smaller edges", () => {
  it("allow no foreign origin by CORS in production when none is configured", async () => {
    const res = await fetch(limited.url, {
      method: "OPTIONS",
      headers: {
        origin: "https://evil.example",
        "access-control-request-method": "POST",
      },
    });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("refuse a token with a numeric subject, or one valid for a hundred years", async () => {
    const key = new TextEncoder().encode(config.auth.jwtSecret!);
    const now = Math.floor(Date.now() / 1000);
    const numeric = await new SignJWT({ sub: 12345 as unknown as string, scope: "admin" })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(config.auth.issuer)
      .setAudience(config.auth.audience)
      .setIssuedAt(now)
      .setExpirationTime(now + 600)
      .sign(key);
    const century = await issueToken(config.auth, {
      subject: "x",
      scopes: ["admin"],
      expiresIn: "100y",
    });
    for (const token of [numeric, century]) {
      const res = await fetch(h.gateway.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: "{ __typename }" }),
      });
      expect(res.status).toBe(401);
    }
  });

  it("read CSV numbers as plain decimals only, and neutralise a formula as an import's source", async () => {
    const header =
      "measure,unit,org_unit_type,org_unit,period,value,numerator,denominator,target,status";
    const row = (value: string) => `vacancy-rate,PERCENT,TRUST,eput,2025-04,,${value},5800,,DRAFT`;
    const IMPORT = `mutation($csv: String!, $source: String!) { importObservations(csv: $csv, source: $source) { batchId } }`;
    const good = await h.query(IMPORT, { csv: `${header}\n${row("700")}\n`, source: "a.csv" });
    expect(good.errors).toBeUndefined();
    for (const value of ["0x10", "0b11", "0o7", "1e3", "Infinity"]) {
      const res = await h.query(IMPORT, { csv: `${header}\n${row(value)}\n`, source: "t.csv" });
      expect(res.errors?.[0]?.extensions?.code, value).toBe("BAD_USER_INPUT");
    }
    const formula = await h.query(IMPORT, {
      csv: `${header}\n${row("701")}\n`,
      source: '=HYPERLINK("http://attacker.example","x")',
    });
    expect(formula.errors).toBeUndefined();
    const batches = await h.query<{ importBatches: { source: string }[] }>(
      `{ importBatches(first: 1) { source } }`,
    );
    expect(batches.data!.importBatches[0]!.source).toBe(
      `'=HYPERLINK("http://attacker.example","x")`,
    );
  });

  it("cut off a client that sends its headers or its body too slowly", async () => {
    const slow = await startGateway({
      ...config,
      metrics: null,
      port: 0,
      production: true,
      clientTimeouts: { headersMs: 500, requestMs: 1_000 },
      subgraphUrls: Object.fromEntries(Object.entries(h.subgraphs).map(([n, s]) => [n, s.url])),
    });
    try {
      const { port } = new URL(slow.url);
      for (const partial of [
        "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: app", // headers never finish
        'POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n{"query":', // body never finishes
      ]) {
        const started = performance.now();
        const answer = await new Promise<string>((resolve) => {
          const socket = connect(Number(port), "127.0.0.1", () => socket.write(partial));
          let text = "";
          socket.on("data", (chunk) => (text += chunk.toString()));
          socket.on("close", () => resolve(text));
          setTimeout(() => socket.destroy(), 10_000);
        });
        expect(performance.now() - started).toBeLessThan(5_000);
        expect(answer).toMatch(/^HTTP\/1\.1 408/);
      }
    } finally {
      await slow.stop();
    }
  });
});
