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
