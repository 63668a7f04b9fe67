import { type SourceDocumentId } from "./sources.js";

export interface Cited {
  sourceDocument: SourceDocumentId;
  sourceSection: string;
  sourceQuote?: string | null;
  sourceNote: string | null;
}

/** How a record was read: the plan's words it relies on, and a note where it is an inference. */
export interface Reading {
  quote?: string;
  note?: string;
}

/** A seed record's citation; `reading` is its note alone, or its quote and note. */
export function cite(
  document: SourceDocumentId,
  section: string,
  reading?: string | Reading,
): Cited {
  const { quote, note } = typeof reading === "string" ? { note: reading } : (reading ?? {});
  return {
    sourceDocument: document,
    sourceSection: section,
    sourceQuote: quote ?? null,
    sourceNote: note ?? null,
  };
}
