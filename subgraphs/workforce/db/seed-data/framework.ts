import { cite, type Cited } from "../../../kit/cite.js";
import { MSEC, TRUST } from "../../../kit/sources.js";
/**
 * The strategy's success measures, exactly as the source tables give them: the trust plan's four
 * "Success measures" tables (objective → outcome → sub-outcome → measure lines), and the Mid and
 * South Essex Community care unit plan's four "How will we measure success?" lists. Each line names
 * the measure(s) that count it (see measures.ts).
 */
export type SeedLine = readonly [text: string, measureCodes: readonly string[]];

export interface SeedSubOutcome {
  text: string;
  lines: readonly SeedLine[];
}

export interface SeedOutcome {
  text: string;
  /** How the table was read, where its layout leaves room for doubt. */
  note?: string;
  subOutcomes: readonly SeedSubOutcome[];
}

export interface SeedObjectiveTable {
  objective: "SO1" | "SO2" | "SO3" | "SO4";
  section: string;
  outcomes: readonly SeedOutcome[];
}

export const OBJECTIVES = [
  { code: "SO1", title: "We will deliver safe, high quality, integrated care services" },
  { code: "SO2", title: "We will enable each other to be the best we can be" },
  { code: "SO3", title: "We will work together with our partners to make our services better" },
  { code: "SO4", title: "We will help our communities to thrive" },
] as const;

const sub = (text: string, ...lines: SeedLine[]): SeedSubOutcome => ({ text, lines });
const line = (text: string, ...codes: string[]): SeedLine => [text, codes];

const WRES_CODES = Array.from({ length: 9 }, (_, i) => `wres-${i + 1}`);
const WDES_CODES = Array.from({ length: 10 }, (_, i) => `wdes-${i + 1}`);

