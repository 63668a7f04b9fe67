/**
 * The measure framework is fixed by the plans (seeded, never edited through the API), so each of
 * its lists has a true maximum: the largest in the seed with a little room. The gateway's cost
 * estimate multiplies by these, a list that outgrows one is refused as a bug, and
 * `subgraphs/workforce/db/framework.test.ts` keeps the seed inside them.
 */
export const FRAMEWORK_BOUNDS = {
  objectives: 6,
  outcomesPerObjective: 10,
  subOutcomesPerOutcome: 6,
  linesPerSubOutcome: 10,
  measuresPerLine: 12,
  /** Every measure: a scorecard has at most one row for each. */
  measures: 150,
  /** The plans' commitments: all of them, one care unit's, and the pathways one is about. */
  commitments: 200,
  commitmentsPerCareUnit: 60,
  pathwaysPerCommitment: 10,
};

/** A series lists every period of its range, and a range holds at most this many. */
export { MAX_PERIODS } from "../observation/points.js";
