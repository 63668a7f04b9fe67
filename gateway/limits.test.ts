import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSchema, getIntrospectionQuery, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { operations } from "../bench/operations.js";
import { SUPERGRAPH_FILE } from "./create-gateway.js";
import { QUERY_LIMITS, limitErrors, measure } from "./limits.js";

const schema = buildSchema(readFileSync(SUPERGRAPH_FILE, "utf8"), { assumeValidSDL: true });
const readme = readFileSync(fileURLToPath(new URL("../README.md", import.meta.url)), "utf8");
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!);

describe("query limits", () => {
  it("leave every real operation (the benchmark's and the README's) well inside them", () => {
    const documents = [
      ...operations().map((op) => JSON.parse(op.body).query as string),
      ...examples,
    ];
    expect(documents.length).toBeGreaterThan(15);
    const measured = documents.map((text) => measure(parse(text), schema));
    const most = {
      depth: Math.max(...measured.map((m) => m.depth)),
      aliases: Math.max(...measured.map((m) => m.aliases)),
      directives: Math.max(...measured.map((m) => m.directives)),
      cost: Math.max(...measured.map((m) => m.cost)),
    };
    expect(most.depth * 1.5).toBeLessThanOrEqual(QUERY_LIMITS.maxDepth);
    expect(most.cost * 2).toBeLessThanOrEqual(QUERY_LIMITS.maxCost);
    expect(most.aliases * 2).toBeLessThanOrEqual(QUERY_LIMITS.maxAliases);
    const longest = Math.max(
      ...documents.map((text) => text.length),
      getIntrospectionQuery().length,
    );
    expect(longest * 4).toBeLessThanOrEqual(QUERY_LIMITS.maxCharacters);
    for (const text of documents) expect(limitErrors(parse(text), schema)).toEqual([]);
  });

  it("counts list items by `first`, fragments and nesting", () => {
    const small = measure(parse(`{ partners(first: 2) { nodes { id name } } }`), schema);
    const large = measure(parse(`{ partners(first: 100) { nodes { id name } } }`), schema);
    expect(large.cost).toBeGreaterThan(small.cost * 10);
    const viaFragment = measure(
      parse(
        `{ partner(id: "eput") { ...F } } fragment F on Partner { successor { successor { id } } }`,
      ),
      schema,
    );
    expect(viaFragment.depth).toBe(4);
  });
});
