import { registerEnumType } from "type-graphql";

export const ObservationStatus = {
  DRAFT: "DRAFT",
  PUBLISHED: "PUBLISHED",
  RETRACTED: "RETRACTED",
} as const;
export type ObservationStatus = keyof typeof ObservationStatus;
registerEnumType(ObservationStatus, {
  name: "ObservationStatus",
  description:
    "DRAFT figures are hidden from published views until someone publishes them; a RETRACTED figure leaves every view but stays in its history.",
});

export const RevisionKind = {
  CORRECTED: "CORRECTED",
  RETRACTED: "RETRACTED",
  IMPORTED: "IMPORTED",
} as const;
export type RevisionKind = keyof typeof RevisionKind;
registerEnumType(RevisionKind, {
  name: "ObservationRevisionKind",
  description: "What replaced a figure's earlier version.",
  valuesConfig: {
    CORRECTED: { description: "An editor corrected it (correctObservation)." },
    RETRACTED: { description: "An editor retracted it (retractObservation)." },
    IMPORTED: { description: "A later trust return gave other figures (see batchId)." },
  },
});

export const ProvenanceKind = {
  SOURCE_DOCUMENT: "SOURCE_DOCUMENT",
  IMPORT: "IMPORT",
  ILLUSTRATIVE: "ILLUSTRATIVE",
  LIVE: "LIVE",
} as const;
export type ProvenanceKind = keyof typeof ProvenanceKind;
registerEnumType(ProvenanceKind, {
  name: "ObservationProvenanceKind",
  valuesConfig: {
    SOURCE_DOCUMENT: { description: "A figure the source documents give (see source)." },
    IMPORT: { description: "Loaded from a trust return (see batchId)." },
    ILLUSTRATIVE: { description: "Made up for demonstration. Not a real figure." },
    LIVE: { description: "Computed now from another subgraph's data; never stored." },
  },
});

export const RagStatus = {
  GREEN: "GREEN",
  AMBER: "AMBER",
  RED: "RED",
  NO_TARGET: "NO_TARGET",
} as const;
registerEnumType(RagStatus, {
  name: "RagStatus",
  description:
    "GREEN at or beyond target, AMBER within 5% of it, RED further off; by the measure's direction.",
});

export const TrendKind = {
  IMPROVING: "IMPROVING",
  WORSENING: "WORSENING",
  UNCHANGED: "UNCHANGED",
} as const;
registerEnumType(TrendKind, { name: "Trend" });

export const PeriodKindEnum = {
  MONTH: "MONTH",
  QUARTER: "QUARTER",
  FINANCIAL_YEAR: "FINANCIAL_YEAR",
} as const;
registerEnumType(PeriodKindEnum, { name: "PeriodKind" });
