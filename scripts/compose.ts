/**
 * Composes the subgraphs into the supergraph the gateway serves, writing schema/<name>.graphql
 * and schema/supergraph.graphql. With --check, fails if the committed files are stale.
 */
import { printSubgraphSchema } from "@apollo/subgraph";
import { composeServices } from "@theguild/federation-composition";
import { parse } from "graphql";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SUBGRAPHS } from "../subgraphs/registry.js";

export const SCHEMA_DIR = fileURLToPath(new URL("../schema/", import.meta.url));

export function composeSupergraph(): Map<string, string> {
  const files = new Map<string, string>();
  const services = SUBGRAPHS.map((subgraph) => {
    const sdl = printSubgraphSchema(subgraph.buildSchema());
    files.set(`${subgraph.name}.graphql`, sdl.trimEnd() + "\n");
    return {
      name: subgraph.name,
      typeDefs: parse(sdl),
      url: `http://localhost:${subgraph.defaultPort}/graphql`,
    };
  });
  const result = composeServices(services);
  if (result.errors) {
    throw new Error(
      `Composition failed:\n${result.errors.map((e) => `- ${e.message}`).join("\n")}`,
    );
  }
  files.set("supergraph.graphql", result.supergraphSdl.trimEnd() + "\n");
  return files;
}

export function staleSchemaFiles(files = composeSupergraph()): string[] {
  return [...files].flatMap(([file, content]) => {
    let committed = "";
    try {
      committed = readFileSync(SCHEMA_DIR + file, "utf8");
    } catch {
      // a missing file is stale
    }
    return committed === content ? [] : [file];
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = composeSupergraph();
  if (process.argv.includes("--check")) {
    const stale = staleSchemaFiles(files);
    if (stale.length > 0) {
      console.error(
        `schema/ is stale (${stale.join(", ")}): run npm run compose and commit the result.`,
      );
      process.exit(1);
    }
    console.log("schema/ matches a fresh composition.");
  } else {
    for (const [file, content] of files) writeFileSync(SCHEMA_DIR + file, content);
    console.log(`Wrote ${[...files.keys()].map((f) => `schema/${f}`).join(", ")}`);
  }
}
