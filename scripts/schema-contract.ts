import { CriticalityLevel, diff } from "@graphql-inspector/core";
import { transformSupergraphToPublicSchema } from "@theguild/federation-composition";
import { buildSchema, parse, print } from "graphql";

/** The schema clients see: the supergraph without its federation machinery. */
export function publicSchema(supergraphSdl: string): string {
  return print(transformSupergraphToPublicSchema(parse(supergraphSdl)));
}

/** Breaking changes (graphql-inspector's judgement) from the contract that are not acknowledged. */
export async function unacknowledgedBreaks(
  contractSdl: string,
  currentSdl: string,
  acknowledged: readonly string[],
): Promise<{ changes: number; breaking: string[]; unacknowledged: string[] }> {
  const changes = await diff(buildSchema(contractSdl), buildSchema(currentSdl));
  const breaking = changes
    .filter((c) => c.criticality.level === CriticalityLevel.Breaking)
    .map((c) => c.message);
  return {
    changes: changes.length,
    breaking,
    unacknowledged: breaking.filter((message) => !acknowledged.includes(message)),
  };
}
