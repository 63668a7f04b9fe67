/**
 * Protected data and the schema, attacked as a stranger would in production: cursors that could
 * be decoded, lists of protected items that leak counts or cursors, and introspection hidden in
 * fragments.
 */
import { readFileSync } from "node:fs";
import { buildSchema, getNamedType, type GraphQLNamedType, isObjectType, print } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SUPERGRAPH_FILE } from "../gateway/create-gateway.js";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ production: true });
});
afterAll(() => h.stop());

const PUBLIC = null;

describe("cursors and protected lists", () => {
  it("give a caller without the scope no items, cursors or counts of protected posts", async () => {
    for (const as of [PUBLIC, ["partner-systems"], ["pathways:write"]]) {
      const res = await h.query(
        `{ livedExperienceRoles(first: 100) { totalCount edges { cursor node { title } } pageInfo { endCursor } } }`,
        {},
        undefined,
        as,
      );
      expect(res.data ?? null).toBeNull();
      expect(res.errors?.[0]?.extensions?.code).toBe(as ? "FORBIDDEN" : "UNAUTHENTICATED");
      expect(JSON.stringify(res)).not.toMatch(/cursor|Ambassador|ambassador|totalCount/);
    }
  });

  it("are opaque and tamper-proof for callers who may page", async () => {
    const res = await h.query<{
      livedExperienceRoles: { edges: { cursor: string; node: { id: string; title: string } }[] };
    }>(`{ livedExperienceRoles(first: 3) { edges { cursor node { id title } } } }`, {}, undefined, [
      "internal",
    ]);
    const edges = res.data!.livedExperienceRoles.edges;
    expect(edges).toHaveLength(3);
    for (const { cursor, node } of edges) {
      const decoded = Buffer.from(cursor, "base64url").toString("latin1");
      expect(decoded).not.toContain(node.id);
      expect(decoded).not.toContain(node.title.slice(0, 8));
    }
    const next = await h.query<{ livedExperienceRoles: { nodes: { id: string }[] } }>(
      `query($after: String) { livedExperienceRoles(first: 1, after: $after) { nodes { id } } }`,
      { after: edges[0]!.cursor },
      undefined,
      ["internal"],
    );
    expect(next.data!.livedExperienceRoles.nodes[0]!.id).toBe(edges[1]!.node.id);
    const raw = Buffer.from(edges[0]!.cursor, "base64url");
    raw[raw.length - 20] = raw[raw.length - 20]! ^ 1;
    const forgeries = [
      raw.toString("base64url"),
      Buffer.from(JSON.stringify(["Z", "z"])).toString("base64url"),
      "not-a-cursor",
    ];
    for (const after of forgeries) {
      const forged = await h.query(
        `query($after: String) { livedExperienceRoles(first: 1, after: $after) { nodes { id } } }`,
        { after },
        undefined,
        ["internal"],
      );
      expect(forged.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
  });

  it("every list or page of a protected type is protected as much as its items (schema-wide)", () => {
    const schema = buildSchema(readFileSync(SUPERGRAPH_FILE, "utf8"), { assumeValidSDL: true });
    const scopesOf = (node: GraphQLNamedType | null | undefined) =>
      (node?.astNode?.directives ?? [])
        .filter((d) => d.name.value === "requiresScopes")
        .map((d) => print(d))
        .join(" ");
    let checked = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type)) continue;
      const fields = type.getFields();
      const item = fields.nodes ?? fields.node;
      if (!item) continue;
      const itemType = schema.getType(getNamedType(item.type).name);
      const needed = scopesOf(itemType);
      if (needed === "") continue;
      checked++;
      expect(scopesOf(type), type.name).toBe(needed);
    }
    expect(checked).toBeGreaterThanOrEqual(2);
  });
});

describe("introspection in production", () => {
  const VARIANTS = [
    `{ __schema { types { name } } }`,
    `{ ... on Query { __schema { types { name } } } }`,
    `{ ...F } fragment F on Query { __type(name: "LivedExperienceRole") { fields { name } } }`,
    `{ ... on Query { ...F } } fragment F on Query { __schema { queryType { name } } }`,
    `{ s: __schema { types { name } } }`,
    `query A { __typename } query B { __type(name: "Query") { name } }`,
    `{ partners(first: 1) { totalCount } ...F } fragment F on Query { t: __type(name: "Partner") { name } }`,
  ];

  it("is refused to the public and to partner systems wherever it stands in the document", async () => {
    for (const as of [PUBLIC, ["partner-systems"], ["internal"]]) {
      for (const query of VARIANTS) {
        const operationName = query.startsWith("query A") ? "B" : undefined;
        const response = await fetch(h.gateway.url, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(as ? await bearer(as) : {}),
          },
          body: JSON.stringify({ query, operationName }),
        });
        const text = await response.text();
        expect(text, query).toMatch(/Introspection is off/);
        expect(text, query).not.toMatch(/"name":"(Query|LivedExperienceRole|Partner)"/);
      }
    }
  });

  it("is open to developers", async () => {
    for (const query of VARIANTS.filter((q) => !q.startsWith("query A"))) {
      const res = await h.query(query, {}, undefined, ["developer"]);
      expect(res.errors, query).toBeUndefined();
    }
  });
});

async function bearer(scopes: string[]) {
  const { issueToken } = await import("../gateway/auth.js");
  const { gatewayConfigFromEnv } = await import("../gateway/config.js");
  const token = await issueToken(gatewayConfigFromEnv({}).auth, { subject: "tester", scopes });
  return { authorization: `Bearer ${token}` };
}
