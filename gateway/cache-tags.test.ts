import { readFileSync } from "node:fs";
import { buildSchema, getNamedType, getOperationAST, parse } from "graphql";
import { describe, expect, it } from "vitest";
import {
  derivedTag,
  ENTITY_WRITES,
  operationTags,
  readsTag,
  supergraphFacts,
} from "./cache-tags.js";
import { SUPERGRAPH_FILE } from "./create-gateway.js";

const sdl = readFileSync(SUPERGRAPH_FILE, "utf8");
const schema = buildSchema(sdl, { assumeValidSDL: true });
const facts = supergraphFacts(parse(sdl));
const tagsOf = (text: string) => {
  const document = parse(text);
  return operationTags(schema, document, getOperationAST(document)!, facts);
};

describe("response cache tags", () => {
  it("name each entity's home as the subgraph that owns it", () => {
    expect(facts.homes.get("Partner")).toBe("PARTNERS");
    expect(facts.homes.get("Place")).toBe("PARTNERS");
    expect(facts.homes.get("SharedPathway")).toBe("PATHWAYS");
    expect(facts.homes.get("Measure")).toBe("WORKFORCE");
  });

  it("list as entity writes only mutations returning an entity of their own subgraph", () => {
    const mutations = schema.getMutationType()!.getFields();
    for (const name of ENTITY_WRITES) {
      const returned = getNamedType(mutations[name]!.type).name;
      expect(facts.homes.get(returned), name).toBe(facts.mutationGraphs.get(name));
    }
  });

  it("treat a lookup's own fields as its entity's, and another subgraph's additions as derived", () => {
    const lookup = tagsOf(`fragment Steps on SharedPathway { steps { description } }
      query { sharedPathway(id: "x") { name ...Steps participants { partner { name } } } }`);
    expect(lookup.tags).toEqual([readsTag("PATHWAYS"), readsTag("PARTNERS")]);
    expect(lookup.lookups.map((l) => l.typename)).toEqual(["SharedPathway"]);
    // Partner.connections is the pathways subgraph's, built from many pathways: derived,
    // down to the value objects it gives.
    const profile = tagsOf(`{ partner(id: "eput") { name connections { sharedPathwayCount } } }`);
    expect(profile.tags).toEqual([
      readsTag("PARTNERS"),
      readsTag("PATHWAYS"),
      derivedTag("PATHWAYS"),
    ]);
    const list = tagsOf(`{ sharedPathways(first: 2) { nodes { name } } }`);
    expect(list.tags).toContainEqual(derivedTag("PATHWAYS"));
    expect(list.lookups).toEqual([]);
  });
});
