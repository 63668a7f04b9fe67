import type { DataSource, Direction, Frequency, MeasureUnit } from "../../measure/measure-enums.js";

export interface SeedMeasure {
  code: string;
  name: string;
  definition: string;
  /** For a rate: what is counted over what (value = 100 × numerator ÷ denominator). */
  numerator?: string;
  denominator?: string;
  unit: MeasureUnit;
  direction: Direction;
  frequency: Frequency;
  dataSource: DataSource;
  /** The national definition it follows, where there is one. */
  nationalDefinition?: string;
  /** A figure kept elsewhere behind suppression: defined here, never observed here. */
  definitionOnly?: boolean;
  /** Reported by care unit as well as for the trust (the illustrative history follows this). */
  byCareUnit?: boolean;
  /** How the definition was read where the plan gives none: said in its citation's note. */
  inference?: string;
}

/** Published measures are those reported outside the trust: national returns and surveys. */
export const PUBLISHED_SOURCES: DataSource[] = [
  "ESR",
  "NHS_STAFF_SURVEY",
  "WRES_RETURN",
  "WDES_RETURN",
  "NATIONAL_DATASET",
];

type Shape = Pick<SeedMeasure, "unit" | "direction" | "frequency" | "dataSource">;
const shape = (
  unit: MeasureUnit,
  direction: "up" | "down",
  frequency: Frequency,
  dataSource: DataSource,
): Shape => ({
  unit,
  direction: direction === "up" ? "HIGHER_IS_BETTER" : "LOWER_IS_BETTER",
  frequency,
  dataSource,
});

/** A rate: a percentage of a denominator, always stored as its numerator and denominator. */
const rate = (
  code: string,
  name: string,
  numerator: string,
  denominator: string,
  s: Omit<Shape, "unit">,
  extra: Partial<SeedMeasure> = {},
): SeedMeasure => ({
  code,
  name,
  definition: `${numerator} ÷ ${denominator} × 100.`,
  numerator,
  denominator,
  unit: "PERCENT",
  ...s,
  ...extra,
});

const m = (
  code: string,
  name: string,
  definition: string,
  s: Shape,
  extra: Partial<SeedMeasure> = {},
): SeedMeasure => ({ code, name, definition, ...s, ...extra });

const up = (f: Frequency, d: DataSource) => ({
  direction: "HIGHER_IS_BETTER" as const,
  frequency: f,
  dataSource: d,
});
const down = (f: Frequency, d: DataSource) => ({
  direction: "LOWER_IS_BETTER" as const,
  frequency: f,
  dataSource: d,
});

const WRES = "NHS Workforce Race Equality Standard technical guidance, indicator";
const WDES = "NHS Workforce Disability Equality Standard technical guidance, metric";

