/**
 * Our own published taxonomy: the supergraph's enums of sectors, partner kinds and service
 * kinds, read from the committed supergraph so that the terms never drift from the API's.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Kind, parse } from "graphql";

export interface Term {
  code: string;
  name: string;
  description: string;
}
export interface Taxonomy {
  /** Our name for it, used in ids and URLs. */
  key: "sector" | "partner-kind" | "service-kind";
  name: string;
  description: string;
  terms: Term[];
}

/** A shared pathway is published as a service of this kind, beside the partners' services. */
export const SHARED_PATHWAY = "SHARED_PATHWAY";

const SUPERGRAPH = fileURLToPath(new URL("../schema/supergraph.graphql", import.meta.url));

/** "SOCIAL_CARE" → "Social care". */
export const label = (code: string) =>
  code.charAt(0) + code.slice(1).toLowerCase().replaceAll("_", " ");

function enumTerms(enums: Map<string, Term[]>, name: string): Term[] {
  const terms = enums.get(name);
  if (!terms) throw new Error(`the supergraph has no enum ${name}`);
  return terms;
}

function readTaxonomies(): Taxonomy[] {
  const enums = new Map<string, Term[]>();
  for (const definition of parse(readFileSync(SUPERGRAPH, "utf8")).definitions) {
    if (definition.kind !== Kind.ENUM_TYPE_DEFINITION) continue;
    enums.set(
      definition.name.value,
      (definition.values ?? []).map((value) => ({
        code: value.name.value,
        name: label(value.name.value),
        description: value.description?.value.trim() ?? label(value.name.value),
      })),
    );
  }
  return [
    {
      key: "sector",
      name: "Partnership Web sectors",
      description:
        "The sectors partners work in (health, social care, housing, voluntary and community...): a service's sectors are those of the partners taking part.",
      terms: enumTerms(enums, "Sector"),
    },
    {
      key: "partner-kind",
      name: "Partnership Web partner kinds",
      description: "What kind of organisation a partner is.",
      terms: enumTerms(enums, "PartnerKind"),
    },
    {
      key: "service-kind",
      name: "Partnership Web service kinds",
      description:
        "What kind of care a service gives; a shared pathway, agreed between partners, is a kind of its own.",
      terms: [
        {
          code: SHARED_PATHWAY,
          name: "Shared pathway",
          description: "A pathway agreed between partners: who does what, and how to refer.",
        },
        ...enumTerms(enums, "ServiceKind"),
      ],
    },
  ];
}

export const TAXONOMIES: readonly Taxonomy[] = readTaxonomies();

export function taxonomy(key: Taxonomy["key"]): Taxonomy {
  return TAXONOMIES.find((t) => t.key === key)!;
}
