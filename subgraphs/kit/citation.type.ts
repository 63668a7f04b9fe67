import "reflect-metadata";
import { Directive, Field, ObjectType } from "type-graphql";
import { sourceDocument } from "./sources.js";

@ObjectType({
  description: "Where a fact comes from: a source document and the section that says it.",
})
@Directive("@shareable")
export class Citation {
  @Field(() => String)
  documentId!: string;

  @Field(() => String)
  documentTitle!: string;

  @Field(() => String, { nullable: true, description: "Section or heading within the document." })
  section!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "The source's own words that the record relies on (line breaks aside), where its name or figure is not them word for word.",
  })
  quote!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "How the fact was read from the source, where that is not plain (e.g. an inference).",
  })
  note!: string | null;
}

export interface CitationColumns {
  sourceDocument: string | null;
  sourceSection: string | null;
  sourceQuote?: string | null;
  sourceNote: string | null;
}

export function toCitation(row: CitationColumns): Citation | null {
  if (!row.sourceDocument) return null;
  return {
    documentId: row.sourceDocument,
    documentTitle: sourceDocument(row.sourceDocument)?.title ?? row.sourceDocument,
    section: row.sourceSection,
    quote: row.sourceQuote ?? null,
    note: row.sourceNote,
  };
}
