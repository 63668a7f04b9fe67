import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv.js";
import { isPeriod, nextPeriod, parsePeriod, periodContaining, previousPeriod } from "./periods.js";

const period = (text: string) => {
  const p = parsePeriod(text);
  if (!isPeriod(p)) throw new Error(p.error);
  return p;
};

describe("reporting periods", () => {
  it("reads months, calendar quarters and financial years with their days", () => {
    expect(period("2024-02")).toEqual({
      key: "2024-02",
      kind: "MONTH",
      start: "2024-02-01",
      end: "2024-02-29",
    });
    expect(period("2023-02").end).toBe("2023-02-28");
    expect(period("2024-Q1")).toEqual({
      key: "2024-Q1",
      kind: "QUARTER",
      start: "2024-01-01",
      end: "2024-03-31",
    });
    expect(period("2024/25")).toEqual({
      key: "2024/25",
      kind: "FINANCIAL_YEAR",
      start: "2024-04-01",
      end: "2025-03-31",
    });
    expect(period("1999/00").end).toBe("2000-03-31");
  });

  it("refuses what is not a period, saying why", () => {
    for (const bad of [
      "2024-13",
      "2024-00",
      "2024-Q5",
      "2024/26",
      "24/25",
      "March 2024",
      "",
      "2024-3",
    ]) {
      const p = parsePeriod(bad);
      expect(isPeriod(p), bad).toBe(false);
    }
    expect((parsePeriod("2024/26") as { error: string }).error).toMatch(/2024\/25 follows 2024/);
  });

  it("steps to the previous and next period across year ends", () => {
    expect(previousPeriod(period("2024-01")).key).toBe("2023-12");
    expect(previousPeriod(period("2024-Q1")).key).toBe("2023-Q4");
    expect(previousPeriod(period("2024/25")).key).toBe("2023/24");
    expect(nextPeriod(period("2024-12")).key).toBe("2025-01");
    expect(nextPeriod(period("2024-Q4")).key).toBe("2025-Q1");
    expect(periodContaining("FINANCIAL_YEAR", "2025-03-31").key).toBe("2024/25");
    expect(periodContaining("FINANCIAL_YEAR", "2025-04-01").key).toBe("2025/26");
    expect(periodContaining("QUARTER", "2025-05-10").key).toBe("2025-Q2");
  });
});

describe("CSV", () => {
  it("reads quoted fields, doubled quotes, CRLF and a byte order mark", () => {
    expect(parseCsv('\ufeffa,b\r\n"x, y","say ""hi"""\n"two\nlines",\n')).toEqual({
      rows: [
        ["a", "b"],
        ["x, y", 'say "hi"'],
        ["two\nlines", ""],
      ],
    });
  });

  it("says where the text stops being CSV", () => {
    expect(parseCsv('a,b\n"open,field\n')).toEqual({
      error: "a quoted field is never closed",
      line: 3,
    });
    expect(parseCsv('a,b\nx"y,z\n')).toMatchObject({
      error: "a quote inside an unquoted field",
      line: 2,
    });
  });
});
