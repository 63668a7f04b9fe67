/**
 * Abuse resistance through the gateway (production mode) and against a subgraph directly: every
 * malformed, oversized or over-ambitious request is refused with a 4xx and a clear message, never
 * a 5xx, and nothing internal leaks.
 */
import fc from "fast-check";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../gateway/auth.js";
import { gatewayConfigFromEnv } from "../gateway/config.js";
import { QUERY_LIMITS } from "../gateway/limits.js";
import { startGateway } from "../gateway/serve.js";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ production: true });
});
afterAll(() => h.stop());

const LEAK =
  /stack|\.ts:\d|node_modules|127\.0\.0\.1|localhost|SQLITE|sqlite|SELECT |INSERT |ECONN/;

/** An administrator's token, for the tests that need to reach every field. */
let admin = "";
beforeAll(async () => {
  const token = await issueToken(gatewayConfigFromEnv({}).auth, {
    subject: "test-admin",
    scopes: ["admin"],
  });
  admin = `Bearer ${token}`;
});

async function send(body: string, headers: Record<string, string> = {}, url = h.gateway.url) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, headers: response.headers };
}

const gql = (query: string, variables?: unknown) => send(JSON.stringify({ query, variables }));

async function refused(query: string, status: number, code: string, message: RegExp) {
  const res = await gql(query);
  expect(res.status, res.text).toBe(status);
  const body = JSON.parse(res.text) as {
    errors: { message: string; extensions: { code: string } }[];
  };
  expect(body.errors[0]!.extensions.code).toBe(code);
  expect(body.errors[0]!.message).toMatch(message);
  expect(res.text).not.toMatch(LEAK);
}

describe("query limits", () => {
  it("refuses a query nested too deep", async () => {
    const deep = `{ partner(id: "eput") { ${"successor { ".repeat(20)}id${" }".repeat(20)} } }`;
    await refused(deep, 400, "QUERY_TOO_DEEP", /depth limit of 15 exceeded, found 22/);
  });

  it("refuses too many aliases", async () => {
    const aliased = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: __typename`).join(" ")} }`;
    await refused(aliased, 400, "TOO_MANY_ALIASES", /Aliases limit of 30 exceeded, found 40/);
  });

  it("refuses too many directives", async () => {
    const directed = `{ ${Array.from({ length: 25 }, () => "__typename @include(if: true)").join(" ")} }`;
    await refused(
      directed,
      400,
      "TOO_MANY_DIRECTIVES",
      /Directives limit of 20 exceeded, found 25/,
    );
  });

  it("refuses a query whose estimated cost is too high", async () => {
    const costly = `{ partners(first: 100) { nodes { connections { sharedPathways { participants { partner { name kind pathways { name } } } } } } } }`;
    await refused(costly, 400, "QUERY_TOO_COSTLY", /estimated cost is \d+; the limit is 1000000/);
  });

  it("refuses a document with too many tokens while parsing, with a 400 not a 500", async () => {
    const dense = `{ ${"a ".repeat(QUERY_LIMITS.maxTokens)} }`;
    expect(dense.length).toBeLessThan(QUERY_LIMITS.maxCharacters);
    await refused(dense, 400, "GRAPHQL_PARSE_FAILED", /more th.. 5000 tokens/);
  });

  it("refuses a document longer than the character limit before parsing it", async () => {
    const long = `query ${"N".repeat(QUERY_LIMITS.maxCharacters)} { __typename }`;
    await refused(long, 400, "QUERY_TOO_LONG", /characters long: the limit is 20000/);
  });
});

