/**
 * OpenTelemetry traces. Caught by an in-memory exporter: one request through the gateway makes
 * one trace, with the gateway's spans, each subgraph's request span under the gateway's call to
 * it, and that subgraph's SQL under its request; no span carries a value the caller sent. Then
 * the same across real processes, exported by OTLP/HTTP to a collector this test runs.
 */
import { InMemorySpanExporter, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTracing, type Tracing } from "../common/tracing.js";
import { type Harness, startHarness } from "./harness.js";
import { startSystemProcess, type SystemProcess } from "./system-process.js";

const exporter = new InMemorySpanExporter();
let tracing: Tracing;
let h: Harness;

beforeAll(async () => {
  tracing = (await startTracing("partnership-web-test", exporter))!;
  h = await startHarness({ tracing: true });
  // The gateway loads its supergraph on the first request, in a trace of its own.
  await h.query(`{ __typename }`);
});
afterAll(async () => {
  await h.stop();
  await tracing.stop();
});

/** The spans of the request `send` makes, once the last of them has ended. */
async function spansOf(send: () => Promise<unknown>): Promise<ReadableSpan[]> {
  exporter.reset();
  await send();
  // The gateway ends its HTTP span as the response goes out, just after the client has it.
  for (let i = 0; i < 50 && !exporter.getFinishedSpans().some(isGatewayHttp); i++) {
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return exporter.getFinishedSpans();
}

const isGatewayHttp = (s: ReadableSpan) =>
  s.attributes["hive.request"] === true && !s.parentSpanContext;
const subgraphOf = (s: ReadableSpan) => s.attributes["partnership.subgraph"];

describe("traces", () => {
  it("one request makes one trace: gateway spans, and each subgraph's spans beneath its call", async () => {
    const spans = await spansOf(() =>
      h.query(`query Profile { partner(id: "eput") { name pathways(first: 3) { name } } }`),
    );
    expect(new Set(spans.map((s) => s.spanContext().traceId)).size).toBe(1);

    const root = spans.filter(isGatewayHttp);
    expect(root).toHaveLength(1);
    expect(spans.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        "graphql.operation Profile",
        "subgraph.execute (partners)",
        "subgraph.execute (pathways)",
      ]),
    );

    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
    for (const name of ["partners", "pathways"]) {
      const server = spans.find((s) => subgraphOf(s) === name);
      expect(server, `a span from the ${name} subgraph`).toBeDefined();
      expect(server!.name).toMatch(/^graphql\.query /);
      // Its parent is the gateway's call to it, whose parent is the gateway's execution of it.
      const call = byId.get(server!.parentSpanContext!.spanId)!;
      expect(call.name).toBe("http.fetch");
      expect(byId.get(call.parentSpanContext!.spanId)!.name).toBe(`subgraph.execute (${name})`);
      const sql = spans.filter((s) => s.parentSpanContext?.spanId === server!.spanContext().spanId);
      expect(sql.length, `${name}'s SQL spans`).toBeGreaterThan(0);
      expect(sql.every((s) => s.attributes["db.system.name"] === "sqlite")).toBe(true);
    }
  });

  it("a subgraph that fails shows in the trace as an error, with its code", async () => {
    const spans = await spansOf(() =>
      h.query(`{ livedExperienceAuditLog(first: 1) { summary } }`, {}, undefined, null),
    );
    const server = spans.find((s) => subgraphOf(s) === "lived-experience");
    expect(server?.attributes["graphql.error.codes"]).toEqual(["UNAUTHENTICATED"]);
  });

  it("no span keeps a value the caller sent: not inline, not in variables, not in an error", async () => {
    const fill = (flag: unknown) =>
      h.query(
        `mutation Fill($flag: Boolean) {
          a: fillLivedExperienceRole(input: { id: "no-such-post", effectiveOn: "2026-01-01", decidedBy: "someone-named", reason: "a-private-reason", holderHasLdOrAutism: true }) { id }
          b: fillLivedExperienceRole(input: { id: "no-such-post", effectiveOn: "2026-01-01", decidedBy: "x", reason: "x", holderHasLdOrAutism: $flag }) { id }
        }`,
        { flag },
        undefined,
        ["lived-experience:write", "internal"],
      );
    // Valid, so it reaches the subgraph (which refuses the unknown post); then an invalid
    // variable, which graphql-js would echo in its error.
    const spans = [
      ...(await spansOf(() => fill(true))),
      ...(await spansOf(() => fill("not-a-boolean-but-private"))),
    ];
    expect(spans.some((s) => subgraphOf(s) === "lived-experience")).toBe(true);
    const exported = JSON.stringify(
      spans.map((s) => ({
        name: s.name,
        attributes: s.attributes,
        events: s.events,
        status: s.status,
      })),
    );
    expect(exported).toContain("holderHasLdOrAutism: $redacted");
    for (const value of ["someone-named", "a-private-reason", "not-a-boolean-but-private"]) {
      expect(exported).not.toContain(value);
    }
    expect(exported).not.toMatch(/holderHasLdOrAutism\W*true/);
  });
});

interface OtlpSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
}

describe("traces across real processes, by OTLP", () => {
  const dir = mkdtempSync(join(tmpdir(), "tracing-"));
  /** Every span the services exported, as an OTLP/HTTP JSON collector receives them. */
  const received: OtlpSpan[] = [];
  const collector = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      type Payload = {
        resourceSpans: {
          resource: { attributes: { key: string; value: { stringValue?: string } }[] };
          scopeSpans: { spans: Omit<OtlpSpan, "service">[] }[];
        }[];
      };
      for (const { resource, scopeSpans } of (JSON.parse(body) as Payload).resourceSpans) {
        const service = resource.attributes.find((a) => a.key === "service.name")!.value
          .stringValue!;
        for (const { spans } of scopeSpans)
          for (const span of spans) received.push({ ...span, service });
      }
      res.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  let system: SystemProcess;

  beforeAll(async () => {
    await new Promise<void>((resolve) => collector.listen(0, "127.0.0.1", resolve));
    system = await startSystemProcess(dir, undefined, {
      OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(collector.address() as AddressInfo).port}`,
      OTEL_BSP_SCHEDULE_DELAY: "100",
    });
  }, 120_000);

  afterAll(async () => {
    system.child.kill("SIGTERM");
    await system.exited;
    collector.close();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("exports one trace per request, from the gateway and each subgraph it called", async () => {
    const response = await fetch(system.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `{ partner(id: "eput") { name pathways(first: 3) { name } } }`,
      }),
    });
    expect(response.status).toBe(200);
    await response.json();
    const root = () =>
      received.find(
        (s) => s.service === "gateway" && s.name === "POST /graphql" && !s.parentSpanId,
      );
    const trace = () => received.filter((s) => s.traceId === root()?.traceId);
    const deadline = Date.now() + 20_000;
    const services = () => new Set(trace().map((s) => s.service));
    while (!["gateway", "partners", "pathways"].every((name) => services().has(name))) {
      if (Date.now() > deadline) throw new Error(`spans received: ${JSON.stringify(received)}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    // Each subgraph's request span hangs under the gateway's call to it.
    const ids = new Map(trace().map((s) => [s.spanId, s]));
    for (const name of ["partners", "pathways"]) {
      const server = trace().find((s) => s.service === name && s.name.startsWith("graphql.query"));
      expect(ids.get(server!.parentSpanId!)).toMatchObject({
        service: "gateway",
        name: "http.fetch",
      });
    }
  }, 30_000);
});
