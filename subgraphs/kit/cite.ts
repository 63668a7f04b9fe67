import { type SourceDocumentId } from "./sources.js";

export interface Cited {
  sourceDocument: SourceDocumentId;
  sourceSection: string;
  sourceNote: string | null;
}

export function cite(document: SourceDocumentId, section: string, note?: string): Cited {
  return { sourceDocument: document, sourceSection: section, sourceNote: note ?? null };
}
