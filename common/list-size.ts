import { type ConstDirectiveNode, Kind } from "graphql";

/** What a field's `@listSize` declares: a true maximum, or the arguments that cut the list. */
export type DeclaredListSize = { assumedSize: number } | { slicingArguments: string[] } | null;

/**
 * Reads a field's `@listSize` (federation's cost spec): the subgraphs enforce it, the gateway's
 * cost estimate multiplies by it, both through this one reading.
 */
export function declaredListSize(
  directives: readonly ConstDirectiveNode[] | undefined,
): DeclaredListSize {
  const directive = directives?.find((d) => d.name.value === "listSize");
  const argument = (name: string) =>
    directive?.arguments?.find((a) => a.name.value === name)?.value;
  const assumed = argument("assumedSize");
  if (assumed?.kind === Kind.INT) return { assumedSize: Number(assumed.value) };
  const slicing = argument("slicingArguments");
  if (slicing?.kind !== Kind.LIST) return null;
  return {
    slicingArguments: slicing.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : [])),
  };
}
