import "reflect-metadata";
import { real, text } from "drizzle-orm/sqlite-core";
import { Directive, Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { Citation, toCitation } from "./citation.type.js";
import type { Cited } from "./cite.js";
import { DateScalar } from "./dates.js";

/**
 * The columns of a table of key facts: a figure a source document gives ("more than 5,500
 * staff"), with its unit, the day or period it describes, the source's own words as they stand
 * in the cited section, and where they are (the subgraph's citation columns). The owner's key
 * column is added beside.
 */
export function factColumns<C extends { sourceQuote: unknown }>({
  // The fact's own quote is its citation's words, so the citation's quote column is left out.
  sourceQuote: _quote,
  ...cited
}: C) {
  return {
    id: text("id").primaryKey(),
    label: text("label").notNull(),
    value: real("value").notNull(),
    /** EXACTLY, MORE_THAN or ABOUT: how the source states the number. */
    qualifier: text("qualifier").notNull(),
    unit: text("unit").notNull(),
    /** The period it covers, where the source gives one (from, to: YYYY-MM-DD). */
    periodStart: text("period_start"),
    periodEnd: text("period_end"),
    quote: text("quote").notNull(),
    ...cited,
  };
}

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
    "A figure a source document gives (about an organisation, a care unit or a service), with its unit, the period it describes where given, the source's own words and where they are.",
})
@Directive("@shareable")
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

/** A key fact in a subgraph's seed data, before its owner's key is added. */
export interface SeedFact extends Cited {
  id: string;
  label: string;
  value: number;
  qualifier: FactQualifier;
  unit: string;
  periodStart?: string;
  periodEnd?: string;
  /** The plan's own words (line breaks aside), which a test finds in the cited section. */
  quote: string;
}

/** A row of any fact table. */
interface FactRow {
  label: string;
  value: number;
  qualifier: string;
  unit: string;
  periodStart: string | null;
  periodEnd: string | null;
  quote: string;
  sourceDocument: string | null;
  sourceSection: string | null;
  sourceNote: string | null;
}

export function toKeyFact(row: FactRow): KeyFact {
  return {
    label: row.label,
    value: row.value,
    qualifier: row.qualifier as FactQualifier,
    unit: row.unit,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    quote: row.quote,
    source: toCitation({ ...row, sourceQuote: row.quote }),
  };
}