export const TRUST_FRAMEWORK: readonly SeedObjectiveTable[] = [
  {
    objective: "SO1",
    section:
      "Success measures: Strategic Objective 1: We will deliver safe, high-quality integrated care",
    outcomes: [
      {
        text: "Our services are safe and of high quality.",
        subOutcomes: [
          sub(
            "People feel safe in EPUT’s care.",
            line("Patient-reported Experience Measures (PREMs).", "prem-felt-safe"),
            line("Patient survey.", "community-mental-health-survey"),
          ),
          sub(
            "Staff feel safe at work.",
            line("Staff survey (health and safety domain).", "staff-survey-safe-and-healthy"),
            line("Pulse surveys.", "pulse-survey-engagement"),
          ),
          sub(
            "All service users have high-quality care and safety plans.",
            line("100% patients have safety plans.", "safety-plans"),
            line(
              "Reasonable adjustments in place for those with Learning Disability or autistic people.",
              "reasonable-adjustments",
            ),
          ),
          sub(
            "Reduction in serious incidents and instances of harm.",
            line("Number of serious incidents reported.", "serious-incidents"),
            line(
              "Number of incidents involving self – or other preventable harm.",
              "harm-incidents",
            ),
          ),
        ],
      },
      {
        text: "People have good access to our services.",
        subOutcomes: [
          sub(
            "Reduction in waiting list and waiting times.",
            line("Number of people on waiting list.", "waiting-list"),
            line("Achievement against waiting time targets.", "waiting-time-standards"),
          ),
          sub(
            "Our services have the capacity to meet the demand of our population.",
            line("Average length of inpatient stay.", "average-length-of-stay"),
            line("Average number of patients on caseload.", "average-caseload"),
            line("Number of inappropriate out of area placements.", "out-of-area-placements"),
          ),
          sub(
            "People are able to access our services when they have an urgent need.",
            line("Performance against urgent care access targets.", "urgent-care-access"),
            line(
              "Number of admissions via Emergency Departments, ambulance, police.",
              "admissions-via-ed-ambulance-police",
            ),
          ),
        ],
      },
      {
        text: "People have a positive experience of our services.",
        subOutcomes: [
          sub(
            "People have a positive experience of using EPUT’s services.",
            line("PREMS.", "prem-positive-experience"),
            line("Patient survey.", "community-mental-health-survey"),
          ),
          sub(
            "Service users, families and carers are involved in their own care.",
            line(
              "100% inpatients have been involved in completing their care and safety plans.",
              "care-plan-involvement",
            ),
            line("Care plans include user-defined goals.", "user-defined-goals"),
          ),
        ],
      },
      {
        text: "People have good outcomes from care and recover from ill health.",
        subOutcomes: [
          sub(
            "Improved outcomes from care.",
            line(
              "Clinical outcome measures, e.g., Health of the National Outcome Scales (HoNOS) and Patient-reported Outcome Measures (PROMs), segmented for underserved groups or those for whom outcomes are known to be less favourable.",
              "honos-improvement",
              "prom-improvement",
            ),
          ),
          sub(
            "People successfully recover from ill health.",
            line("Attainment of user-defined goals (goal attainment scale).", "goal-attainment"),
          ),
          sub(
            "Our care provides a therapeutic benefit.",
            line(
              "Crisis / admission rates from community caseload.",
              "crisis-rate-community-caseload",
              "admission-rate-community-caseload",
            ),
            line(
              "Purposeful admission (clear purpose recorded for each admission).",
              "purposeful-admission",
            ),
          ),
        ],
      },
      {
        text: "Our services are integrated.",
        subOutcomes: [
          sub(
            "People accessing EPUT’s services feel that their care is joined up.",
            line("PREMs.", "prem-positive-experience"),
          ),
          sub(
            "Clinical pathways are integrated across the organisation and with partners.",
            line(
              "Number and range of shared pathways agreed with partners.",
              "shared-pathways",
              "pathway-sectors-covered",
            ),
          ),
        ],
      },
    ],
  },
  {
    objective: "SO2",
    section:
      "Success measures: Strategic Objective 2: We will enable each other to be the best we can be",
    outcomes: [
      {
        text: "We are an employer of choice.",
        subOutcomes: [
          sub(
            "More people are attracted to work for EPUT on a substantive basis.",
            line(
              "Number of successful appointments per recruitment campaign.",
              "appointments-per-campaign",
            ),
            line("Vacancy rate.", "vacancy-rate"),
            line("% substantive staffing across services.", "substantive-staffing"),
          ),
          sub(
            "EPUT is an inclusive employer that is committed to tackling racism and discrimination.",
            line("Workforce Race Equality Standard (WRES) indicators.", ...WRES_CODES),
            line("Workforce Disability Equality Standard (WDES) indicators.", ...WDES_CODES),
          ),
          sub(
            "More people choose to stay working for EPUT.",
            line("Retention rate.", "stability-index", "leaver-rate"),
            line(
              "Number of students, apprentices, work experience placements and volunteers taking substantive roles at EPUT.",
              "learners-into-substantive-roles",
            ),
          ),
        ],
      },
      {
        text: "We have an appropriate range of skills and experience in our multi-disciplinary teams.",
        subOutcomes: [
          sub(
            "Our services are staffed in line with agreed staffing models.",
            line(
              "Shift fill demonstrates fidelity to staffing models *subject to agreement of staffing models.",
              "shift-fill-fidelity",
            ),
          ),
          sub(
            "Our MDTs include lived experience roles.",
            line(
              "Number of peer support workers, and other lived experience roles across EPUT.",
              "lived-experience-roles",
            ),
            line(
              "Number of peer support workers with lived experience of Learning Disability or Autism.",
              "peer-support-workers-ld-autism",
            ),
          ),
        ],
      },
      {
        text: "Our workforce is able to access high-quality development.",
        note: "The table lists 'Range and uptake of training and development opportunities.' beside the first sub-outcome and no measure beside 'Volunteers and lived experience roles have access to development.'; it is recorded against the first only, and the second has no measure line.",
        subOutcomes: [
          sub(
            "Our workforce is able to access a range of development opportunities.",
            line(
              "Range and uptake of training and development opportunities.",
              "development-programmes-offered",
              "training-uptake",
            ),
          ),
          sub("Volunteers and lived experience roles have access to development."),
          sub(
            "Our development programmes support our workforce to grow and progress to more senior roles.",
            line(
              "Reported satisfaction with development programmes (post programme surveys).",
              "development-satisfaction",
            ),
            line("Retention of talented staff members (Pen Plan).", "talent-retention"),
            line(
              "Number of staff achieving internal promotion, when available.",
              "internal-promotions",
            ),
          ),
        ],
      },
      {
        text: "We are supporting more people into health and care careers.",
        subOutcomes: [
          sub(
            "Local people have a range of opportunities to enter and develop key skills for health and care roles.",
            line("% of workforce employed from local communities.", "local-workforce"),
            line(
              "Number of local people successfully completing trainee- and apprenticeships at EPUT.",
              "local-trainee-apprentice-completions",
            ),
            line("% BAME staff in roles >Band 7.", "bme-band-8a-plus"),
          ),
          sub(
            "More local young people are aware of work opportunities in health and care.",
            line(
              "Number and range of school and college engagement programmes held.",
              "school-college-programmes",
            ),
          ),
          sub(
            "More unregistered staff are supported to qualify for a registered health or care role.",
            line(
              "Number of clinical apprenticeships offered and successfully completed.",
              "clinical-apprenticeships-offered",
              "clinical-apprenticeships-completed",
              "apprenticeship-starts",
            ),
          ),
        ],
      },
      {
        text: "Our staff healthy and happy at work.",
        subOutcomes: [
          sub(
            "Our workforce feels that our culture reflects our values.",
            line("NHS Staff Survey.", "staff-engagement"),
          ),
          sub(
            "Our workforce has a positive experience of working for EPUT.",
            line("NHS Staff Survey.", "staff-engagement"),
            line("Pulse surveys.", "pulse-survey-engagement"),
            line(
              "Incidence of poor staff experience, e.g., harassment, discrimination.",
              "poor-staff-experience",
            ),
          ),
          sub(
            "Our workforce is healthy.",
            line("Sickness rates.", "sickness-absence-rate"),
            line("Uptake of wellbeing offers.", "wellbeing-offer-uptake"),
          ),
        ],
      },
    ],
  },
  {
    objective: "SO3",
    section:
      "Success measures: Strategic Objective 3: We will work together with our partners to make our services better",
    outcomes: [
      {
        text: "We are working effectively with our partners and are providing system leadership.",
        note: "'Our partnership arrangements are effective.' and 'We are able to influence effectively.' stand on two lines beside one measure; they are read as one sub-outcome.",
        subOutcomes: [
          sub(
            "We are perceived to be a good partner, and our partners have confidence in our services.",
            line("Stakeholder feedback survey.", "stakeholder-feedback"),
            line("Contracts awarded or extended.", "contracts-awarded-extended"),
          ),
          sub(
            "Our partnership arrangements are effective. We are able to influence effectively.",
            line(
              "Achievement of shared performance and outcome targets.",
              "shared-targets-achieved",
            ),
          ),
          sub(
            "We hold a range of formal system leadership roles.",
            line("Number and range of roles held.", "system-leadership-roles"),
          ),
          sub(
            "We have agreed shared models and pathways of care with a range of partners.",
            line(
              "Number/range of pathways by sector, e.g., health, social care, housing, voluntary and community sector (VCS).",
              "shared-pathways",
              "pathway-sectors-covered",
            ),
          ),
        ],
      },
      {
        text: "We are working with lived experience partners to co-design and deliver our services.",
        subOutcomes: [
          sub(
            "Lived experience roles are embedded across all care units, and at all levels of the organisation.",
            line(
              "Number and range of lived experience roles.",
              "lived-experience-roles",
              "lived-experience-role-kinds",
            ),
          ),
          sub(
            "Services are designed and delivered through co-production with lived experience.",
            line("Co-production model agreed.", "coproduction-model-agreed"),
            line(
              "Annual review of impact (Patient Experience annual review).",
              "patient-experience-annual-review",
            ),
            line("Lived experience anecdotal and survey feedback.", "lived-experience-feedback"),
          ),
        ],
      },
    ],
  },
  {
    objective: "SO4",
    section: "Success measures: Strategic Objective 4: We will help our communities to thrive",
    outcomes: [
      {
        text: "People have equal access to, experience of and outcomes from care.",
        subOutcomes: [
          sub(
            "More people from underserved communities are able to access EPUT services.",
            line("Uptake of all services from underserved communities.", "underserved-uptake"),
            line("Numbers supported through outreach services.", "outreach-supported"),
          ),
          sub(
            "Fewer people from racialised and ethnic minority communities experience restrictive practices.",
            line(
              "Rates of restraint, seclusion and detention among Black, Asian and Minority Ethnic (BAME) communities.",
              "restrictive-practice-bame",
            ),
          ),
          sub(
            "There is no difference in experience of EPUT's care across population groups.",
            line("PREMS.", "prem-positive-experience"),
            line("Patient survey.", "community-mental-health-survey"),
          ),
          sub(
            "There is no difference in outcomes from EPUT's care across population groups.",
            line("Clinical outcome measures.", "honos-improvement"),
            line("PROMS.", "prom-improvement"),
            line("Goal Attainment Scores.", "goal-attainment"),
          ),
        ],
      },
      {
        text: "People with serious mental illness, people with a learning disability or autism have better health.",
        subOutcomes: [
          sub(
            "More people with serious mental illness, people with a learning disability or autism access preventative services.",
            line("Health check uptake.", "smi-health-checks"),
            line("Vaccination uptake.", "vaccination-uptake"),
            line("Smoking cessation.", "smoking-cessation"),
          ),
          sub(
            "People with serious mental illness, people with a learning disability and people with autism have improved health outcomes.",
            line("Clinical outcome measures.", "honos-improvement"),
            line("PROMS.", "prom-improvement"),
            line("Goal Attainment Scores.", "goal-attainment"),
          ),
        ],
      },
      {
        text: "Our communities feel that EPUT understands what matters to them and supports them with actions.",
        note: "Two sub-outcomes stand beside one list of three measures; every measure is recorded against both.",
        subOutcomes: [
          sub(
            "EPUT proactively engages with community groups on their own terms.",
            line("Number of community meetings attended by EPUT staff.", "community-meetings"),
            line("Feedback from local community groups.", "community-group-feedback"),
            line("Stakeholder feedback survey.", "stakeholder-feedback"),
          ),
          sub(
            "EPUT is an active and responsive partners in local place based alliances where we provide services.",
            line("Number of community meetings attended by EPUT staff.", "community-meetings"),
            line("Feedback from local community groups.", "community-group-feedback"),
            line("Stakeholder feedback survey.", "stakeholder-feedback"),
          ),
        ],
      },
      {
        text: "We will deliver greener and more sustainable services.",
        subOutcomes: [
          sub(
            "EPUT will aspire to reach Net Zero Carbon status by 2050.",
            line(
              "Sustainable Development Assessment Tool. (SDAT) score of 50% by 2025.",
              "sdat-score",
            ),
          ),
        ],
      },
      {
        text: "We have a positive economic impact in our community.",
        subOutcomes: [
          sub(
            "Local people have a range of opportunities to enter health and care roles and develop their skills and knowledge.",
            line("% of workforce employed from local communities.", "local-workforce"),
            line(
              "Number and range of trainee- and apprenticeships offered and successfully completed by local people.",
              "apprenticeships-offered",
              "local-trainee-apprentice-completions",
            ),
          ),
          sub(
            "More services and products are supplied by local businesses.",
            line(
              "Value and % of supply chain with local providers.",
              "local-supply-spend",
              "local-supply-share",
            ),
          ),
        ],
      },
      {
        text: "We are effectively supporting our VCSE partners.",
        subOutcomes: [
          sub(
            "We have agreed shared models and service arrangements with a range of VCSE partners.",
            line("Number and range of shared pathways and services.", "vcse-shared-pathways"),
            line(
              "Number of coaching/mentoring/supervision arrangements in place with VCSE.",
              "vcse-support-arrangements",
            ),
          ),
          sub(
            "Our VCSE partners feel well supported by EPUT.",
            line("Stakeholder feedback.", "vcse-feedback"),
          ),
        ],
      },
      {
        text: "People in our communities are at decreased risk of death by suicide.",
        subOutcomes: [
          sub(
            "Our staff and partners are aware of signs of distress and suicidal behaviour and know how to access support.",
            line("Staff survey.", "staff-distress-awareness"),
            line(
              "Uptake and evaluation of suicide awareness training.",
              "suicide-awareness-training",
            ),
          ),
          sub(
            "Fewer people in our communities die by suicide.",
            line("Local suicide rates.", "local-suicide-rate"),
          ),
        ],
      },
    ],
  },
];

