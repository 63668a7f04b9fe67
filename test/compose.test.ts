import { describe, expect, it } from "vitest";
import { composeSupergraph, staleSchemaFiles } from "../scripts/compose.js";

describe("the committed supergraph", () => {
  it("matches a fresh composition of the subgraphs (run npm run compose if this fails)", () => {
    const files = composeSupergraph();
    expect(files.has("supergraph.graphql")).toBe(true);
    expect(staleSchemaFiles(files)).toEqual([]);
  });
});
