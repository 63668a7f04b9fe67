import { toCitation } from "../../kit/citation.type.js";
import { ref } from "../../kit/entity-stub.js";
import { isPeriod, parsePeriod, type Period } from "../../kit/periods.js";
import type { MeasureRow, ObservationRow } from "../db/schema.js";
import { CareUnit, Place } from "../federation/entities.js";
import type { Direction, OrgUnitKind } from "../measure/measure-enums.js";
import type { ObservationStatus, ProvenanceKind } from "./observation-enums.js";
import { OrgUnit, ObservationPoint } from "./observation.type.js";
import { ragStatus, trendOf } from "./rag.js";

export function toOrgUnit(kind: string, id: string): OrgUnit {
  return {
    kind: kind as OrgUnitKind,
    id,
    careUnit: kind === "CARE_UNIT" ? ref(CareUnit, id) : null,
    place: kind === "PLACE" ? ref(Place, id) : null,
  };
}

/** Rounds away floating-point noise (a rate of 1/3 is 33.3333…, not 33.33333333333334). */
export const tidy = (n: number) => Math.round(n * 1e6) / 1e6;

export function storedPeriod(row: Pick<ObservationRow, "period">): Period {
  const period = parsePeriod(row.period);
  if (!isPeriod(period)) throw new Error(`stored period is invalid: ${row.period}`);
  return period;
}

/**
 * A stored figure as the API shows it. `before` is the series' previous figure shown (the last
 * published one, unless drafts are included): change and trend compare with it, however far
 * back it is, and `previousPeriod` says which period that was.
 */
export function toPoint(
  row: ObservationRow,
  measure: MeasureRow,
  before: ObservationRow | null,
): ObservationPoint {
  const period = storedPeriod(row);
  const previous = before;
  const direction = measure.direction as Direction;
  const change = previous ? tidy(row.value - previous.value) : null;
  return Object.assign(new ObservationPoint(), {
    measureCode: row.measureCode,
    orgUnit: toOrgUnit(row.unitKind, row.unitId),
    period: row.period,
    periodKind: period.kind,
    periodStart: period.start,
    value: tidy(row.value),
    numerator: row.numerator,
    denominator: row.denominator,
    target: row.target,
    rag: ragStatus(row.value, row.target, direction),
    previousValue: previous ? tidy(previous.value) : null,
    previousPeriod: previous ? previous.period : null,
    change,
    trend: trendOf(change, direction),
    status: row.status as ObservationStatus,
    provenance: {
      kind: row.provenance as ProvenanceKind,
      batchId: row.batchId,
      source: toCitation(row),
    },
  });
}