const MSEC_NOTE =
  "The care unit plan lists measures under each objective without outcomes: the list is kept as one outcome with one sub-outcome.";

/** The Mid and South Essex Community care unit plan's "How will we measure success?" lists. */
export const CARE_UNIT_FRAMEWORK: readonly (SeedObjectiveTable & { careUnitId: string })[] = [
  {
    careUnitId: "mid-and-south-essex-community",
    objective: "SO1",
    section: "Strategic objective 1: How will we measure success?",
    outcomes: [
      {
        text: "We will deliver safe, high quality integrated services.",
        note: MSEC_NOTE,
        subOutcomes: [
          sub(
            "How will we measure success?",
            line("Recovery / Goal attainment score.", "goal-attainment"),
            line("Reduced crisis in community caseload.", "crisis-rate-community-caseload"),
            line(
              "Reduced admissions/readmissions in community caseload.",
              "admission-rate-community-caseload",
              "readmissions-30-days",
            ),
            line(
              "% Cases with high-quality care plans completed with user involvement.",
              "care-plan-involvement",
            ),
            line("User, carer, and family experience.", "prem-positive-experience"),
            line("Users and families feel safe in EPUT's care.", "prem-felt-safe"),
            line(
              "Reduction in serious incidents and self-harm.",
              "serious-incidents",
              "harm-incidents",
            ),
            line("Staff survey – health and safety.", "staff-survey-safe-and-healthy"),
          ),
        ],
      },
    ],
  },
  {
    careUnitId: "mid-and-south-essex-community",
    objective: "SO2",
    section: "Strategic objective 2: How will we measure success?",
    outcomes: [
      {
        text: "We will enable each other to be the best we can be.",
        note: MSEC_NOTE,
        subOutcomes: [
          sub(
            "How will we measure success?",
            line("Reduced vacancy rate.", "vacancy-rate"),
            line("Improved retention.", "stability-index", "leaver-rate"),
            line("Increased recruitment from the local community.", "local-recruitment"),
            line(
              "Increased uptake of, and satisfaction with, training and development.",
              "training-uptake",
              "development-satisfaction",
            ),
            line("Staff experience.", "staff-engagement"),
            line("NHS Staff Survey – staff engagement theme.", "staff-engagement"),
          ),
        ],
      },
    ],
  },
  {
    careUnitId: "mid-and-south-essex-community",
    objective: "SO3",
    section: "Strategic objective 3: How will we measure success?",
    outcomes: [
      {
        text: "We will work with our partners to make our services better.",
        note: MSEC_NOTE,
        subOutcomes: [
          sub(
            "How will we measure success?",
            line("Creation of care hubs.", "care-hubs-created"),
            line("Agree common endeavours with partners.", "common-endeavours-agreed"),
            line("Develop further partnerships within the system.", "new-partnerships"),
            line("Supporting PCN strategies.", "pcn-strategies-supported"),
            line("Creation of joint posts with the voluntary sector.", "vcse-joint-posts"),
            line("Deliver on the levelling up plan.", "levelling-up-actions"),
          ),
        ],
      },
    ],
  },
  {
    careUnitId: "mid-and-south-essex-community",
    objective: "SO4",
    section: "Strategic objective 4: How will we measure success?",
    outcomes: [
      {
        text: "We will help our communities to thrive.",
        note: MSEC_NOTE,
        subOutcomes: [
          sub(
            "How will we measure success?",
            line("% Staff recruited from local communities.", "local-recruitment"),
            line(
              "Apprenticeships offered, utilisation of apprenticeship levy.",
              "apprenticeships-offered",
              "apprenticeship-levy-utilisation",
            ),
            line(
              "Improved staff survey result – health and safety domain.",
              "staff-survey-safe-and-healthy",
            ),
            line(
              "Staff satisfaction with development and health and wellbeing offers – duplicated above.",
              "development-satisfaction",
              "wellbeing-offer-uptake",
            ),
            line("Improved suicide awareness.", "suicide-awareness-training"),
          ),
        ],
      },
    ],
  },
];

/**
 * Where a measure is cited from: the first success-measures table that lists it, the trust plan's
 * before the care unit plan's. A measure only the care unit plan lists cites that plan.
 */
export function measureCitation(code: string): Cited {
  for (const [tables, document] of [
    [TRUST_FRAMEWORK, TRUST],
    [CARE_UNIT_FRAMEWORK, MSEC],
  ] as const) {
    const table = tables.find((t) =>
      t.outcomes.some((o) =>
        o.subOutcomes.some((s) => s.lines.some(([, codes]) => codes.includes(code))),
      ),
    );
    if (table) return cite(document, table.section);
  }
  throw new Error(`measure ${code} is in no success-measures table`);
}