/** The nine WRES indicators, as the national standard defines them. */
const WRES_INDICATORS: SeedMeasure[] = [
  rate(
    "wres-1",
    "WRES 1: BME staff in Agenda for Change bands",
    "BME staff in post",
    "all staff in post",
    up("ANNUAL", "WRES_RETURN"),
    { nationalDefinition: `${WRES} 1 (reported by band; this is the overall percentage)` },
  ),
  m(
    "wres-2",
    "WRES 2: relative likelihood of white applicants being appointed from shortlisting",
    "Likelihood of white shortlisted applicants being appointed ÷ likelihood of BME shortlisted applicants being appointed. 1.0 is parity.",
    shape("RATIO", "down", "ANNUAL", "WRES_RETURN"),
    { nationalDefinition: `${WRES} 2` },
  ),
  m(
    "wres-3",
    "WRES 3: relative likelihood of BME staff entering the formal disciplinary process",
    "Likelihood of BME staff entering the formal disciplinary process ÷ likelihood for white staff. 1.0 is parity.",
    shape("RATIO", "down", "ANNUAL", "WRES_RETURN"),
    { nationalDefinition: `${WRES} 3` },
  ),
  m(
    "wres-4",
    "WRES 4: relative likelihood of white staff accessing non-mandatory training and CPD",
    "Likelihood of white staff accessing non-mandatory training and CPD ÷ likelihood for BME staff. 1.0 is parity.",
    shape("RATIO", "down", "ANNUAL", "WRES_RETURN"),
    { nationalDefinition: `${WRES} 4` },
  ),
  rate(
    "wres-5",
    "WRES 5: BME staff experiencing harassment, bullying or abuse from patients, relatives or the public",
    "BME respondents reporting it in the last 12 months",
    "BME respondents to the NHS Staff Survey question",
    down("ANNUAL", "NHS_STAFF_SURVEY"),
    { nationalDefinition: `${WRES} 5` },
  ),
  rate(
    "wres-6",
    "WRES 6: BME staff experiencing harassment, bullying or abuse from staff",
    "BME respondents reporting it in the last 12 months",
    "BME respondents to the NHS Staff Survey question",
    down("ANNUAL", "NHS_STAFF_SURVEY"),
    { nationalDefinition: `${WRES} 6` },
  ),
  rate(
    "wres-7",
    "WRES 7: BME staff believing the trust provides equal opportunities for career progression",
    "BME respondents answering yes",
    "BME respondents to the NHS Staff Survey question",
    up("ANNUAL", "NHS_STAFF_SURVEY"),
    { nationalDefinition: `${WRES} 7` },
  ),
  rate(
    "wres-8",
    "WRES 8: BME staff experiencing discrimination from a manager, team leader or colleague",
    "BME respondents reporting it in the last 12 months",
    "BME respondents to the NHS Staff Survey question",
    down("ANNUAL", "NHS_STAFF_SURVEY"),
    { nationalDefinition: `${WRES} 8` },
  ),
  m(
    "wres-9",
    "WRES 9: difference between BME share of the board's voting membership and of the workforce",
    "BME % of voting board members − BME % of the overall workforce, in percentage points; 0 is parity (a gap in either direction is shown as its size).",
    shape("PERCENT", "down", "ANNUAL", "WRES_RETURN"),
    { nationalDefinition: `${WRES} 9` },
  ),
];

/** The WDES metrics, as the national standard defines them. */
const WDES_METRICS: SeedMeasure[] = [
  rate(
    "wdes-1",
    "WDES 1: disabled staff in Agenda for Change bands",
    "staff in post who have declared a disability",
    "all staff in post",
    up("ANNUAL", "WDES_RETURN"),
    { nationalDefinition: `${WDES} 1 (reported by band; this is the overall percentage)` },
  ),
  m(
    "wdes-2",
    "WDES 2: relative likelihood of non-disabled applicants being appointed from shortlisting",
    "Likelihood for non-disabled shortlisted applicants ÷ likelihood for disabled shortlisted applicants. 1.0 is parity.",
    shape("RATIO", "down", "ANNUAL", "WDES_RETURN"),
    { nationalDefinition: `${WDES} 2` },
  ),
  m(
    "wdes-3",
    "WDES 3: relative likelihood of disabled staff entering the formal capability process",
    "Likelihood for disabled staff ÷ likelihood for non-disabled staff, on the grounds of performance. 1.0 is parity.",
    shape("RATIO", "down", "ANNUAL", "WDES_RETURN"),
    { nationalDefinition: `${WDES} 3` },
  ),
  rate(
    "wdes-4",
    "WDES 4: disabled staff experiencing harassment, bullying or abuse",
    "disabled respondents reporting it from patients, managers or colleagues",
    "disabled respondents to the NHS Staff Survey question",
    down("ANNUAL", "NHS_STAFF_SURVEY"),
    { nationalDefinition: `${WDES} 4a (4a–4b are reported separately nationally)` },
  ),
  rate(
    "wdes-5",
    "WDES 5: disabled staff believing the trust provides equal opportunities for career progression",
    "disabled respondents answering yes",
    "disabled respondents to the NHS Staff Survey question",
    up("ANNUAL", "NHS_STAFF_SURVEY"),
    { nationalDefinition: `${WDES} 5` },
  ),
  rate(
    "wdes-6",
    "WDES 6: disabled staff who felt pressure to come to work when unwell",
    "disabled respondents answering yes",
    "disabled respondents to the NHS Staff Survey question",
    down("ANNUAL", "NHS_STAFF_SURVEY"),
    { nationalDefinition: `${WDES} 6` },
  ),
  rate(
    "wdes-7",
    "WDES 7: disabled staff satisfied with how the organisation values their work",
    "disabled respondents satisfied",
    "disabled respondents to the NHS Staff Survey question",
    up("ANNUAL", "NHS_STAFF_SURVEY"),
    { nationalDefinition: `${WDES} 7` },
  ),
  rate(
    "wdes-8",
    "WDES 8: disabled staff saying adequate adjustments have been made",
    "disabled respondents answering yes",
    "disabled respondents who needed adjustments",
    up("ANNUAL", "NHS_STAFF_SURVEY"),
    { nationalDefinition: `${WDES} 8` },
  ),
  m(
    "wdes-9",
    "WDES 9: staff engagement score of disabled staff",
    "NHS Staff Survey staff engagement score (0–10) of disabled respondents.",
    shape("SCORE", "up", "ANNUAL", "NHS_STAFF_SURVEY"),
    { nationalDefinition: `${WDES} 9a (9b, facilitating disabled staff's voices, is a narrative)` },
  ),
  m(
    "wdes-10",
    "WDES 10: difference between disabled share of the board and of the workforce",
    "Disabled % of board members − disabled % of the overall workforce, in percentage points; 0 is parity.",
    shape("PERCENT", "down", "ANNUAL", "WDES_RETURN"),
    { nationalDefinition: `${WDES} 10` },
  ),
];

