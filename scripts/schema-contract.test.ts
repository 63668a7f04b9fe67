import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { publicSchema, unacknowledgedBreaks } from "./schema-contract.js";

const supergraph = readFileSync(
  fileURLToPath(new URL("../schema/supergraph.graphql", import.meta.url)),
  "utf8",
);
const contract = publicSchema(supergraph);

describe("the schema contract with partner systems", () => {
  it("holds for the committed supergraph", async () => {
    const published = readFileSync(
      fileURLToPath(new URL("../schema/published/public.graphql", import.meta.url)),
      "utf8",
    );
    const acknowledged = (
      JSON.parse(
        readFileSync(
          fileURLToPath(new URL("../schema/published/acknowledged.json", import.meta.url)),
          "utf8",
        ),
      ) as { change: string }[]
    ).map((a) => a.change);
    expect((await unacknowledgedBreaks(published, contract, acknowledged)).unacknowledged).toEqual(
      [],
    );
    // And it never lags: a client generated from the contract matches what is served.
    expect(published).toBe(contract);
  });

  it("fails a removed field or a new required argument, passes an added field", async () => {
    const removed = contract.replace(/^\s+odsCode: String\n/m, "");
    expect(removed).not.toBe(contract);
    const broken = await unacknowledgedBreaks(contract, removed, []);
    expect(broken.unacknowledged.join("\n")).toMatch(/odsCode/);

    const required = contract.replace(
      "sharedPathway(id: ID!): SharedPathway",
      "sharedPathway(id: ID!, asOf: String!): SharedPathway",
    );
    expect((await unacknowledgedBreaks(contract, required, [])).unacknowledged).toHaveLength(1);

    const added = contract.replace("type Query {", "type Query {\n  newField: String");
    expect((await unacknowledgedBreaks(contract, added, [])).unacknowledged).toEqual([]);
  });

  it("passes a breaking change once it is acknowledged", async () => {
    const removed = contract.replace(/^\s+odsCode: String\n/m, "");
    const { breaking } = await unacknowledgedBreaks(contract, removed, []);
    expect((await unacknowledgedBreaks(contract, removed, breaking)).unacknowledged).toEqual([]);
  });
});
