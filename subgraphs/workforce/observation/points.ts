import { InputProblems, notFound } from "../../kit/errors.js";
import { loadAll } from "../../kit/loaders.js";
import { isPeriod, nextPeriod, parsePeriod, type Period } from "../../kit/periods.js";
import type { MeasureRow, ObservationRow } from "../db/schema.js";
import type { WorkforceContext } from "../loaders.js";
import { PERIOD_KIND_OF, type Frequency } from "../measure/measure-enums.js";
import { toPoint } from "./observation.mapper.js";
import type { ObservationPoint } from "./observation.type.js";

/** The measures rows refer to, loaded in one statement, by code. */
export async function measuresOf(
  ctx: WorkforceContext,
  codes: Iterable<string>,
): Promise<Map<string, MeasureRow>> {
  const rows = await loadAll(ctx.loaders.measure, [...new Set(codes)]);
  return new Map(rows.map((row) => [row.code, row]));
}

const sameSeries = (a: ObservationRow, b: ObservationRow) =>
  a.measureCode === b.measureCode && a.unitKind === b.unitKind && a.unitId === b.unitId;

/**
 * The latest figure of each series, compared with the one before it. Rows come from latestTwo:
 * by series, newest first, at most two a series.
 */
export function latestPoints(
  rows: readonly ObservationRow[],
  measures: Map<string, MeasureRow>,
): ObservationPoint[] {
  return rows.flatMap((row, i) => {
    if (i > 0 && sameSeries(rows[i - 1]!, row)) return [];
    const next = rows[i + 1];
    const before = next && sameSeries(row, next) ? next : null;
    return [toPoint(row, measures.get(row.measureCode)!, before)];
  });
}

/** Every figure of a series in period order, each compared with the one before it. */
export function seriesPoints(
  rows: readonly ObservationRow[],
  measure: MeasureRow,
): ObservationPoint[] {
  return rows.map((row, i) => {
    const before = i > 0 && sameSeries(rows[i - 1]!, row) ? rows[i - 1]! : null;
    return toPoint(row, measure, before);
  });
}

/** A dashboard asks for at most ten years of monthly figures at once. */
export const MAX_PERIODS = 120;

function periodOf(
  problems: InputProblems,
  field: string,
  text: string,
  measure: MeasureRow,
): Period | null {
  const period = parsePeriod(text);
  if (!isPeriod(period)) {
    problems.add(field, period.error);
    return null;
  }
  const kind = PERIOD_KIND_OF[measure.frequency as Frequency];
  if (period.kind !== kind) {
    problems.add(
      field,
      `${measure.code} is reported ${measure.frequency}: give a ${kind.toLowerCase().replace("_", " ")}`,
    );
    return null;
  }
  return period;
}

/** Checks a measure exists and a period range suits its frequency; returns the range's starts. */
export async function seriesRange(
  ctx: WorkforceContext,
  measureCode: string,
  from: string,
  to: string,
): Promise<{ measure: MeasureRow; fromStart: string; toStart: string; periods: Period[] }> {
  const measure = await ctx.loaders.measure.load(measureCode);
  if (!measure) throw notFound("Measure", measureCode, "measureCode");
  const problems = new InputProblems();
  const first = periodOf(problems, "from", from, measure);
  const last = periodOf(problems, "to", to, measure);
  problems.throwIfAny();
  const periods = [first!];
  for (let p = first!; p.start < last!.start && periods.length <= MAX_PERIODS;) {
    p = nextPeriod(p);
    periods.push(p);
  }
  if (last!.start < first!.start) problems.add("to", `must not be before from (${from})`);
  else if (periods.length > MAX_PERIODS)
    problems.add("to", `the range must be at most ${MAX_PERIODS} periods`);
  problems.throwIfAny();
  return { measure, fromStart: first!.start, toStart: last!.start, periods };
}
