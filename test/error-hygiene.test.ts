/**
 * Errors as a client sees them in production, attacked as the tester did: nothing echoed from
 * the request or a subgraph's internals, the same status every time, and one error per cause.
 */
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
let broken: Harness;
let proxy: http.Server;
let devSubgraphs: Harness;

beforeAll(async () => {
  // A proxy in front of pathways that has lost it: HTTP 502 with an HTML-ish body.
  proxy = http.createServer((_req, res) => {
    res.writeHead(502, { "content-type": "text/html" });
    res.end("<h1>502 Bad Gateway</h1>");
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const port = (proxy.address() as { port: number }).port;
  h = await startHarness({ production: true });
  broken = await startHarness({
    production: true,
    subgraphUrls: {
      ...Object.fromEntries(Object.entries(h.subgraphs).map(([n, s]) => [n, s.url])),
      pathways: `http://127.0.0.1:${port}/graphql`,
    },
  });
  devSubgraphs = await startHarness({ production: false });
});
afterAll(async () => {
  await broken.stop();
  await h.stop();
  await devSubgraphs.stop();
  proxy.close();
});

async function send(body: string, url = h.gateway.url) {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
  });
  return { status: response.status, text: await response.text() };
}

describe("errors in production", () => {
  it("do not echo a malformed body", async () => {
    for (const body of ["{not json", '{"query": "{ a }", "variables": {"x": tru}}', "[1,2"]) {
      const res = await send(body);
      expect(res.status).toBe(400);
      expect(res.text).not.toMatch(/originalError|SyntaxError|not valid JSON|tru\b/);
    }
  });

  it("answer the same unparsable or invalid document with 400 every time", async () => {
    for (const query of ["{ partner(id: ", "{ noSuchField }", "query { partner(id: 1) { id } "]) {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await send(JSON.stringify({ query }))).status);
      expect(statuses, query).toEqual([400, 400, 400]);
    }
  });

  it("never repeat a variable's value, which could be special-category", async () => {
    const res = await send(
      JSON.stringify({
        query: `mutation($i: FillRoleInput!) { fillLivedExperienceRole(input: $i) { id } }`,
        variables: { i: { holderHasLdOrAutism: true, unknown: "x" } },
      }),
    );
    expect(res.status).toBe(400);
    expect(res.text).toMatch(/Variable \\"\$i\\" got an invalid value/);
    expect(res.text).not.toMatch(/holderHasLdOrAutism: true|true/);
  });

  it("turn a subgraph's 502 into one SUBGRAPH_UNAVAILABLE error, its fields null", async () => {
    const res = await send(
      JSON.stringify({
        query: `{ partner(id: "eput") { name pathways { name } connections { sharedPathwayCount } } careUnits { name pathways { name } } }`,
      }),
      broken.gateway.url,
    );
    const body = JSON.parse(res.text) as {
      data: { partner: { name: string; pathways: null } };
      errors: { extensions: { code: string; serviceName: string } }[];
    };
    expect(body.data.partner.name).toMatch(/Essex Partnership/);
    expect(body.data.partner.pathways).toBeNull();
    expect(body.errors).toHaveLength(1);
    expect(body.errors[0]!.extensions).toMatchObject({
      code: "SUBGRAPH_UNAVAILABLE",
      serviceName: "pathways",
    });
    expect(res.text).not.toMatch(/502 Bad Gateway|<h1>|127\.0\.0\.1/);
  });

  it("strip a subgraph's stack trace even when the subgraph runs in development", async () => {
    const production = await startHarness({
      production: true,
      subgraphUrls: Object.fromEntries(
        Object.entries(devSubgraphs.subgraphs).map(([n, s]) => [n, s.url]),
      ),
    });
    try {
      const res = await send(
        JSON.stringify({ query: `{ sharedPathways(first: 1, after: "forged") { totalCount } }` }),
        production.gateway.url,
      );
      expect(res.text).toMatch(/BAD_USER_INPUT/);
      expect(res.text).not.toMatch(/stacktrace|\.ts:\d|node_modules/);
    } finally {
      await production.stop();
    }
  });
});
