import type { Direction } from "../measure/measure-enums.js";

export type Rag = "GREEN" | "AMBER" | "RED" | "NO_TARGET";
export type Trend = "IMPROVING" | "WORSENING" | "UNCHANGED";

/** How far short of a target (as a share of it) still counts as AMBER. */
export const AMBER_TOLERANCE = 0.05;

/**
 * GREEN at or beyond the target, AMBER within 5% of it, RED further off; mirrored when lower is
 * better. A target of 0 has no tolerance: anything worse is RED.
 */
export function ragStatus(value: number, target: number | null, direction: Direction): Rag {
  if (target === null) return "NO_TARGET";
  const tolerance = Math.abs(target) * AMBER_TOLERANCE;
  const shortfall = direction === "HIGHER_IS_BETTER" ? target - value : value - target;
  if (shortfall <= 0) return "GREEN";
  return shortfall <= tolerance ? "AMBER" : "RED";
}

/** Whether a change from the previous period is for the better. */
export function trendOf(change: number | null, direction: Direction): Trend | null {
  if (change === null) return null;
  if (change === 0) return "UNCHANGED";
  return change > 0 === (direction === "HIGHER_IS_BETTER") ? "IMPROVING" : "WORSENING";
}
