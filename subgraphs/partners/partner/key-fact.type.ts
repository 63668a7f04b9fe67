import "reflect-metadata";
import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { Citation, toCitation } from "../../kit/citation.type.js";
import { DateScalar } from "../../kit/dates.js";
import type * as t from "../db/schema.js";

export const FactQualifier = {
  EXACTLY: "EXACTLY",
  MORE_THAN: "MORE_THAN",
  ABOUT: "ABOUT",
} as const;
export type FactQualifier = keyof typeof FactQualifier;
registerEnumType(FactQualifier, {
  name: "FactQualifier",
  description: 'How the source states the number: "more than 5,500" is MORE_THAN 5500.',
});

@ObjectType({
  description:
    "A figure a source document gives about an organisation, with its unit, the period it describes where given, the source's own words and where they are.",
})
export class KeyFact {
  @Field(() => String)
  label!: string;

  @Field(() => Float)
  value!: number;

  @Field(() => FactQualifier)
  qualifier!: FactQualifier;

  @Field(() => String, { description: 'What is counted, e.g. "staff" or "sites".' })
  unit!: string;

  @Field(() => DateScalar, { nullable: true, description: "Where the figure covers a period." })
  periodStart!: string | null;

  @Field(() => DateScalar, { nullable: true })
  periodEnd!: string | null;

  @Field(() => String, { description: "The source's own words." })
  quote!: string;

  @Field(() => Citation, { nullable: true })
  source!: Citation | null;
}

/** The columns every fact table has (see db/schema.ts). */
type FactRow = Omit<typeof t.partnerFacts.$inferSelect, "partnerId">;

export function toKeyFact(row: FactRow): KeyFact {
  return {
    label: row.label,
    value: row.value,
    qualifier: row.qualifier as FactQualifier,
    unit: row.unit,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    quote: row.quote,
    source: toCitation(row),
  };
}