export const MEASURES: SeedMeasure[] = [
  // Strategic objective 1: safe, high-quality integrated care.
  rate(
    "prem-positive-experience",
    "Positive experience (PREMs)",
    "PREM responses rating their experience good or very good",
    "PREM responses",
    up("MONTHLY", "LOCAL"),
  ),
  rate(
    "prem-felt-safe",
    "Felt safe in EPUT's care (PREMs)",
    "PREM responses saying they, or their family member, felt safe",
    "PREM responses to the question",
    up("MONTHLY", "LOCAL"),
  ),
  m(
    "community-mental-health-survey",
    "Community Mental Health Survey: overall experience",
    "CQC Community Mental Health Survey overall experience score (0–10).",
    shape("SCORE", "up", "ANNUAL", "NATIONAL_DATASET"),
    { nationalDefinition: "CQC NHS Patient Survey Programme, Community Mental Health Survey" },
  ),
  m(
    "staff-survey-safe-and-healthy",
    "NHS Staff Survey: we are safe and healthy",
    "NHS Staff Survey People Promise theme score 'We are safe and healthy' (0–10), which includes health and safety at work.",
    shape("SCORE", "up", "ANNUAL", "NHS_STAFF_SURVEY"),
    { nationalDefinition: "NHS Staff Survey People Promise element 6" },
  ),
  m(
    "pulse-survey-engagement",
    "Pulse survey engagement",
    "Engagement score (0–10) from the quarterly staff pulse survey.",
    shape("SCORE", "up", "QUARTERLY", "LOCAL"),
    { byCareUnit: true },
  ),
  rate(
    "safety-plans",
    "Patients with a safety plan",
    "patients on caseload with a current safety plan",
    "patients on caseload",
    up("MONTHLY", "LOCAL"),
    { byCareUnit: true },
  ),
  rate(
    "reasonable-adjustments",
    "Reasonable adjustments for people with a learning disability or autistic people",
    "people with a learning disability or autistic people with reasonable adjustments recorded",
    "people with a learning disability or autistic people on caseload",
    up("MONTHLY", "LOCAL"),
  ),
  m(
    "serious-incidents",
    "Serious incidents reported",
    "Patient safety incidents reported as serious (patient safety incident investigations) in the period.",
    shape("COUNT", "down", "MONTHLY", "LOCAL"),
    { byCareUnit: true },
  ),
  m(
    "harm-incidents",
    "Incidents of self-harm or other preventable harm",
    "Incidents involving self-harm or other preventable harm reported in the period.",
    shape("COUNT", "down", "MONTHLY", "LOCAL"),
    { byCareUnit: true },
  ),
  m(
    "waiting-list",
    "People on waiting lists",
    "People waiting for a first appointment at the end of the period.",
    shape("COUNT", "down", "MONTHLY", "LOCAL"),
    { byCareUnit: true },
  ),
  rate(
    "waiting-time-standards",
    "Seen within the waiting time standard",
    "people seen within their service's waiting time standard",
    "people seen",
    up("MONTHLY", "NATIONAL_DATASET"),
  ),
  m(
    "average-length-of-stay",
    "Average length of inpatient stay",
    "Mean length of stay, in days, of inpatients discharged in the period.",
    shape("DAYS", "down", "MONTHLY", "NATIONAL_DATASET"),
    { nationalDefinition: "Mental Health Services Data Set (MHSDS) length of stay" },
  ),
  m(
    "average-caseload",
    "Average caseload",
    "Mean number of patients on caseload per case-holding clinician.",
    shape("RATIO", "down", "MONTHLY", "LOCAL"),
  ),
  m(
    "out-of-area-placements",
    "Inappropriate out of area placements",
    "Inappropriate out of area placements active in the period.",
    shape("COUNT", "down", "MONTHLY", "NATIONAL_DATASET"),
    { nationalDefinition: "NHS England Out of Area Placements dataset" },
  ),
  rate(
    "urgent-care-access",
    "Urgent referrals seen within 24 hours",
    "urgent referrals to community crisis services seen within 24 hours",
    "urgent referrals to community crisis services",
    up("MONTHLY", "NATIONAL_DATASET"),
    { nationalDefinition: "MHSDS urgent and emergency mental health crisis response" },
  ),
  m(
    "admissions-via-ed-ambulance-police",
    "Admissions via emergency departments, ambulance or police",
    "Admissions in the period that arrived through an emergency department, the ambulance service or the police.",
    shape("COUNT", "down", "MONTHLY", "LOCAL"),
  ),
  rate(
    "care-plan-involvement",
    "Inpatients involved in their care and safety plans",
    "inpatients involved in completing their care and safety plans",
    "inpatients",
    up("MONTHLY", "LOCAL"),
    { byCareUnit: true },
  ),
  rate(
    "user-defined-goals",
    "Care plans with user-defined goals",
    "care plans that include goals defined by the service user",
    "care plans",
    up("MONTHLY", "LOCAL"),
  ),
  rate(
    "honos-improvement",
    "Improvement on HoNOS",
    "people with reliable improvement between first and last Health of the Nation Outcome Scales ratings",
    "people with paired HoNOS ratings",
    up("QUARTERLY", "NATIONAL_DATASET"),
  ),
  rate(
    "prom-improvement",
    "Improvement on PROMs",
    "paired patient-reported outcome measures showing improvement",
    "paired PROMs",
    up("QUARTERLY", "LOCAL"),
  ),
  rate(
    "goal-attainment",
    "Goals attained",
    "user-defined goals attained (goal attainment scale at or above expected)",
    "user-defined goals reviewed",
    up("QUARTERLY", "LOCAL"),
    { byCareUnit: true },
  ),
  m(
    "crisis-rate-community-caseload",
    "Crises in the community caseload",
    "Crisis episodes in the period per 1,000 people on the community caseload.",
    shape("RATIO", "down", "MONTHLY", "LOCAL"),
    { byCareUnit: true },
  ),
  m(
    "admission-rate-community-caseload",
    "Admissions from the community caseload",
    "Admissions in the period per 1,000 people on the community caseload.",
    shape("RATIO", "down", "MONTHLY", "LOCAL"),
  ),
  rate(
    "readmissions-30-days",
    "Admissions and readmissions in the community caseload",
    "admissions and readmissions of people on the community caseload",
    "people on the community caseload",
    down("MONTHLY", "NATIONAL_DATASET"),
    {
      inference:
        'Inferred: the plan lists "Reduced admissions/readmissions in community caseload" and gives no definition or time window; the code is kept for partner systems that use it.',
    },
  ),
  rate(
    "purposeful-admission",
    "Purposeful admissions",
    "admissions with a clear purpose recorded",
    "admissions",
    up("MONTHLY", "LOCAL"),
  ),
  m(
    "shared-pathways",
    "Shared pathways agreed with partners",
    "Shared pathways that partners have agreed (AGREED, LIVE or UNDER_REVIEW) at the end of the period.",
    shape("COUNT", "up", "QUARTERLY", "PARTNERSHIP_WEB"),
  ),
  // Strategic objective 2: enable each other to be the best we can be.
  m(
    "appointments-per-campaign",
    "Successful appointments per recruitment campaign",
    "Appointments made ÷ recruitment campaigns closed in the period.",
    shape("RATIO", "up", "QUARTERLY", "LOCAL"),
  ),
  rate(
    "vacancy-rate",
    "Vacancy rate",
    "vacant FTE (establishment FTE − FTE in post)",
    "establishment FTE",
    down("MONTHLY", "ESR"),
    {
      byCareUnit: true,
      nationalDefinition: "NHS Digital NHS Vacancy Statistics: vacant FTE ÷ establishment FTE",
    },
  ),
  rate(
    "substantive-staffing",
    "Substantive staffing",
    "hours worked by substantive staff",
    "all hours worked (substantive, bank and agency)",
    up("MONTHLY", "ESR"),
    { byCareUnit: true },
  ),
  ...WRES_INDICATORS,
  ...WDES_METRICS,
  rate(
    "stability-index",
    "Stability index",
    "staff in post now who were in post 12 months ago",
    "staff in post 12 months ago",
    up("MONTHLY", "ESR"),
    { byCareUnit: true, nationalDefinition: "NHS Digital stability index (headcount, 12 months)" },
  ),
  rate(
    "leaver-rate",
    "Leaver rate (turnover)",
    "leavers in the last 12 months (headcount)",
    "average staff in post over the 12 months (headcount)",
    down("MONTHLY", "ESR"),
    { byCareUnit: true, nationalDefinition: "NHS Digital leaver rate, 12-month rolling" },
  ),
  m(
    "learners-into-substantive-roles",
    "Students, apprentices, placements and volunteers taking substantive roles",
    "Students, apprentices, work experience placements and volunteers appointed to substantive posts in the period.",
    shape("COUNT", "up", "QUARTERLY", "ESR"),
  ),
  rate(
    "shift-fill-fidelity",
    "Shift fill in line with the staffing model",
    "shifts filled in line with the agreed staffing model",
    "rostered shifts",
    up("MONTHLY", "LOCAL"),
    { byCareUnit: true },
  ),
  m(
    "lived-experience-roles",
    "Peer support workers and other lived experience roles",
    "Filled lived experience posts at the time of asking, from the lived-experience subgraph.",
    shape("COUNT", "up", "MONTHLY", "PARTNERSHIP_WEB"),
  ),
  m(
    "peer-support-workers-ld-autism",
    "Peer support workers with lived experience of learning disability or autism",
    "Filled peer support posts whose holder has lived experience of learning disability or autism. Special-category: only the lived-experience subgraph's suppressed count (peerSupportWorkersWithLdOrAutism) gives it.",
    shape("COUNT", "up", "ANNUAL", "PARTNERSHIP_WEB"),
    { definitionOnly: true },
  ),
  rate(
    "training-uptake",
    "Uptake of training and development",
    "staff who completed non-mandatory training or development in the period",
    "staff in post",
    up("QUARTERLY", "ESR"),
    { byCareUnit: true },
  ),
  m(
    "development-programmes-offered",
    "Range of development programmes",
    "Distinct training and development programmes offered in the year.",
    shape("COUNT", "up", "ANNUAL", "LOCAL"),
  ),
  rate(
    "development-satisfaction",
    "Satisfaction with development programmes",
    "post-programme survey respondents satisfied",
    "post-programme survey respondents",
    up("QUARTERLY", "LOCAL"),
  ),
  rate(
    "talent-retention",
    "Retention of talented staff (Pen Plan)",
    "staff identified as talent in Pen Plan appraisals still in post 12 months later",
    "staff identified as talent 12 months earlier",
    up("ANNUAL", "LOCAL"),
  ),
  m(
    "internal-promotions",
    "Internal promotions",
    "Staff appointed to a higher band within EPUT in the period.",
    shape("COUNT", "up", "QUARTERLY", "ESR"),
  ),
  rate(
    "local-workforce",
    "Workforce from local communities",
    "staff whose home postcode is in the areas EPUT serves",
    "staff in post",
    up("QUARTERLY", "ESR"),
    {
      byCareUnit: true,
      nationalDefinition: "NHS anchor institution measure: share of workforce living locally",
    },
  ),
  rate(
    "local-recruitment",
    "New starters from local communities",
    "new starters whose home postcode is in the areas EPUT serves",
    "new starters",
    up("QUARTERLY", "ESR"),
  ),
  m(
    "local-trainee-apprentice-completions",
    "Local people completing traineeships and apprenticeships",
    "Local people who completed a traineeship or apprenticeship at EPUT in the period.",
    shape("COUNT", "up", "QUARTERLY", "ESR"),
  ),
  rate(
    "bme-band-8a-plus",
    "BME staff at Band 8a and above",
    "BME staff in post at Agenda for Change Band 8a and above",
    "staff in post at Band 8a and above",
    up("ANNUAL", "ESR"),
    { nationalDefinition: "WRES indicator 1 data for bands 8a to 9 and VSM" },
  ),
  m(
    "school-college-programmes",
    "School and college engagement programmes",
    "School and college engagement programmes held in the period.",
    shape("COUNT", "up", "QUARTERLY", "LOCAL"),
  ),
  m(
    "clinical-apprenticeships-offered",
    "Clinical apprenticeships offered",
    "Clinical apprenticeship places offered in the period.",
    shape("COUNT", "up", "QUARTERLY", "ESR"),
  ),
  m(
    "clinical-apprenticeships-completed",
    "Clinical apprenticeships completed",
    "Clinical apprenticeships successfully completed in the period.",
    shape("COUNT", "up", "QUARTERLY", "ESR"),
  ),
  m(
    "apprenticeship-starts",
    "Apprenticeship starts",
    "Staff starting an apprenticeship in the period.",
    shape("COUNT", "up", "QUARTERLY", "ESR"),
    {
      byCareUnit: true,
      nationalDefinition: "Public sector apprenticeship target: apprenticeship starts",
    },
  ),
  m(
    "apprenticeships-offered",
    "Traineeships and apprenticeships offered",
    "Traineeship and apprenticeship places offered in the period.",
    shape("COUNT", "up", "QUARTERLY", "ESR"),
  ),
  rate(
    "apprenticeship-levy-utilisation",
    "Apprenticeship levy used",
    "apprenticeship levy spent in the financial year",
    "apprenticeship levy paid in the financial year",
    up("ANNUAL", "FINANCE"),
  ),
  m(
    "staff-engagement",
    "NHS Staff Survey: staff engagement",
    "NHS Staff Survey staff engagement theme score (0–10).",
    shape("SCORE", "up", "ANNUAL", "NHS_STAFF_SURVEY"),
    { byCareUnit: true, nationalDefinition: "NHS Staff Survey staff engagement theme" },
  ),
  rate(
    "poor-staff-experience",
    "Staff experiencing harassment or discrimination",
    "NHS Staff Survey respondents reporting harassment, bullying, abuse or discrimination at work",
    "respondents to those questions",
    down("ANNUAL", "NHS_STAFF_SURVEY"),
  ),
  rate(
    "sickness-absence-rate",
    "Sickness absence rate",
    "FTE days lost to sickness absence",
    "FTE days available",
    down("MONTHLY", "ESR"),
    {
      byCareUnit: true,
      nationalDefinition: "NHS Digital sickness absence rate: FTE days lost ÷ FTE days available",
    },
  ),
  m(
    "wellbeing-offer-uptake",
    "Uptake of wellbeing offers",
    "Staff taking up a wellbeing offer in the period.",
    shape("COUNT", "up", "QUARTERLY", "LOCAL"),
  ),
  // Strategic objective 3: work together with our partners.
  rate(
    "stakeholder-feedback",
    "Stakeholders rating EPUT a good partner",
    "stakeholder survey respondents rating EPUT a good or very good partner",
    "stakeholder survey respondents",
    up("ANNUAL", "LOCAL"),
  ),
  m(
    "contracts-awarded-extended",
    "Contracts awarded or extended",
    "Contracts awarded to or extended with EPUT in the year.",
    shape("COUNT", "up", "ANNUAL", "FINANCE"),
  ),
  rate(
    "shared-targets-achieved",
    "Shared performance and outcome targets achieved",
    "shared performance and outcome targets achieved",
    "shared performance and outcome targets",
    up("ANNUAL", "LOCAL"),
  ),
  m(
    "system-leadership-roles",
    "Formal system leadership roles held",
    "Formal system leadership roles EPUT holds at the end of the year.",
    shape("COUNT", "up", "ANNUAL", "PARTNERSHIP_WEB"),
  ),
  m(
    "pathway-sectors-covered",
    "Sectors with a shared pathway",
    "Sectors (health, social care, housing, VCS, …) with at least one agreed shared pathway.",
    shape("COUNT", "up", "QUARTERLY", "PARTNERSHIP_WEB"),
  ),
  m(
    "lived-experience-role-kinds",
    "Range of lived experience roles",
    "Kinds of lived experience role with at least one filled post.",
    shape("COUNT", "up", "QUARTERLY", "PARTNERSHIP_WEB"),
  ),
  m(
    "coproduction-model-agreed",
    "Co-production model agreed",
    "Whether a co-production model co-designed with people with lived experience is agreed (1 yes, 0 no).",
    shape("YES_NO", "up", "ANNUAL", "LOCAL"),
  ),
  m(
    "patient-experience-annual-review",
    "Annual review of impact",
    "Whether the Patient Experience annual review of the impact of co-production was published (1 yes, 0 no).",
    shape("YES_NO", "up", "ANNUAL", "LOCAL"),
  ),
  rate(
    "lived-experience-feedback",
    "Positive lived experience feedback",
    "lived experience survey respondents positive about their involvement",
    "lived experience survey respondents",
    up("ANNUAL", "LOCAL"),
  ),
  m(
    "care-hubs-created",
    "Care hubs created",
    "Care hubs (including transfer of care hubs) in operation at the end of the year.",
    shape("COUNT", "up", "ANNUAL", "LOCAL"),
  ),
  m(
    "common-endeavours-agreed",
    "Common endeavours agreed with partners",
    "Common endeavours agreed with local providers and partners at place.",
    shape("COUNT", "up", "ANNUAL", "LOCAL"),
  ),
  m(
    "new-partnerships",
    "New partnerships within the system",
    "New partnership agreements made in the year.",
    shape("COUNT", "up", "ANNUAL", "PARTNERSHIP_WEB"),
  ),
  m(
    "pcn-strategies-supported",
    "PCN strategies supported",
    "Primary care network strategies the care unit actively supports.",
    shape("COUNT", "up", "ANNUAL", "LOCAL"),
  ),
  m(
    "vcse-joint-posts",
    "Joint posts with the voluntary sector",
    "Joint posts with voluntary sector organisations in place.",
    shape("COUNT", "up", "ANNUAL", "PARTNERSHIP_WEB"),
  ),
  rate(
    "levelling-up-actions",
    "Levelling up plan delivered",
    "levelling up plan actions delivered",
    "levelling up plan actions due",
    up("ANNUAL", "LOCAL"),
  ),
  // Strategic objective 4: help our communities to thrive.
  m(
    "underserved-uptake",
    "Uptake from underserved communities",
    "Share of people accessing services who live in the most deprived 20% of areas ÷ that group's share of the population. 1.0 is parity.",
    shape("RATIO", "up", "QUARTERLY", "NATIONAL_DATASET"),
  ),
  m(
    "outreach-supported",
    "People supported through outreach",
    "People supported through health outreach services in the period.",
    shape("COUNT", "up", "QUARTERLY", "LOCAL"),
  ),
  m(
    "restrictive-practice-bame",
    "Restrictive practice among BAME service users",
    "Rate of restraint, seclusion and detention among Black, Asian and minority ethnic service users ÷ the rate among white service users. 1.0 is parity.",
    shape("RATIO", "down", "QUARTERLY", "NATIONAL_DATASET"),
    {
      nationalDefinition: "Patient and Carer Race Equality Framework (PCREF) measures, from MHSDS",
    },
  ),
  rate(
    "smi-health-checks",
    "Physical health checks for people with serious mental illness",
    "people with SMI who received all six elements of an annual physical health check",
    "people on GP SMI registers",
    up("QUARTERLY", "NATIONAL_DATASET"),
    { nationalDefinition: "NHS England physical health checks for people with SMI" },
  ),
  rate(
    "vaccination-uptake",
    "Vaccination uptake",
    "people with SMI, a learning disability or autism on caseload vaccinated against flu this season",
    "people with SMI, a learning disability or autism on caseload",
    up("ANNUAL", "LOCAL"),
  ),
  rate(
    "smoking-cessation",
    "Smoking cessation",
    "smokers with SMI, a learning disability or autism who set a quit date",
    "smokers with SMI, a learning disability or autism on caseload",
    up("QUARTERLY", "LOCAL"),
  ),
  m(
    "community-meetings",
    "Community meetings attended",
    "Community and place alliance meetings attended by EPUT staff.",
    shape("COUNT", "up", "QUARTERLY", "LOCAL"),
  ),
  rate(
    "community-group-feedback",
    "Community groups positive about EPUT",
    "community groups positive about how EPUT engages",
    "community groups responding",
    up("ANNUAL", "LOCAL"),
  ),
  m(
    "sdat-score",
    "Sustainable Development Assessment Tool score",
    "Sustainable Development Assessment Tool (SDAT) score, %.",
    shape("PERCENT", "up", "ANNUAL", "LOCAL"),
  ),
  m(
    "local-supply-spend",
    "Spend with local suppliers",
    "Non-pay spend with suppliers based in the areas EPUT serves, £.",
    shape("COUNT", "up", "ANNUAL", "FINANCE"),
  ),
  rate(
    "local-supply-share",
    "Supply chain with local providers",
    "non-pay spend with local suppliers",
    "all non-pay spend",
    up("ANNUAL", "FINANCE"),
  ),
  m(
    "vcse-shared-pathways",
    "Shared pathways and services with VCSE partners",
    "Agreed shared pathways and services that include a voluntary, community or social enterprise partner.",
    shape("COUNT", "up", "QUARTERLY", "PARTNERSHIP_WEB"),
  ),
  m(
    "vcse-support-arrangements",
    "Coaching, mentoring and supervision with VCSE partners",
    "Coaching, mentoring and supervision arrangements in place with VCSE organisations.",
    shape("COUNT", "up", "QUARTERLY", "LOCAL"),
  ),
  rate(
    "vcse-feedback",
    "VCSE partners feeling well supported",
    "VCSE partners saying they feel well supported by EPUT",
    "VCSE partners responding",
    up("ANNUAL", "LOCAL"),
  ),
  rate(
    "staff-distress-awareness",
    "Staff who know how to support someone in distress",
    "staff survey respondents who know the signs of distress and how to access support",
    "staff survey respondents",
    up("ANNUAL", "LOCAL"),
  ),
  rate(
    "suicide-awareness-training",
    "Suicide awareness training",
    "staff who have completed suicide awareness training",
    "staff in post",
    up("QUARTERLY", "ESR"),
    { byCareUnit: true },
  ),
  m(
    "local-suicide-rate",
    "Local suicide rate",
    "Suicides per 100,000 population across Essex, Southend and Thurrock (ONS, three-year rolling).",
    shape("RATIO", "down", "ANNUAL", "NATIONAL_DATASET"),
    { nationalDefinition: "ONS suicide rates, age-standardised per 100,000" },
  ),
];