describe("malformed requests", () => {
  it("answers syntax errors, unknown fields and bad variables with 400", async () => {
    await refused(`{ partner(id: `, 400, "GRAPHQL_PARSE_FAILED", /Syntax Error/);
    await refused(`{ nope }`, 400, "GRAPHQL_VALIDATION_FAILED", /Cannot query field "nope"/);
    const badVariable = await gql(`query ($f: Int) { partners(first: $f) { totalCount } }`, {
      f: "x",
    });
    expect(badVariable.status).toBe(400);
  });

  it("answers malformed JSON and an empty body with 400, form-like content with 403, XML with 415", async () => {
    expect((await send('{"query": ')).status).toBe(400);
    const plain = await send('{"query":"{ __typename }"}', { "content-type": "text/plain" });
    expect(plain.status).toBe(403);
    expect(plain.text).toMatch(/CSRF/);
    const xml = await send('{"query":"{ __typename }"}', { "content-type": "application/xml" });
    expect(xml.status).toBe(415);
    expect((await send("")).status).toBe(400);
    expect((await send('{"query":"{ __typename }","extra":1}')).status).toBe(400);
  });

  it("refuses a body over 1 MB with 413, at the gateway and at a subgraph", async () => {
    const big = JSON.stringify({
      query: "{ __typename }",
      variables: { x: "a".repeat(1_100_000) },
    });
    const viaGateway = await send(big);
    expect(viaGateway.status).toBe(413);
    expect(viaGateway.text).toMatch(/larger than 1000000 bytes/);
    expect((await send(big, {}, h.subgraphs.partners!.url)).status).toBe(413);
  });

  it("reads a chunked body only up to the limit: within it, an answer; past it, 413", async () => {
    const { port } = new URL(h.gateway.url);
    const chunked = (chunks: string[]) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const req = http.request(
          {
            port,
            path: "/graphql",
            method: "POST",
            headers: { "content-type": "application/json", "transfer-encoding": "chunked" },
          },
          (res) => {
            let body = "";
            res.on("data", (chunk: Buffer) => (body += chunk.toString()));
            res.on("end", () => resolve({ status: res.statusCode!, body }));
          },
        );
        // The server may answer and close before every chunk is written.
        req.on("error", (error) => (error.message.includes("EPIPE") ? null : reject(error)));
        for (const chunk of chunks) req.write(chunk);
        req.end();
      });
    const small = await chunked(['{"query":', '"{ __typename }"}']);
    expect(small.status).toBe(200);
    expect(JSON.parse(small.body)).toEqual({ data: { __typename: "Query" } });
    const padding = " ".repeat(100_000);
    const large = await chunked([
      '{"query":"{ __typename }"',
      ...Array.from({ length: 12 }, () => padding),
      "}",
    ]);
    expect(large.status).toBe(413);
    expect(large.body).toMatch(/larger than 1000000 bytes/);
  });

  it("prevents cross-site requests: a GET without a preflight header is refused", async () => {
    const get = await fetch(`${h.gateway.url}?query=${encodeURIComponent("{ __typename }")}`);
    expect(get.status).toBe(403);
    const allowed = await fetch(`${h.gateway.url}?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { "x-graphql-csrf": "1" },
    });
    expect(allowed.status).toBe(200);
    const mutationByGet = await fetch(
      `${h.gateway.url}?query=${encodeURIComponent('mutation { fillInvolvementActivity(id: "x") { id } }')}`,
      { headers: { "x-graphql-csrf": "1" } },
    );
    expect(mutationByGet.status).toBe(405);
  });
});

describe("injection-shaped text", () => {
  const SHAPES = [
    "'; DROP TABLE partners; --",
    '" OR 1=1 --',
    "Robert'); DELETE FROM pathways;--",
    "%' UNION SELECT * FROM sqlite_master --",
    "\\u0000\u0000",
    "NEAR(a b) OR *",
  ];

  it("treats SQL- and FTS-shaped strings in every text argument as data", async () => {
    for (const text of SHAPES) {
      const res = await send(
        JSON.stringify({
          query: `query ($t: String!, $id: ID!) {
          partners(filter: { search: $t }) { totalCount }
          sharedPathways(filter: { search: $t }) { totalCount }
          partner(id: $id) { id }
          sharedPathway(id: $id) { id }
          livedExperienceRole(id: $id) { id }
          measure(code: $t) { code }
          involvementActivity(id: $id) { id }
        }`,
          variables: { t: text, id: text },
        }),
        { authorization: admin },
      );
      expect(res.status, text).toBe(200);
      expect(res.text).not.toMatch(LEAK);
      const body = JSON.parse(res.text) as { data: Record<string, unknown>; errors?: unknown };
      expect(body.errors, text).toBeUndefined();
      expect(body.data.partner).toBeNull();
    }
    const partners = await gql(`{ partners(first: 1) { totalCount } }`);
    expect(JSON.parse(partners.text).data.partners.totalCount).toBeGreaterThanOrEqual(40);
  });

  it("keeps injection-shaped strings as text when a mutation stores them", async () => {
    const name = "Robert'); DROP TABLE partners;-- Trust";
    const res = await send(
      JSON.stringify({
        query: `mutation ($n: String!) { createPartner(input: { name: $n, kind: OTHER }) { name } }`,
        variables: { n: name },
      }),
      { authorization: admin },
    );
    expect(JSON.parse(res.text).data.createPartner.name).toBe(name);
  });
});

describe("rate limiting", () => {
  it("answers 429 with Retry-After once a client has used its minute's allowance", async () => {
    const limited = await startGateway({
      ...gatewayConfigFromEnv({}),
      metrics: null,
      port: 0,
      production: true,
      rateLimitPerMinute: 5,
      subgraphUrls: Object.fromEntries(Object.entries(h.subgraphs).map(([n, s]) => [n, s.url])),
    });
    try {
      const statuses: number[] = [];
      let last: Response | null = null;
      for (let i = 0; i < 7; i++) {
        last = await fetch(limited.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query: "{ __typename }" }),
        });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
      expect(Number(last!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
      expect(
        ((await last!.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!
          .extensions.code,
      ).toBe("RATE_LIMITED");
      const health = await fetch(limited.url.replace(/\/graphql$/, "/healthcheck"));
      expect(health.status).toBe(200);
    } finally {
      await limited.stop();
    }
  });
});

describe("generated garbage (property-based)", () => {
  const fragmentOf = fc.constantFrom(
    "{",
    "}",
    "(",
    ")",
    "partner",
    "partners",
    "sharedPathways",
    "id",
    "name",
    "first: 100",
    '"eput"',
    "...",
    "on",
    "fragment",
    "query",
    "mutation",
    "$x",
    "@include(if: true)",
    "nodes",
    ":",
    ",",
    "__schema",
    "__typename",
  );
  const document = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.array(fragmentOf, { maxLength: 60 }).map((parts) => parts.join(" ")),
  );
  const variables = fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 3 }));

  it("never answers a generated document or variables with a 5xx or an internal detail", async () => {
    await fc.assert(
      fc.asyncProperty(document, variables, async (query, vars) => {
        const res = await send(JSON.stringify({ query, variables: vars }));
        expect(res.status).toBeLessThan(500);
        expect(res.text).not.toMatch(LEAK);
      }),
      { numRuns: 300 },
    );
  });

  it("never answers a generated body with a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        async (body) => {
          const res = await send(body);
          expect(res.status).toBeLessThan(500);
          expect(res.text).not.toMatch(LEAK);
        },
      ),
      { numRuns: 200 },
    );
  });
});
