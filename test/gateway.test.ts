import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APOLLO_SANDBOX_ORIGIN } from "../gateway/config.js";
import { type Harness, startHarness } from "./harness.js";

describe("gateway in development", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(() => h.stop());
  const base = () => h.gateway.url.replace(/\/graphql$/, "");

  it("answers health and readiness with 200 while the subgraphs are up", async () => {
    expect((await fetch(`${base()}/healthcheck`)).status).toBe(200);
    const ready = await fetch(`${base()}/readiness`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: "ready",
      subgraphs: { partners: "ok", pathways: "ok", "lived-experience": "ok", workforce: "ok" },
    });
  });

  it("shows Apollo Sandbox pointed at the gateway on /", async () => {
    const page = await fetch(`${base()}/`);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    const html = await page.text();
    expect(html).toContain("EmbeddedSandbox");
    expect(html).toContain('"/graphql"');
  });

  it("allows the hosted Apollo Sandbox origin by CORS", async () => {
    const preflight = await fetch(h.gateway.url, {
      method: "OPTIONS",
      headers: { origin: APOLLO_SANDBOX_ORIGIN, "access-control-request-method": "POST" },
    });
    expect(preflight.headers.get("access-control-allow-origin")).toBe(APOLLO_SANDBOX_ORIGIN);
  });
});

describe("gateway in production", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ production: true, subgraphTimeoutMs: 1000 });
  });
  afterAll(() => h.stop());

  it("refuses introspection but to developers and administrators, and gives no field suggestions", async () => {
    for (const as of [null, ["internal"], ["partners:write"]]) {
      const introspection = await h.query(
        `{ __schema { types { name } } }`,
        undefined,
        undefined,
        as,
      );
      expect(introspection.data ?? null).toBeNull();
      expect(introspection.errors![0]!.message).toMatch(/Introspection is off in production/);
    }
    for (const as of [["developer"], ["admin"]]) {
      const allowed = await h.query<{ __type: { name: string } }>(
        `{ __type(name: "Partner") { name } }`,
        undefined,
        undefined,
        as,
      );
      expect(allowed.data!.__type.name).toBe("Partner");
    }
    const typo = await h.query(`{ partner(id: "eput") { nam } }`);
    expect(typo.errors![0]!.message).toContain('Cannot query field "nam"');
    expect(typo.errors![0]!.message).not.toMatch(/Did you mean/);
  });

  it("serves no landing page", async () => {
    const page = await fetch(h.gateway.url.replace(/\/graphql$/, "/"));
    expect(await page.text()).not.toContain("EmbeddedSandbox");
  });

  it("reports a degraded gateway naming the subgraph that is down (200: it still serves), and leaks no internal address", async () => {
    await h.subgraphs.partners!.stop();
    const ready = await fetch(h.gateway.url.replace(/\/graphql$/, "/readiness"));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: "degraded",
      unavailable: ["partners"],
      subgraphs: {
        partners: "unreachable",
        pathways: "ok",
        "lived-experience": "ok",
        workforce: "ok",
      },
    });
    const res = await h.query(`{ partner(id: "eput") { name } }`);
    const body = JSON.stringify(res);
    expect(res.errors).toBeDefined();
    expect(body).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|at .*\.ts/);
  });
});
