import "reflect-metadata";
import { Directive, Field, Int, ObjectType } from "type-graphql";

export const DEFAULT_SMALL_NUMBER_THRESHOLD = 5;

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
    "A count of special-category information, shown only when it cannot identify anyone: below the threshold, or with fewer than the threshold left over in its group, it is suppressed.",
})
@Directive("@shareable")
export class ProtectedCount {
  @Field(() => Int, { nullable: true, description: "The count; null when suppressed." })
  value!: number | null;

  @Field(() => Boolean)
  suppressed!: boolean;

  @Field(() => String, { description: 'The count as text, or "*" when suppressed.' })
  display!: string;

  @Field(() => Int, { description: "Counts below this are suppressed." })
  threshold!: number;
}

/**
 * Suppresses a count of people with a characteristic when it, or the number in the same
 * (public) group without it, is below the threshold: "1 of 11" and "10 of 11" identify alike.
 */
export function protectCount(count: number, groupSize: number, threshold: number): ProtectedCount {
  const suppressed = count < threshold || groupSize - count < threshold;
  return suppressed
    ? { value: null, suppressed, display: "*", threshold }
    : { value: count, suppressed, display: String(count), threshold };
}
