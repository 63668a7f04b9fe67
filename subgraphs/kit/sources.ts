/** The source documents in ../shared/seeds that the seed data cites. */
export const SOURCE_DOCUMENTS = [
  {
    id: "eput-strategic-plan-2023-28",
    title: "EPUT Strategic Plan 2023/24 to 2027/28",
    file: "003_946bc362684f882d.txt",
  },
  {
    id: "msec-care-unit-plan",
    title: "Strategic Plan: Mid and South Essex Community Care Unit",
    file: "000_32b8096344bc3a0c.txt",
  },
] as const;

export type SourceDocumentId = (typeof SOURCE_DOCUMENTS)[number]["id"];

export function sourceDocument(id: string) {
  return SOURCE_DOCUMENTS.find((doc) => doc.id === id);
}

/** Shorthands for seed records: the strategic plan (TRUST) and the care unit plan (MSEC). */
export const TRUST: SourceDocumentId = "eput-strategic-plan-2023-28";
export const MSEC: SourceDocumentId = "msec-care-unit-plan";
