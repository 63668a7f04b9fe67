/**
 * What the tools developers use send, unchanged: graphql-js's standard introspection query (as
 * Apollo Sandbox, GraphiQL's docs, GraphQL Code Generator and IDE plugins send it, with named
 * fragments under `__schema`), read back with `buildClientSchema`.
 */
import {
  buildClientSchema,
  getIntrospectionQuery,
  type IntrospectionQuery,
  isObjectType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ production: true });
}, 120_000);
afterAll(() => h.stop());

describe("standard introspection", () => {
  for (const options of [
    {},
    {
      descriptions: true,
      inputValueDeprecation: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
    },
  ]) {
    it(`builds a client schema with every type's fields (${Object.keys(options).length ? "every option" : "defaults"})`, async () => {
      const res = await h.query<IntrospectionQuery>(getIntrospectionQuery(options), {}, undefined, [
        "developer",
      ]);
      expect(res.errors).toBeUndefined();
      const schema = buildClientSchema(res.data!);
      for (const name of ["Partner", "SharedPathway", "LivedExperienceRole", "Measure"]) {
        const type = schema.getType(name);
        expect(isObjectType(type), name).toBe(true);
        expect(
          Object.keys((type as { getFields(): object }).getFields()).length,
          name,
        ).toBeGreaterThan(3);
      }
      expect(Object.keys(schema.getQueryType()!.getFields())).toContain("sharedPathways");
    });
  }

  it("is refused to the public in production, however it is sent", async () => {
    const res = await h.query(getIntrospectionQuery(), {}, undefined, null);
    expect(res.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("protocol errors", () => {
  const send = (body: object, accept: string) =>
    fetch(h.gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json", accept },
      body: JSON.stringify(body),
    });

  for (const accept of ["application/graphql-response+json", "application/json"]) {
    it(`answer an operation type the API lacks, and a missing variable, with 400 (${accept})`, async () => {
      const subscription = await send(
        { query: "subscription { partners { totalCount } }" },
        accept,
      );
      expect(subscription.status).toBe(400);
      expect(await subscription.text()).toMatch(/This API has no subscription operations/);
      const missing = await send(
        { query: "query ($id: ID!) { partner(id: $id) { name } }" },
        accept,
      );
      expect(missing.status).toBe(400);
      expect(await missing.text()).toMatch(/\$id.*was not provided/);
    });
  }
});

describe("pagination", () => {
  it("gives Relay's whole PageInfo: start and end cursors, and whether pages come before and after", async () => {
    const PAGE = `query ($after: String) { partners(first: 2, after: $after) { edges { cursor } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`;
    type Page = {
      partners: {
        edges: { cursor: string }[];
        pageInfo: {
          hasNextPage: boolean;
          hasPreviousPage: boolean;
          startCursor: string | null;
          endCursor: string | null;
        };
      };
    };
    const first = (await h.query<Page>(PAGE, {}, undefined, null)).data!.partners;
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.pageInfo.startCursor).toBe(first.edges[0]!.cursor);
    expect(first.pageInfo.endCursor).toBe(first.edges[1]!.cursor);
    const second = (await h.query<Page>(PAGE, { after: first.pageInfo.endCursor }, undefined, null))
      .data!.partners;
    expect(second.pageInfo.hasPreviousPage).toBe(true);
    expect(second.pageInfo.startCursor).toBe(second.edges[0]!.cursor);
  });
});
