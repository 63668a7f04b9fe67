import "reflect-metadata";
import { Directive, Field, Int, ObjectType } from "type-graphql";
import { DateScalar } from "./dates.js";

export const DEFAULT_SMALL_NUMBER_THRESHOLD = 5;

/** Published counts of special-category data are rounded to the nearest multiple of this. */
export const ROUND_TO = 5;

/** The small-number threshold from SMALL_NUMBER_THRESHOLD; a bad value stops start-up. */
export function smallNumberThreshold(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.SMALL_NUMBER_THRESHOLD;
  if (raw === undefined || raw === "") return DEFAULT_SMALL_NUMBER_THRESHOLD;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 100) {
    throw new Error(`SMALL_NUMBER_THRESHOLD must be a whole number from 1 to 100, got "${raw}"`);
  }
  return value;
}

@ObjectType({
  description:
    "A count of special-category information as it was published for one period: a snapshot taken by a publisher, rounded to the nearest 5 and suppressed when small, that does not move between publications whatever single records do.",
})
@Directive("@shareable")
export class PublishedCount {
  @Field(() => String, { description: "The reporting period it describes, e.g. 2025-Q1." })
  period!: string;

  @Field(() => DateScalar, { description: "When it was published." })
  publishedOn!: string;

  @Field(() => Int, {
    nullable: true,
    description: "The count rounded to the nearest 5; null when suppressed.",
  })
  value!: number | null;

  @Field(() => Boolean)
  suppressed!: boolean;

  @Field(() => String, { description: 'The rounded count as text, or "*" when suppressed.' })
  display!: string;

  @Field(() => Int, { description: "Counts below this (or with fewer left over) are suppressed." })
  threshold!: number;

  @Field(() => Int, { description: "Shown values are rounded to the nearest multiple of this." })
  roundedTo!: number;
}

/**
 * What may be published of a count of people with a characteristic: nothing when it, or the
 * number in the same (public) group without it, is below the threshold ("1 of 11" and "10 of 11"
 * identify alike); otherwise the count rounded to the nearest 5, so one person more or less
 * seldom shows.
 */
export function publishableCount(
  count: number,
  groupSize: number,
  threshold: number,
): { value: number | null; suppressed: boolean } {
  if (count < threshold || groupSize - count < threshold) return { value: null, suppressed: true };
  return { value: Math.round(count / ROUND_TO) * ROUND_TO, suppressed: false };
}
