import { registerEnumType } from "type-graphql";

export const MeasureUnit = {
  PERCENT: "PERCENT",
  COUNT: "COUNT",
  RATIO: "RATIO",
  DAYS: "DAYS",
  SCORE: "SCORE",
  YES_NO: "YES_NO",
} as const;
export type MeasureUnit = keyof typeof MeasureUnit;

registerEnumType(MeasureUnit, {
  name: "MeasureUnit",
  description: "What a measure's values are.",
  valuesConfig: {
    PERCENT: { description: "0 to 100. A rate's value is 100 × numerator ÷ denominator." },
    COUNT: { description: "A whole number, 0 or more." },
    RATIO: { description: "0 or more, e.g. a relative likelihood or a rate per 1,000." },
    DAYS: { description: "Days, 0 or more." },
    SCORE: { description: "A survey score from 0 to 10." },
    YES_NO: { description: "1 for yes, 0 for no." },
  },
});

/** The values each unit allows. */
export const UNIT_RANGE: Record<MeasureUnit, { min: number; max: number; whole: boolean }> = {
  PERCENT: { min: 0, max: 100, whole: false },
  COUNT: { min: 0, max: Number.MAX_SAFE_INTEGER, whole: true },
  RATIO: { min: 0, max: 1_000_000, whole: false },
  DAYS: { min: 0, max: 36_500, whole: false },
  SCORE: { min: 0, max: 10, whole: false },
  YES_NO: { min: 0, max: 1, whole: true },
};

export const Direction = {
  HIGHER_IS_BETTER: "HIGHER_IS_BETTER",
  LOWER_IS_BETTER: "LOWER_IS_BETTER",
} as const;
export type Direction = keyof typeof Direction;

registerEnumType(Direction, { name: "MeasureDirection" });

export const Frequency = { MONTHLY: "MONTHLY", QUARTERLY: "QUARTERLY", ANNUAL: "ANNUAL" } as const;
export type Frequency = keyof typeof Frequency;

registerEnumType(Frequency, {
  name: "ReportingFrequency",
  description:
    "How often a measure is reported, which fixes its periods: MONTHLY 2024-03, QUARTERLY 2024-Q1 (calendar quarter), ANNUAL 2024/25 (financial year, April to March).",
});

/** The kind of period each frequency reports in. */
export const PERIOD_KIND_OF = {
  MONTHLY: "MONTH",
  QUARTERLY: "QUARTER",
  ANNUAL: "FINANCIAL_YEAR",
} as const;

export const DataSource = {
  ESR: "ESR",
  NHS_STAFF_SURVEY: "NHS_STAFF_SURVEY",
  WRES_RETURN: "WRES_RETURN",
  WDES_RETURN: "WDES_RETURN",
  NATIONAL_DATASET: "NATIONAL_DATASET",
  FINANCE: "FINANCE",
  LOCAL: "LOCAL",
  PARTNERSHIP_WEB: "PARTNERSHIP_WEB",
} as const;
export type DataSource = keyof typeof DataSource;

registerEnumType(DataSource, {
  name: "MeasureDataSource",
  valuesConfig: {
    ESR: { description: "Electronic Staff Record." },
    NATIONAL_DATASET: { description: "A national dataset: MHSDS, OAPs, ONS, CQC surveys." },
    LOCAL: { description: "Local records: the patient record, incident system, rosters, surveys." },
    PARTNERSHIP_WEB: { description: "Computed live from this graph's other subgraphs." },
  },
});

export const OrgUnitKind = { TRUST: "TRUST", CARE_UNIT: "CARE_UNIT", PLACE: "PLACE" } as const;
export type OrgUnitKind = keyof typeof OrgUnitKind;

registerEnumType(OrgUnitKind, {
  name: "OrgUnitKind",
  description: "The organisational unit an observation is for.",
});

/** The trust's own id, as the partners subgraph knows it. */
export const TRUST_ID = "eput";
