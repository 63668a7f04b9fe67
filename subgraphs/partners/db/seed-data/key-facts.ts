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
  {
    id: "eput-inpatient-ward-investment",
    partnerId: "eput",
    label: "Invested in inpatient wards, for safety and their physical environment",
    value: 20,
    qualifier: "EXACTLY",
    unit: "£ million",
    quote: "we have invested an additional £20m in our inpatient wards",
    ...cite(TRUST, "Context: Our journey", "The plan does not say over what period."),
  },
  {
    id: "eput-community-services-investment",
    partnerId: "eput",
    label: "Invested in community services, for better care at home",
    value: 20,
    qualifier: "EXACTLY",
    unit: "£ million",
    quote: "We have invested £20m into our community services",
    ...cite(TRUST, "Context: Our journey", "The plan does not say over what period."),
  },
  {
    id: "eput-covid-vaccinations-2022",
    partnerId: "eput",
    label: "Covid-19 vaccinations delivered, as lead provider for Essex and Suffolk",
    value: 1_500_000,
    qualifier: "MORE_THAN",
    unit: "vaccinations",
    periodStart: "2022-01-01",
    periodEnd: "2022-12-31",
    quote: "We delivered over 1.5 million vaccinations in 2022",
    ...cite(TRUST, "Context: Our journey"),
  },
  {
    id: "eput-lived-experience-ambassadors",
    partnerId: "eput",
    label: "Lived experience ambassadors",
    value: 60,
    qualifier: "EXACTLY",
    unit: "people",
    quote: "we have grown our team of lived experience ambassadors from 10 to 60 people",
    ...cite(
      TRUST,
      "Strategic objective 3: Lived Experience Team",
      "When the plan was written, after a year's growth from 10; the plan gives no date.",
    ),
  },
  {
    id: "eput-lived-experience-ambassadors-year-before",
    partnerId: "eput",
    label: "Lived experience ambassadors a year before",
    value: 10,
    qualifier: "EXACTLY",
    unit: "people",
    quote: "we have grown our team of lived experience ambassadors from 10 to 60 people",
    ...cite(TRUST, "Strategic objective 3: Lived Experience Team", "'Over the last year'."),
  },
  ...(
    [
      [
        "population-growth",
        "Forecast population growth, Essex, Southend and Thurrock, 2022 to 2027",
        2.9,
        "percent",
        "The population of Essex, Southend and Thurrock is forecast to grow by 2.9% between 2022 and 2027",
        undefined,
      ],
      [
        "over-65-growth",
        "Forecast growth of the population over 65, Essex, Southend and Thurrock, 2022 to 2027",
        8.3,
        "percent",
        "The population over 65 is forecast to increase by 8.3% between 2022 and 2027",
        undefined,
      ],
      [
        "over-65-growth-people",
        "Forecast extra older adults, Essex, Southend and Thurrock, 2022 to 2027",
        32_000,
        "older adults",
        "which is an extra 32,000 older adults",
        undefined,
      ],
      [
        "children-referrals-growth",
        "Increase in mental health referrals for children and young people, 2020/21 to 2021/22 (national)",
        39,
        "percent",
        "national data show a 39% increase in mental health referrals for children and young people between 2020/21 and 2021/22",
        "National data, not EPUT's own referrals.",
      ],
      [
        "cost-of-living-effect",
        "Adults who report the cost-of-living crisis is harming their mental health (national)",
        59,
        "percent",
        "which 59% of adults report is having a negative effect on their mental health",
        "A national survey the plan cites (footnote 1: Money and Mental Health), not EPUT's population alone.",
      ],
    ] as const
  ).map(([id, label, value, unit, quote, note]): SeedKeyFact => ({
    id: `eput-${id}`,
    partnerId: "eput",
    label,
    value,
    qualifier: "EXACTLY",
    unit,
    quote,
    ...cite(TRUST, "Developing our strategy: Challenges", note),
  })),
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

const MINUTES = "The plan gives no unit for clinical duration: minutes are inferred.";
const IN_2022 = "The later period is '2022', read as the calendar year.";

