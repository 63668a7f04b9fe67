import { checkFigures } from "../observation/figures.js";
import { GraphQLError } from "graphql";
import { parseCsv, PLAIN_DECIMAL } from "../../kit/csv.js";
import type { FieldProblem } from "../../kit/errors.js";
import { isPeriod, parsePeriod } from "../../kit/periods.js";
import type { MeasureRow } from "../db/schema.js";
import {
  type Frequency,
  MeasureUnit,
  OrgUnitKind,
  PERIOD_KIND_OF,
  TRUST_ID,
} from "../measure/measure-enums.js";

/** The header a trust's return must have; the order of the columns is free. */
export const CSV_COLUMNS = [
  "measure",
  "unit",
  "org_unit_type",
  "org_unit",
  "period",
  "value",
  "numerator",
  "denominator",
  "target",
  "status",
] as const;
const REQUIRED = ["measure", "unit", "org_unit_type", "org_unit", "period"] as const;

export interface ObservationImportRow {
  /** Its line in the file, the header being line 1. */
  line: number;
  measureCode: string;
  unitKind: string;
  unitId: string;
  period: string;
  periodStart: string;
  numerator: number | null;
  denominator: number | null;
  rawValue: number | null;
  target: number | null;
  status: "DRAFT" | "PUBLISHED";
}

/** At most this many problems are listed; `problemCount` gives the total. */
export const MAX_PROBLEMS = 1000;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function number(text: string): number | null | "bad" {
  if (text.trim() === "") return null;
  if (!PLAIN_DECIMAL.test(text.trim())) return "bad";
  const value = Number(text.trim());
  return Number.isFinite(value) ? value : "bad";
}

/** One BAD_USER_INPUT listing every bad row by its line number in the file. */
export function refuse(problems: FieldProblem[]): GraphQLError {
  const shown = problems.slice(0, 10).map((p) => `${p.field}: ${p.message}`);
  const more = problems.length > 10 ? `; and ${problems.length - 10} more` : "";
  return new GraphQLError(
    `The file has ${problems.length} problem${problems.length === 1 ? "" : "s"} and nothing was loaded: ${shown.join("; ")}${more}`,
    {
      extensions: {
        code: "BAD_USER_INPUT",
        problemCount: problems.length,
        problems: problems.slice(0, MAX_PROBLEMS),
      },
    },
  );
}

/**
 * Reads and checks every row of a trust return before anything is written: the good rows, and a
 * problem for each bad one (`row N` is its line in the file, the header being row 1). A file
 * that is not a trust return at all (not CSV, a bad header, no rows) is refused outright.
 */
export function readObservationCsv(
  text: string,
  measures: ReadonlyMap<string, MeasureRow>,
): { rows: ObservationImportRow[]; problems: FieldProblem[] } {
  const parsed = parseCsv(text);
  if ("error" in parsed)
    throw refuse([{ field: `row ${parsed.line}`, message: `not CSV: ${parsed.error}` }]);
  const [header, ...body] = parsed.rows;
  if (!header)
    throw refuse([{ field: "row 1", message: "the file is empty: it needs a header row" }]);
  const names = header.map((h) => h.trim().toLowerCase());
  const headerProblems: FieldProblem[] = [];
  for (const name of names) {
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      headerProblems.push({
        field: "row 1",
        message: `unknown column "${name}"; the columns are ${CSV_COLUMNS.join(", ")}`,
      });
    }
  }
  for (const name of REQUIRED) {
    if (!names.includes(name))
      headerProblems.push({ field: "row 1", message: `missing column "${name}"` });
  }
  if (new Set(names).size !== names.length)
    headerProblems.push({ field: "row 1", message: "a column is named twice" });
  if (headerProblems.length > 0) throw refuse(headerProblems);
  if (body.length === 0)
    throw refuse([{ field: "row 2", message: "the file has no rows after the header" }]);

  const problems: FieldProblem[] = [];
  const seen = new Map<string, number>();
  const rows: ObservationImportRow[] = [];
  body.forEach((fields, index) => {
    const line = index + 2;
    const problem = (message: string) => problems.push({ field: `row ${line}`, message });
    const problemsBefore = problems.length;
    if (fields.length !== names.length) {
      problem(`has ${fields.length} fields; the header has ${names.length}`);
      return;
    }
    const get = (name: (typeof CSV_COLUMNS)[number]) => fields[names.indexOf(name)]?.trim() ?? "";
    const code = get("measure");
    const measure = measures.get(code);
    if (!measure) return problem(`unknown measure "${code}"`);
    if (measure.definitionOnly) {
      return problem(
        `${code} is special-category and is never stored here: it is counted, with suppression, by the lived-experience subgraph`,
      );
    }
    const unit = get("unit").toUpperCase();
    if (!(unit in MeasureUnit))
      problem(
        `unknown unit "${get("unit")}"; the units are ${Object.keys(MeasureUnit).join(", ")}`,
      );
    else if (unit !== measure.unit) problem(`${code} is measured in ${measure.unit}, not ${unit}`);

    const kind = get("org_unit_type").toUpperCase();
    const unitId = get("org_unit");
    if (!(kind in OrgUnitKind))
      problem(`unknown org_unit_type "${get("org_unit_type")}"; use TRUST, CARE_UNIT or PLACE`);
    else if (kind === "TRUST" && unitId !== TRUST_ID)
      problem(`the trust's org_unit is "${TRUST_ID}", not "${unitId}"`);
    else if (!SLUG.test(unitId) || unitId.length > 80)
      problem(`org_unit "${unitId}" is not an id (lower-case words joined by hyphens)`);

    const period = parsePeriod(get("period"));
    const expected = PERIOD_KIND_OF[measure.frequency as Frequency];
    if (!isPeriod(period)) problem(period.error);
    else if (period.kind !== expected) {
      problem(
        `${code} is reported ${measure.frequency}, so its period is a ${expected.toLowerCase().replace("_", " ")}, not "${period.key}"`,
      );
    }

    const value = number(get("value"));
    const numerator = number(get("numerator"));
    const denominator = number(get("denominator"));
    const target = number(get("target"));
    checkFigures(measure, { value, numerator, denominator, target }, problem);
    const isRate = measure.numerator !== null;
    const status = (get("status") || "DRAFT").toUpperCase();
    if (status !== "DRAFT" && status !== "PUBLISHED")
      problem(`status "${get("status")}" must be DRAFT or PUBLISHED`);

    if (problems.length > problemsBefore) return;
    const p = period as Exclude<typeof period, { error: string }>;
    const key = `${code} ${kind} ${unitId} ${p.key}`;
    const earlier = seen.get(key);
    if (earlier) return problem(`repeats row ${earlier} (${code}, ${unitId}, ${p.key})`);
    seen.set(key, line);
    rows.push({
      line,
      measureCode: code,
      unitKind: kind,
      unitId,
      period: p.key,
      periodStart: p.start,
      numerator: isRate ? (numerator as number) : null,
      denominator: isRate ? (denominator as number) : null,
      rawValue: isRate ? null : (value as number),
      target: target as number | null,
      status: status as "DRAFT" | "PUBLISHED",
    });
  });
  return { rows, problems };
}
