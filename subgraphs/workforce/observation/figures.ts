import type { MeasureRow } from "../db/schema.js";
import { type MeasureUnit, UNIT_RANGE } from "../measure/measure-enums.js";

/** How far a given value may stray from numerator ÷ denominator × 100 (rounding in a spreadsheet). */
const RATE_TOLERANCE = 0.05;

/** A figure as given: each number, null when not given, or "bad" when it is not a number. */
export interface GivenFigures {
  value: number | null | "bad";
  numerator: number | null | "bad";
  denominator: number | null | "bad";
  target: number | null | "bad";
}

/**
 * Checks a measure's figures, for an imported row or a correction alike: a rate takes a numerator
 * and denominator (and a value only if it agrees with them), anything else a value in its unit's
 * range; a target is in range too. Reports each problem through `problem`.
 */
export function checkFigures(
  measure: MeasureRow,
  figures: GivenFigures,
  problem: (message: string) => void,
): void {
  const { value, numerator, denominator, target } = figures;
  const code = measure.code;
  const range = UNIT_RANGE[measure.unit as MeasureUnit];
  const inRange = (label: string, given: number | null | "bad") => {
    if (given === "bad") problem(`${label} is not a number`);
    else if (
      given !== null &&
      (given < range.min || given > range.max || (range.whole && !Number.isInteger(given)))
    ) {
      problem(
        `${label} ${given} is outside ${measure.unit}'s range (${range.min} to ${range.max === Number.MAX_SAFE_INTEGER ? "any" : range.max}${range.whole ? ", whole numbers" : ""})`,
      );
    }
  };
  inRange("target", target);
  if (measure.numerator !== null) {
    if (numerator === null || denominator === null) {
      problem(
        `${code} is a rate: give numerator (${measure.numerator}) and denominator (${measure.denominator})`,
      );
    } else if (numerator === "bad" || denominator === "bad") {
      problem("numerator and denominator must be numbers");
    } else if (denominator <= 0) problem(`denominator ${denominator} must be more than 0`);
    else if (numerator < 0) problem(`numerator ${numerator} must not be negative`);
    else if (numerator > denominator)
      problem(`numerator ${numerator} exceeds denominator ${denominator}`);
    else if (value === "bad") problem("value is not a number");
    else if (value !== null && Math.abs(value - (100 * numerator) / denominator) > RATE_TOLERANCE) {
      problem(
        `value ${value} disagrees with numerator ÷ denominator × 100 = ${((100 * numerator) / denominator).toFixed(2)}; leave value empty for a rate`,
      );
    }
  } else {
    if (numerator !== null || denominator !== null)
      problem(`${code} is not a rate: give value only, not numerator or denominator`);
    if (value === null) problem("value is missing");
    else inRange("value", value);
  }
}