/** A figure the plan gives for two periods ("2.1 to 3.2"): one fact for each. */
function trend(
  id: string,
  label: string,
  unit: string,
  quote: string,
  [before, beforeStart, beforeEnd]: readonly [number, string, string],
  [after, afterStart, afterEnd]: readonly [number, string, string],
  note?: string,
): SeedCareUnitFact[] {
  const year = (day: string, end: string) =>
    day.slice(5) === "01-01" ? day.slice(0, 4) : `${day.slice(0, 4)}/${end.slice(2, 4)}`;
  return [
    [before, beforeStart, beforeEnd, "before"],
    [after, afterStart, afterEnd, "after"],
  ].map(([value, periodStart, periodEnd, when]) => ({
    id: `msec-${id}-${when as string}`,
    careUnitId: MSE,
    label: `${label}, ${year(periodStart as string, periodEnd as string)}`,
    value: value as number,
    qualifier: "EXACTLY",
    unit,
    periodStart: periodStart as string,
    periodEnd: periodEnd as string,
    quote,
    ...cite(MSEC, "About the care unit: Demand", note),
  }));
}

/** The demand and population figures the care unit plans give (and the trust plan's ward count). */
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
  ...(
    [
      [
        "first-response-contacts",
        "First Response Teams: contacts per referral",
        "contacts per referral",
        2.1,
        3.2,
        "increases in the number of contacts per referral (2.1 to 3.2)",
      ],
      [
        "first-response-duration",
        "First Response Teams: average total clinical duration",
        "minutes",
        106.9,
        150.9,
        "in the average total clinical duration (106.9 to 150.9)",
      ],
      [
        "first-response-caseload-days",
        "First Response Teams: average days on caseload",
        "days",
        36.1,
        109.8,
        "in average days on caseload have increased (36.1 to 109.8)",
      ],
    ] as const
  ).flatMap(([id, label, unit, before, after, quote]) =>
    trend(
      id,
      label,
      unit,
      quote,
      [before, "2019-04-01", "2020-03-31"],
      [after, "2022-01-01", "2022-12-31"],
      unit === "minutes" ? `${MINUTES} ${IN_2022}` : IN_2022,
    ),
  ),
  ...trend(
    "integrated-adult-contacts",
    "Integrated Adult Services: care contacts per discharged patient",
    "care contacts",
    "(from 12.5 to 10.0)",
    [12.5, "2019-04-01", "2020-03-31"],
    [10, "2021-04-01", "2022-03-31"],
  ),
  {
    id: "msec-integrated-adult-caseload-days-fall",
    careUnitId: MSE,
    label: "Integrated Adult Services: fewer days on caseload, FY2021/22 against FY2019/20",
    value: 20,
    qualifier: "ABOUT",
    unit: "percent",
    periodStart: "2021-04-01",
    periodEnd: "2022-03-31",
    quote: "were on the caseload for approximately 20% fewer days",
    ...DEMAND,
  },
  ...(
    [
      [
        "podiatry-contacts",
        "Community Podiatry: contacts per referral",
        "contacts per referral",
        1.63,
        2.67,
        "increases in contacts per referral (1.63 to 2.67)",
      ],
      [
        "podiatry-duration",
        "Community Podiatry: average total clinical duration per referral",
        "minutes",
        17.28,
        53.65,
        "average total clinical duration per referral (17.28 to 53.65)",
      ],
      [
        "podiatry-caseload-days",
        "Community Podiatry: average days on caseload",
        "days",
        22.52,
        91.32,
        "average days on caseload (22.52 to 91.32)",
      ],
    ] as const
  ).flatMap(([id, label, unit, before, after, quote]) =>
    trend(
      id,
      label,
      unit,
      quote,
      [before, "2020-04-01", "2021-03-31"],
      [after, "2021-04-01", "2022-03-31"],
      unit === "minutes" ? MINUTES : undefined,
    ),
  ),
  {
    id: "uci-inpatient-wards",
    careUnitId: "urgent-care-and-inpatient-services",
    label: "Inpatient wards",
    value: 23,
    qualifier: "EXACTLY",
    unit: "wards",
    quote: "inpatient services from 23 wards",
    ...cite(TRUST, "Care unit strategic plans: Urgent Care and Inpatients"),
  },
];
