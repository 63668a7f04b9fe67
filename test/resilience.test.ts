/**
 * The gateway keeps serving when a subgraph is down or slow: other subgraphs' fields come back,
 * the missing ones are null with one clear error, readiness names the subgraph, and service
 * recovers by itself when the subgraph returns.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { gatewayConfigFromEnv } from "../gateway/config.js";
import { startGateway } from "../gateway/serve.js";
import { startSubgraphServer } from "../subgraphs/kit/server.js";
import { SUBGRAPHS } from "../subgraphs/registry.js";
import { type Harness, startHarness } from "./harness.js";

let h: Harness | null = null;
afterEach(async () => {
  await h?.stop().catch(() => undefined);
  h = null;
});

const PROFILE = `{ partner(id: "eput") { name pathways { name } hostedRoles { title } } }`;
type Profile = { partner: { name: string; pathways: { name: string }[] | null } };

describe("a subgraph that goes down", () => {
  it("nulls only its fields under load, says so clearly, and is picked up again when it returns", async () => {
    h = await startHarness({ production: true, subgraphTimeoutMs: 2000 });
    const port = h.subgraphs.pathways!.port;
    const inFlight = Array.from({ length: 40 }, () => h!.query<Profile>(PROFILE));
    await h.subgraphs.pathways!.stop();
    const answers = await Promise.all(inFlight);
    for (const answer of answers) {
      expect(answer.status).toBe(200);
      expect(answer.data!.partner.name).toBe("Essex Partnership University NHS Foundation Trust");
    }
    const during = await h.query<Profile>(PROFILE);
    expect(during.data!.partner.pathways).toBeNull();
    expect(during.errors).toEqual([
      {
        message:
          "The pathways subgraph is unavailable or did not answer in time, so its fields are null.",
        // The query planner fetches the partner's pathways as one entity fetch, and reports its
        // failure at the entity it was for.
        path: ["partner"],
        extensions: { code: "SUBGRAPH_UNAVAILABLE", serviceName: "pathways" },
      },
    ]);
    expect(JSON.stringify(during)).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack|\.ts:/);
    const base = h.gateway.url.replace(/\/graphql$/, "");
    const ready = await fetch(`${base}/readiness`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { subgraphs: Record<string, string> }).subgraphs.pathways).toBe(
      "unreachable",
    );

    // The same subgraph comes back on the same port: no gateway restart needed.
    const definition = SUBGRAPHS.find((s) => s.name === "pathways")!;
    const revived = definition.create({ databaseFile: ":memory:" });
    const server = await startSubgraphServer({
      name: "pathways",
      schema: revived.schema,
      createContext: revived.createContext,
      port,
      production: true,
      signingSecret: gatewayConfigFromEnv({}).subgraphSecret,
      sqlite: revived.database.sqlite,
    });
    h.subgraphs.pathways = server;
    h.databases.pathways = revived.database;
    const after = await h.query<Profile>(PROFILE);
    expect(after.errors).toBeUndefined();
    expect(after.data!.partner.pathways!.length).toBeGreaterThan(5);
    expect((await fetch(`${base}/readiness`)).status).toBe(200);
  });
});

describe("a subgraph that is too slow", () => {
  it("is cut off at the gateway's timeout, and the answer comes with partial data", async () => {
    // A proxy that holds every request to lived-experience for 10 s.
    const proxy = http.createServer((req) => setTimeout(() => req.destroy(), 10_000));
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/graphql`;
    try {
      h = await startHarness({ production: true, subgraphTimeoutMs: 400 });
      // A second gateway on the same subgraphs, whose lived-experience calls go to the proxy.
      const slow = await startGateway({
        ...gatewayConfigFromEnv({}),
        metrics: null,
        port: 0,
        production: true,
        subgraphTimeoutMs: 400,
        subgraphUrls: {
          ...Object.fromEntries(Object.entries(h.subgraphs).map(([n, s]) => [n, s.url])),
          "lived-experience": proxyUrl,
        },
      });
      try {
        const started = Date.now();
        const res = await h.query<{
          partner: { name: string; pathways: unknown[]; hostedRoles: unknown };
        }>(PROFILE, undefined, slow.url);
        const elapsed = Date.now() - started;
        expect(elapsed).toBeLessThan(400 + 2500);
        expect(res.data!.partner.name).toBe("Essex Partnership University NHS Foundation Trust");
        expect(res.data!.partner.pathways.length).toBeGreaterThan(5);
        expect(res.data!.partner.hostedRoles).toBeNull();
        expect(res.errors![0]!.extensions).toEqual({
          code: "SUBGRAPH_UNAVAILABLE",
          serviceName: "lived-experience",
        });
      } finally {
        await slow.stop();
      }
    } finally {
      proxy.closeAllConnections();
      proxy.close();
    }
  });
});
