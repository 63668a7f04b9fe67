import { cite } from "../../../kit/cite.js";
import type { SeedFact } from "../../../kit/key-fact.js";
import { MSEC, TRUST } from "../../../kit/sources.js";

export interface SeedKeyFact extends SeedFact {
  partnerId: string;
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
  ...[
    [
      "eput-engagement-events",
      "Engagement events held to develop the strategy",
      83,
      "EXACTLY",
      "engagement events",
      "In total, we held 83 engagement events with over 680 people",
    ],
    [
      "eput-engagement-people",
      "People engaged to develop the strategy",
      680,
      "MORE_THAN",
      "people",
      "In total, we held 83 engagement events with over 680 people",
    ],
    [
      "eput-engagement-service-users",
      "Service users met to develop the strategy",
      89,
      "EXACTLY",
      "service users",
      "We met with a total of 89 service users over 14 engagement events",
    ],
    [
      "eput-engagement-service-user-events",
      "Engagement events with service users",
      14,
      "EXACTLY",
      "engagement events",
      "We met with a total of 89 service users over 14 engagement events",
    ],
    [
      "eput-engagement-staff",
      "Staff met to develop the strategy",
      343,
      "EXACTLY",
      "staff",
      "We met with a total of 343 staff members over 27 engagement events",
    ],
    [
      "eput-engagement-staff-events",
      "Engagement events with staff",
      27,
      "EXACTLY",
      "engagement events",
      "We met with a total of 343 staff members over 27 engagement events",
    ],
    [
      "eput-engagement-leadership-workshops",
      "Engagement workshops with care unit leadership teams",
      11,
      "EXACTLY",
      "workshops",
      "We ran 11 engagement workshops with care unit leadership teams",
    ],
  ].map(([id, label, value, qualifier, unit, quote]): SeedKeyFact => ({
    id: id as string,
    partnerId: "eput",
    label: label as string,
    value: value as number,
    qualifier: qualifier as SeedKeyFact["qualifier"],
    unit: unit as string,
    quote: quote as string,
    ...cite(TRUST, "Developing our strategy: Identifying our priorities"),
  })),
];

export interface SeedCareUnitFact extends Omit<SeedKeyFact, "partnerId"> {
  careUnitId: string;
}

const MSE = "mid-and-south-essex-community";
const DEMAND = cite(MSEC, "About the care unit: Demand");
const growth = (id: string, area: string, value: number): SeedCareUnitFact => ({
  id: `msec-older-adult-growth-${id}`,
  careUnitId: MSE,
  label: `Forecast growth of the older adult population, ${area}, next five years`,
  value,
  qualifier: "EXACTLY",
  unit: "percent",
  quote: `${value}% in ${area}`,
  ...DEMAND,
});

/** The demand and population figures the Mid and South Essex Community care unit plan gives. */
export const CARE_UNIT_FACTS: SeedCareUnitFact[] = [
  {
    id: "msec-older-adult-growth",
    careUnitId: MSE,
    label: "Forecast growth of the older adult population, Mid and South Essex, next five years",
    value: 8,
    qualifier: "EXACTLY",
    unit: "percent",
    quote:
      "The older adult population in Mid and South Essex is forecast to increase by 8% over the next five years",
    ...DEMAND,
  },
  {
    id: "msec-older-adult-growth-people",
    careUnitId: MSE,
    label: "Forecast extra older adults, Mid and South Essex, next five years",
    value: 18_600,
    qualifier: "EXACTLY",
    unit: "older adults",
    quote: "or an extra 18,600 older adults",
    ...DEMAND,
  },
  growth("basildon-and-brentwood", "Basildon and Brentwood", 5.8),
  growth("castle-point-and-rochford", "Castle Point and Rochford", 6.2),
  growth("mid-essex", "Mid Essex", 8.8),
  growth("southend", "Southend", 9.1),
  growth("thurrock", "Thurrock", 8.4),
  {
    id: "msec-dementia-intensive-support-referrals-2019-20",
    careUnitId: MSE,
    label: "Dementia Intensive Support: average referrals a month, 2019/20",
    value: 588,
    qualifier: "EXACTLY",
    unit: "referrals a month",
    periodStart: "2019-04-01",
    periodEnd: "2020-03-31",
    quote: "the average monthly referrals for 2019/2020 was 588",
    ...DEMAND,
  },
  {
    id: "msec-dementia-intensive-support-referrals-from-2021",
    careUnitId: MSE,
    label: "Dementia Intensive Support: average referrals a month, from April 2021",
    value: 1_182,
    qualifier: "EXACTLY",
    unit: "referrals a month",
    periodStart: "2021-04-01",
    quote: "for April 2021 onwards the figure was 1182",
    ...cite(
      MSEC,
      "About the care unit: Demand",
      "The plan does not say when the period 'April 2021 onwards' ends.",
    ),
  },
];
