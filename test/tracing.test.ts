/**
 * OpenTelemetry traces, caught by an in-memory exporter: one request through the gateway makes
 * one trace, with the gateway's spans, each subgraph's request span under the gateway's call to
 * it, and that subgraph's SQL under its request. No span carries a value the caller sent.
 */
import { InMemorySpanExporter, type ReadableSpan } from "@opentelemetry/sdk-trace-base";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTracing, type Tracing } from "../common/tracing.js";
import { type Harness, startHarness } from "./harness.js";

const exporter = new InMemorySpanExporter();
let tracing: Tracing;
let h: Harness;

beforeAll(async () => {
  tracing = startTracing("partnership-web-test", exporter)!;
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
