/**
 * NHS reporting periods: months `2024-03`, calendar quarters `2024-Q1` (January–March) and
 * financial years `2024/25` (April 2024 to March 2025).
 */
export type PeriodKind = "MONTH" | "QUARTER" | "FINANCIAL_YEAR";

export interface Period {
  key: string;
  kind: PeriodKind;
  /** First day, YYYY-MM-DD: periods of one kind sort by it. */
  start: string;
  /** Last day, YYYY-MM-DD. */
  end: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const FINANCIAL_YEAR = /^(\d{4})\/(\d{2})$/;

const pad = (n: number) => String(n).padStart(2, "0");

function lastDay(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month)}-${pad(day)}`;
}

function monthPeriod(year: number, month: number): Period {
  return {
    key: `${year}-${pad(month)}`,
    kind: "MONTH",
    start: `${year}-${pad(month)}-01`,
    end: lastDay(year, month),
  };
}

function quarterPeriod(year: number, quarter: number): Period {
  const first = (quarter - 1) * 3 + 1;
  return {
    key: `${year}-Q${quarter}`,
    kind: "QUARTER",
    start: `${year}-${pad(first)}-01`,
    end: lastDay(year, first + 2),
  };
}

function financialYear(year: number): Period {
  return {
    key: `${year}/${pad((year + 1) % 100)}`,
    kind: "FINANCIAL_YEAR",
    start: `${year}-04-01`,
    end: `${year + 1}-03-31`,
  };
}

/** Reads a period, or returns why it is not one. */
export function parsePeriod(text: string): Period | { error: string } {
  const value = text.trim();
  let match = MONTH.exec(value);
  if (match) return monthPeriod(Number(match[1]), Number(match[2]));
  match = QUARTER.exec(value);
  if (match) return quarterPeriod(Number(match[1]), Number(match[2]));
  match = FINANCIAL_YEAR.exec(value);
  if (match) {
    const year = Number(match[1]);
    if (Number(match[2]) !== (year + 1) % 100) {
      return {
        error: `"${value}" is not a financial year: ${year}/${pad((year + 1) % 100)} follows ${year}`,
      };
    }
    return financialYear(year);
  }
  return {
    error: `"${value}" is not a period: write a month 2024-03, a quarter 2024-Q1 or a financial year 2024/25`,
  };
}

export function isPeriod(value: Period | { error: string }): value is Period {
  return !("error" in value);
}

/** The period just before, of the same kind. */
export function previousPeriod(period: Period): Period {
  const year = Number(period.start.slice(0, 4));
  const month = Number(period.start.slice(5, 7));
  switch (period.kind) {
    case "MONTH":
      return month === 1 ? monthPeriod(year - 1, 12) : monthPeriod(year, month - 1);
    case "QUARTER": {
      const quarter = (month - 1) / 3 + 1;
      return quarter === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, quarter - 1);
    }
    case "FINANCIAL_YEAR":
      return financialYear(year - 1);
  }
}

/** The period after, of the same kind. */
export function nextPeriod(period: Period): Period {
  const year = Number(period.start.slice(0, 4));
  const month = Number(period.start.slice(5, 7));
  switch (period.kind) {
    case "MONTH":
      return month === 12 ? monthPeriod(year + 1, 1) : monthPeriod(year, month + 1);
    case "QUARTER": {
      const quarter = (month - 1) / 3 + 1;
      return quarter === 4 ? quarterPeriod(year + 1, 1) : quarterPeriod(year, quarter + 1);
    }
    case "FINANCIAL_YEAR":
      return financialYear(year + 1);
  }
}

/** The period of a kind that contains a day. */
export function periodContaining(kind: PeriodKind, day: string): Period {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  if (kind === "MONTH") return monthPeriod(year, month);
  if (kind === "QUARTER") return quarterPeriod(year, Math.floor((month - 1) / 3) + 1);
  return financialYear(month >= 4 ? year : year - 1);
}
