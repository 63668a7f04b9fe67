/**
 * One anonymous request once took the whole system down: `connections` six levels deep, costed
 * as if every list held 5 items, really fanned out about 18 a level. Replayed here with variants:
 * the estimate uses each list's real bound, the subgraphs stop any answer past a hard ceiling
 * while executing, and expensive work queues so that other clients are still served.
 */
import { readFileSync } from "node:fs";
import { buildSchema, isListType, isNonNullType, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUPERGRAPH_FILE } from "../gateway/create-gateway.js";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
const saved = process.env.MAX_LIST_ITEMS;
beforeAll(async () => {
  process.env.MAX_LIST_ITEMS = "100";
  h = await startHarness({ production: true });
  process.env.MAX_LIST_ITEMS = saved;
});
afterAll(() => h.stop());

function nested(levels: number, first?: number): string {
  const args = first ? `(first: ${first})` : "";
  let inner = "name";
  for (let i = 0; i < levels; i++) {
    inner = `name connections${args} { sharedPathwayCount partner { ${inner} } }`;
  }
  return `{ partner(id: "eput") { ${inner} } }`;
}

async function anonymous(query: string) {
  const started = performance.now();
  const response = await fetch(h.gateway.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query }),
  });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}

const SIMPLE = `{ partner(id: "eput") { name } }`;

describe("fan-out through partner connections", () => {
  it("refuses the six-level document, and its variants, from its real list bounds", async () => {
    const viaFragment = `{ partner(id: "eput") { ...F } } fragment F on Partner { connections { partner { connections { partner { c: connections { partner { connections { partner { name } } } } } } } } }`;
    for (const query of [nested(6), nested(4), nested(3, 100), viaFragment]) {
      const res = await anonymous(query);
      expect(res.status, query).toBe(400);
      expect(JSON.parse(res.text).errors[0].extensions.code).toBe("QUERY_TOO_COSTLY");
    }
    const tooMany = await anonymous(
      `{ partner(id: "eput") { connections(first: 101) { sharedPathwayCount } } }`,
    );
    expect(tooMany.text).toMatch(/first: must be between 1 and 100/);
  });

  it("stays up with sixteen at once, and answers another client's simple query within a second", async () => {
    const attacks = Array.from({ length: 16 }, () => anonymous(nested(6)));
    const simple = await anonymous(SIMPLE);
    expect(simple.status).toBe(200);
    expect(simple.ms).toBeLessThan(1000);
    const results = await Promise.all(attacks);
    expect(results.every((r) => r.status === 400)).toBe(true);
  });

  it("queues sixteen large but allowed documents and still serves a simple query within a second", async () => {
    const heavy = `{ partners(first: 100) { nodes { name connections(first: 20) { sharedPathways { name } partner { name } } } } }`;
    const attacks = Array.from({ length: 16 }, () => anonymous(heavy));
    await new Promise((resolve) => setTimeout(resolve, 50));
    const simple = await anonymous(SIMPLE);
    expect(simple.status).toBe(200);
    expect(JSON.parse(simple.text).data.partner.name).toMatch(/Essex Partnership/);
    expect(simple.ms).toBeLessThan(1000);
    const results = await Promise.all(attacks);
    for (const r of results) {
      expect([200, 503]).toContain(r.status);
      expect(r.text.length).toBeLessThan(5_000_000);
    }
    const health = await fetch(h.gateway.url.replace(/\/graphql$/, "/healthcheck"));
    expect(health.status).toBe(200);
  });

  it("stops an answer past the subgraph's hard ceiling while executing, with one clear error", async () => {
    // MAX_LIST_ITEMS is 100 here: a page of 100 partners, then their pathways, goes past it.
    const deep = await h.query(
      `{ partners(first: 100) { nodes { name pathways(first: 5) { name participants { role } } } } }`,
      {},
      undefined,
      ["admin"],
    );
    expect(JSON.stringify(deep.errors)).toMatch(/RESPONSE_TOO_LARGE/);
    const ceiling = deep.errors!.filter((e) => e.extensions?.code === "RESPONSE_TOO_LARGE");
    expect(ceiling).toHaveLength(1);
    expect(ceiling[0]!.message).toMatch(/more than 100 list items/);
  });

  it("every list field of the supergraph declares its size, which the cost estimate uses", () => {
    const schema = buildSchema(readFileSync(SUPERGRAPH_FILE, "utf8"), { assumeValidSDL: true });
    const unbounded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("_") || type.name === "Mutation") continue;
      if (type.name.startsWith("join__") || type.name.startsWith("link__")) continue;
      for (const field of Object.values(type.getFields())) {
        const inner = isNonNullType(field.type) ? field.type.ofType : field.type;
        if (type.name === "Query" && field.name.startsWith("_")) continue;
        if (!isListType(inner)) continue;
        if (!field.astNode?.directives?.some((d) => d.name.value === "listSize"))
          unbounded.push(`${type.name}.${field.name}`);
      }
    }
    expect(unbounded).toEqual([]);
  });
});
