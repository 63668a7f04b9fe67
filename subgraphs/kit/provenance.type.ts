import "reflect-metadata";
import { Directive, Field, ObjectType } from "type-graphql";
import { Citation, type CitationColumns, toCitation } from "./citation.type.js";

@ObjectType({
  description:
    "Where a record comes from: a source document, or made up for demonstration (illustrative).",
})
@Directive("@shareable")
export class Provenance {
  @Field(() => Boolean, {
    description: "True when the figures were invented for demonstration, not taken from a source.",
  })
  illustrative!: boolean;

  @Field(() => Citation, { nullable: true })
  source!: Citation | null;
}

export function toProvenance(row: CitationColumns & { illustrative: boolean }): Provenance {
  return { illustrative: row.illustrative, source: toCitation(row) };
}
