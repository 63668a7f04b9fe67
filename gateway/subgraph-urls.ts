import { Kind, parse, valueFromASTUntyped } from "graphql";
import { subgraphUrl } from "../common/env.js";

/**
 * The subgraphs the gateway routes to, read from the committed supergraph (its `join__Graph`
 * values carry each subgraph's name and default URL): the gateway knows them by configuration,
 * never by importing their code. `<NAME>_URL` overrides a URL, or `<NAME>_PORT` its port.
 */
export function subgraphUrls(
  supergraphSdl: string,
  env: NodeJS.ProcessEnv,
): Record<string, string> {
  const graphs = parse(supergraphSdl).definitions.find(
    (d) => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === "join__Graph",
  );
  if (!graphs || graphs.kind !== Kind.ENUM_TYPE_DEFINITION)
    throw new Error("the supergraph names no subgraphs (join__Graph)");
  const urls: Record<string, string> = {};
  for (const value of graphs.values ?? []) {
    const directive = value.directives?.find((d) => d.name.value === "join__graph");
    const arg = (name: string) =>
      valueFromASTUntyped(
        directive!.arguments!.find((a) => a.name.value === name)!.value,
      ) as string;
    const name = arg("name");
    const fallback = new URL(arg("url"));
    urls[name] = subgraphUrl(env, name, Number(fallback.port), fallback.pathname);
  }
  return urls;
}
