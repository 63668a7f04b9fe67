import { cite, type Cited } from "../../../kit/cite.js";
import { TRUST } from "../../../kit/sources.js";

export interface SeedKeyFact extends Cited {
  id: string;
  partnerId: string;
  label: string;
  value: number;
  qualifier: "EXACTLY" | "MORE_THAN" | "ABOUT";
  unit: string;
  periodStart?: string;
  periodEnd?: string;
  /** The plan's own words (line breaks aside), which a test finds in the cited section. */
  quote: string;
}

const WHO_WE_ARE = cite(TRUST, "Context: Who are we?");

/** The figures the trust plan gives about EPUT itself. */
export const KEY_FACTS: SeedKeyFact[] = [
  {
    id: "eput-population-served",
    partnerId: "eput",
    label: "People in the areas it serves",
    value: 3_200_000,
    qualifier: "MORE_THAN",
    unit: "people",
    quote:
      "EPUT provides community health, mental health, learning disability and social care services to over 3.2 million people",
    ...WHO_WE_ARE,
  },
  {
    id: "eput-staff",
    partnerId: "eput",
    label: "Staff",
    value: 5_500,
    qualifier: "MORE_THAN",
    unit: "staff",
    quote: "Our services are delivered by more than 5,500 staff",
    ...WHO_WE_ARE,
  },
  {
    id: "eput-sites",
    partnerId: "eput",
    label: "Sites",
    value: 200,
    qualifier: "MORE_THAN",
    unit: "sites",
    quote: "working across more than 200 sites",
    ...WHO_WE_ARE,
  },
  {
    id: "eput-people-in-care",
    partnerId: "eput",
    label: "People in its care at any one time",
    value: 100_000,
    qualifier: "MORE_THAN",
    unit: "people",
    quote: "At any one time, we care for more than 100,000 people.",
    ...WHO_WE_ARE,
  },
  {
    id: "eput-recruited-since-april-2022",
    partnerId: "eput",
    label: "People recruited since April 2022",
    value: 900,
    qualifier: "MORE_THAN",
    unit: "people recruited",
    periodStart: "2022-04-01",
    quote: "We have recruited more than 900 people since April 2022 alone",
    ...cite(
      TRUST,
      "Foreword from the Chief Executive",
      "The foreword that opens the plan (its caption follows its text). The period runs from April 2022 to when the plan was written, which it does not date.",
    ),
  },
];
