/**
 * The explorer and dashboard are the gateway's own files, with no CDN; the Sandbox page can fall
 * back to them; and a subgraph's page in development says to explore it through the gateway.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
let base: string;
beforeAll(async () => {
  h = await startHarness();
  base = h.origin;
}, 120_000);
afterAll(() => h.stop());

describe("the gateway's own pages", () => {
  it("serves /graphiql and /dashboard from its own assets, under a CSP that allows nothing else", async () => {
    for (const path of ["/graphiql", "/dashboard"]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(response.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
      expect(response.headers.get("content-security-policy")).toMatch(/connect-src 'self'/);
      const html = await response.text();
      const sources = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
      expect(sources.length).toBeGreaterThan(0);
      for (const source of sources) {
        expect(source, `${path} loads ${source}`).toMatch(/^(\/assets\/|data:|#)/);
        if (source.startsWith("/assets/")) {
          const asset = await fetch(`${base}${source}`);
          expect(asset.status, source).toBe(200);
          expect(asset.headers.get("cache-control")).toMatch(/immutable/);
        }
      }
    }
    expect((await fetch(`${base}/assets/../../package.json`)).status).toBe(404);
    expect((await fetch(`${base}/assets/nothing.js`)).status).toBe(404);
  });

  it("offers the offline explorer on the Sandbox page, for when Apollo's CDN cannot be reached", async () => {
    const html = await (await fetch(`${base}/`, { headers: { accept: "text/html" } })).text();
    expect(html).toContain("Apollo Sandbox could not load");
    expect(html).toContain('href="/graphiql"');
    expect(html).toMatch(/onerror="offline\(\)"/);
  });
});

describe("a subgraph's page in development", () => {
  it("says to explore it through the gateway, and links the offline explorer", async () => {
    for (const subgraph of Object.values(h.subgraphs)) {
      const response = await fetch(subgraph.url, { headers: { accept: "text/html" } });
      expect(response.status).toBe(200);
      const html = await response.text();
      expect(html).toContain(`The ${subgraph.name} subgraph`);
      expect(html).toMatch(/Explore it through the gateway/);
      expect(html).toMatch(/href="http:\/\/localhost:\d+\/graphiql"/);
      expect(html).not.toContain("embeddable-sandbox");
    }
  });
});

describe("GraphiQL on the GraphQL address", () => {
  it("is the page a browser gets on GET /graphql, while a GraphQL GET is answered as ever", async () => {
    const browser = await fetch(h.gateway.url, {
      headers: { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" },
    });
    expect(browser.status).toBe(200);
    expect(browser.headers.get("content-type")).toMatch(/^text\/html/);
    expect(browser.headers.get("content-security-policy")).toMatch(/default-src 'self'/);
    expect(await browser.text()).toContain('id="graphiql"');
    const query = await fetch(`${h.gateway.url}?query=${encodeURIComponent("{ __typename }")}`, {
      headers: { accept: "text/html, application/json", "x-graphql-csrf": "1" },
    });
    expect(await query.json()).toEqual({ data: { __typename: "Query" } });
  });
});
