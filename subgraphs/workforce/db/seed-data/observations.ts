import { cite, type Cited } from "../../../kit/cite.js";
import { isPeriod, nextPeriod, parsePeriod, type Period } from "../../../kit/periods.js";
import { TRUST } from "../../../kit/sources.js";
import { CARE_UNIT_IDS } from "./care-units.js";
import { type Frequency, TRUST_ID, UNIT_RANGE } from "../../measure/measure-enums.js";
import { MEASURES, type SeedMeasure } from "./measures.js";

export interface SeedObservation extends Partial<Cited> {
  measureCode: string;
  unitKind: "TRUST" | "CARE_UNIT" | "PLACE";
  unitId: string;
  period: string;
  periodStart: string;
  numerator: number | null;
  denominator: number | null;
  rawValue: number | null;
  target: number | null;
  status: "DRAFT" | "PUBLISHED";
  provenance: "SOURCE_DOCUMENT" | "ILLUSTRATIVE";
}

const period = (text: string): Period => {
  const p = parsePeriod(text);
  if (!isPeriod(p)) throw new Error(p.error);
  return p;
};

/** The one figure the plans give for a framework measure. */
export const SOURCED_OBSERVATIONS: SeedObservation[] = [
  {
    measureCode: "coproduction-model-agreed",
    unitKind: "TRUST",
    unitId: TRUST_ID,
    period: "2022/23",
    periodStart: period("2022/23").start,
    numerator: null,
    denominator: null,
    rawValue: 0,
    target: 1,
    status: "PUBLISHED",
    provenance: "SOURCE_DOCUMENT",
    ...cite(
      TRUST,
      "Strategic objective 3: Our response",
      "'We will also commit to co-designing a new coproduction model next year': no model was agreed when the plan was written (2022/23). The target is the plan's commitment; the roadmap dates it 2023/24.",
    ),
  },
];

/** Targets the plans do give; illustrative figures are compared with them. */
export const SOURCED_TARGETS: Record<string, { target: number; note: string }> = {
  "safety-plans": {
    target: 100,
    note: "the 100% target is the plan's ('100% patients have safety plans', Strategic objective 1 success measures)",
  },
  "care-plan-involvement": {
    target: 100,
    note: "the 100% target is the plan's ('100% inpatients have been involved in completing their care and safety plans')",
  },
  "sdat-score": {
    target: 50,
    note: "the 50% target is the plan's ('SDAT score of 50% by 2025', Strategic objective 4 success measures)",
  },
};

/** Illustrative series run from April 2023 to March 2025; the latest period of each is a DRAFT. */
const FIRST: Record<Frequency, string> = {
  MONTHLY: "2023-04",
  QUARTERLY: "2023-Q2",
  ANNUAL: "2023/24",
};
const LAST: Record<Frequency, string> = {
  MONTHLY: "2025-03",
  QUARTERLY: "2025-Q1",
  ANNUAL: "2024/25",
};

/** Plausible levels for the measures dashboards look at first; others follow their unit. */
const LEVELS: Record<string, number> = {
  "vacancy-rate": 12,
  "leaver-rate": 11,
  "stability-index": 86,
  "sickness-absence-rate": 5.6,
  "substantive-staffing": 84,
  "local-workforce": 78,
  "bme-band-8a-plus": 14,
  "average-length-of-stay": 48,
  "out-of-area-placements": 6,
};

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) / 4294967296;
}

function level(m: SeedMeasure): number {
  if (m.code in LEVELS) return LEVELS[m.code]!;
  const up = m.direction === "HIGHER_IS_BETTER";
  switch (m.unit) {
    case "PERCENT":
      return up ? 72 : 12;
    case "COUNT":
      return 8 + Math.round(hash(m.code) * 60);
    case "RATIO":
      return m.code.startsWith("wres") ||
        m.code.startsWith("wdes") ||
        m.code.includes("bame") ||
        m.code.includes("uptake")
        ? 1.2
        : 18;
    case "DAYS":
      return 45;
    case "SCORE":
      return 6.8;
    case "YES_NO":
      return 0;
  }
}

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;
const clamp = (n: number, m: SeedMeasure) =>
  Math.min(UNIT_RANGE[m.unit].max, Math.max(UNIT_RANGE[m.unit].min, n));

const ILLUSTRATIVE_NOTE =
  "Illustrative: made up so dashboards have something to draw (deterministic). Not a real figure.";

function illustrativeSeries(
  m: SeedMeasure,
  unitKind: "TRUST" | "CARE_UNIT",
  unitId: string,
): SeedObservation[] {
  const out: SeedObservation[] = [];
  const base = level(m) * (unitKind === "TRUST" ? 1 : 0.8 + 0.4 * hash(`${m.code}/${unitId}`));
  const sourced = SOURCED_TARGETS[m.code];
  const improve = m.direction === "HIGHER_IS_BETTER" ? 1.08 : 0.9;
  const target =
    sourced?.target ??
    (m.unit === "YES_NO" ? 1 : round(clamp(level(m) * improve, m), m.unit === "COUNT" ? 0 : 1));
  const last = period(LAST[m.frequency]);
  const size = Math.round(300 + 1500 * hash(`size/${unitId}`)) * (unitKind === "TRUST" ? 6 : 1);
  let i = 0;
  for (let p = period(FIRST[m.frequency]); p.start <= last.start; p = nextPeriod(p), i++) {
    const wave =
      Math.sin(i * 0.7 + hash(`${m.code}/${unitId}`) * 6) * 0.06 +
      (hash(`${m.code}/${unitId}/${p.key}`) - 0.5) * 0.04;
    const drift = (m.direction === "HIGHER_IS_BETTER" ? 1 : -1) * 0.004 * i;
    const value = clamp(base * (1 + wave + drift), m);
    const isRate = m.numerator !== undefined;
    const numerator = isRate ? Math.round((size * value) / 100) : null;
    out.push({
      measureCode: m.code,
      unitKind,
      unitId,
      period: p.key,
      periodStart: p.start,
      numerator,
      denominator: isRate ? size : null,
      rawValue: isRate
        ? null
        : m.unit === "YES_NO"
          ? p.key === LAST[m.frequency]
            ? 1
            : 0
          : round(value, m.unit === "COUNT" ? 0 : 2),
      target,
      status: p.key === last.key ? "DRAFT" : "PUBLISHED",
      provenance: "ILLUSTRATIVE",
      ...cite(
        TRUST,
        "Success measures",
        sourced ? `${ILLUSTRATIVE_NOTE} Only ${sourced.note}.` : ILLUSTRATIVE_NOTE,
      ),
    });
  }
  return out;
}

/** Measures with figures of their own here: not computed from the graph, not special-category. */
const ILLUSTRATED = MEASURES.filter((m) => m.dataSource !== "PARTNERSHIP_WEB" && !m.definitionOnly);

export const ILLUSTRATIVE_OBSERVATIONS: SeedObservation[] = ILLUSTRATED.flatMap((m) => [
  ...illustrativeSeries(m, "TRUST", TRUST_ID),
  ...(m.byCareUnit ? CARE_UNIT_IDS.flatMap((id) => illustrativeSeries(m, "CARE_UNIT", id)) : []),
]).filter(
  (o) =>
    !SOURCED_OBSERVATIONS.some((s) => s.measureCode === o.measureCode && s.period === o.period),
);
