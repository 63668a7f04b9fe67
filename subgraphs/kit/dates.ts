import { GraphQLError, GraphQLScalarType, Kind } from "graphql";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD (so 2023-02-29 is false). */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

function parseIsoDate(value: unknown): string {
  if (typeof value !== "string" || !isIsoDate(value)) {
    throw new GraphQLError(
      `Date must be a calendar date written YYYY-MM-DD, got ${JSON.stringify(value)}`,
    );
  }
  return value;
}

/** An ISO 8601 calendar date, YYYY-MM-DD, carried as a string: no time zone to get wrong. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar date in ISO 8601 form, YYYY-MM-DD.",
  serialize: (value) => parseIsoDate(value),
  parseValue: (value) => parseIsoDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("Date must be a string, YYYY-MM-DD");
    return parseIsoDate(ast.value);
  },
});

export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Whether something dated (a membership, an agreement, an organisation) holds on a given day. */
export function heldOn(
  period: { startDate: string | null; endDate: string | null },
  day: string,
): boolean {
  return (
    (period.startDate === null || period.startDate <= day) &&
    (period.endDate === null || period.endDate >= day)
  );
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** True for a month written YYYY-MM. */
export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** Every month from `from` to `to` inclusive, as YYYY-MM. */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  let [year, month] = from.split("-").map(Number) as [number, number];
  for (;;) {
    const current = `${year}-${String(month).padStart(2, "0")}`;
    if (current > to) return months;
    months.push(current);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
}
