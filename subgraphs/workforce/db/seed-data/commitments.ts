import { cite, type Cited } from "../../../kit/cite.js";
import { MSEC, TRUST } from "../../../kit/sources.js";

export type CommitmentKind =
  "KEY_COMMITMENT" | "ROADMAP_MILESTONE" | "CARE_UNIT_COMMITMENT" | "CARE_UNIT_PRIORITY";

export interface SeedCommitment extends Cited {
  id: string;
  objectiveCode: string;
  kind: CommitmentKind;
  /** The plan's own words (line breaks aside). */
  text: string;
  due: string | null;
  dueBy: string | null;
  careUnitId: string | null;
  position: number;
}

type Objective = "SO1" | "SO2" | "SO3" | "SO4";
type ByObjective = Partial<Record<Objective, string[]>>;

/** The last day a plan's date names: a year's 31 December, a financial year's 31 March. */
export function lastDayOf(due: string): string | null {
  const month = /^Mar-(\d\d)$/.exec(due);
  if (month) return `20${month[1]}-03-31`;
  const financialYear = /^(\d{4})\/(\d\d)$/.exec(due);
  if (financialYear) return `20${financialYear[2]}-03-31`;
  if (/^\d{4}$/.test(due)) return `${due}-12-31`;
  return null; // "Mid 2023" names no day.
}

let position = 0;
const record = (
  id: string,
  objectiveCode: string,
  kind: CommitmentKind,
  text: string,
  cited: Cited,
  more: { due?: string; careUnitId?: string } = {},
): SeedCommitment => ({
  id,
  objectiveCode,
  kind,
  text,
  due: more.due ?? null,
  dueBy: more.due ? lastDayOf(more.due) : null,
  careUnitId: more.careUnitId ?? null,
  position: ++position,
  ...cited,
});

const grouped = (
  prefix: string,
  lists: ByObjective,
  kind: CommitmentKind,
  section: (objective: Objective) => Cited,
  careUnitId?: string,
) =>
  (Object.entries(lists) as [Objective, string[]][]).flatMap(([objective, texts]) =>
    texts.map((text, i) =>
      record(
        `${prefix}-${objective.toLowerCase()}-${String(i + 1).padStart(2, "0")}`,
        objective,
        kind,
        text,
        section(objective),
        careUnitId ? { careUnitId } : {},
      ),
    ),
  );

const objectiveNumber = (objective: Objective) => objective.slice(2);

/** The trust plan's "Key commitments" under each strategic objective ("We will: ..."). */
const KEY_COMMITMENTS: ByObjective = {
  SO1: [
    "Reduce unwarranted variation",
    "Reduce average length of stay",
    "Improve outcomes and recovery",
    "Strengthen partnership working to integrate co-ordination across services",
    "Implement a single patient record and an ePMA system",
    "Implement shared care records with our ICSs",
    "Co-design co-production models with service users, families and carers",
    "Implement the Accessible Information Standard (AIS)",
    "Be a psychologically-informed organisation that practices trauma-informed care",
    "Develop “family first” approaches to our services, working with services users, families and carers to upskill people in their own care and the care and support of their loved ones",
    "Support people proactively through life transitions e.g. from children’s to adult services",
    "Ensure that our service improvement approach and delivery plans align with national standards for Learning Disability and Autism",
    "Develop our relationships with our local communities, working together to improve our services and help them to thrive",
    "To implement learning from the Essex Mental Health Independent Inquiry and other reviews into mental health services",
    "Develop a new clinical quality strategy.",
  ],
  SO2: [
    "Improve our staff development offer and extend this to lived experience and volunteer roles",
    "Communicate and engage proactively with our staff",
    "Ensure that staff feel safe to raise concerns",
    "Tackle racism and discrimination against our staff and service users",
    "Develop our people and culture strategy",
    "Support staff to develop through education and research",
    "Increase the range of skills within our teams and enhance multi-disciplinary working",
    "Introduce new roles including more peer support workers and integrated care workers",
    "School and college engagement, including mentoring students",
    "Improve digital literacy of staff and leaders",
    "Implement senior management and director leadership development programmes",
    "Introduce a behaviours toolkit",
    "Develop a joint learning hub",
    "Embrace our role as an anchor institution in local communities and create maximum social value through recruitment, improving aspirations for your people through work experience, internships and apprenticeship opportunities. Strategic Objective 2: We will enable each other to be the best we can be.",
  ],
  SO3: [
    "Be a strong advocate for people who use our services",
    "Grow our lived experience team, developing lived experience roles across all services, and at every level",
    "Expand and strengthen our relationships with our partners to improve integration of services across Southend, Thurrock, and Essex",
    "Work with our academic partners to pursue innovation and research that can improve our services",
    "Continue to work with existing and future partners through provider collaboratives in Mid and South Essex, North East Essex and the East of England",
    "Develop community hubs, bringing services and teams together",
    "Introduce single referral hubs and pathways to improve access to care",
    "Create an environment for shared decision making from ward to board, between lived and learned experience based on mutuality, reciprocity, and equity.",
  ],
  SO4: [
    "Reach Net Zero Carbon status by 2050",
    "Develop a community engagement framework and put it into practice",
    "Improve health outcomes, focus on parity for people with serious mental illness, learning disability or autism",
    "Develop and expand health outreach services, and improve access for marginalised communities",
    "Reduce inequalities in access, experience, and outcomes for racialised and ethnic minority communities, through the implementation of PCREF",
    "Have positive economic impact in our communities",
    "We will utilise national frameworks such as the Equality Delivery System (EDS), Accessible Information Standard (AIS), PCREF, and Patient-Led Assessments of the Care Environment (PLACE), to improve the access, experience, and outcomes for all service users",
    "Deploy our Enable East team to deliver maximum social benefit through grant funded delivery programmes in our local communities.",
  ],
};
/** Each care unit's commitments, as the trust plan's "Care unit strategic plans" summarise them. */
const CARE_UNIT_COMMITMENTS: { careUnitId: string; section: string; lists: ByObjective }[] = [
  {
    careUnitId: "west-essex-community",
    section: "West Essex Community",
    lists: {
      SO1: [
        "We will develop our population health management approaches.",
        "We will improve end-of-life pathways.",
        "We will further develop our integrated neighbourhood teams.",
      ],
      SO2: [
        "We will identify new staffing models and roles.",
        "We will introduce Integrated Care Worker roles.",
        "We will become an employer of choice for our communities.",
      ],
      SO3: [
        "We will work with people with lived experience and our partners to shape our services.",
        "We will develop new ways of working across primary and community care.",
        "We commit to delivering the Out of Hospital model of care.",
      ],
      SO4: [
        "We will support the creation, or access to, community ‘hubs’.",
        "We will increase awareness of EPUT’s services.",
        "We will reduce health inequalities through the Core20Plus5 approach.",
      ],
    },
  },
  {
    careUnitId: "mid-and-south-essex-community",
    section: "Mid and South Essex Community",
    lists: {
      SO1: [
        "We will deliver the National Community Mental Health Framework Agreement.",
        "We will support early intervention and prevention.",
        "We will expand our virtual wards offer.",
      ],
      SO2: [
        "We will expand rotational posts.",
        "We will embed a robust supervision model for staff.",
        "We will support the further development of unregistered roles.",
      ],
      SO3: [
        "We will work to develop effective transfer of care hubs.",
        "We will support a diverse approach to partnership working.",
        "We will support the roll-out of open dialogue training.",
      ],
      SO4: [
        "We will support ‘grow our own’ workforce initiatives.",
        "We will continue to focus on reducing health inequalities.",
        "We will partner with service users, families and carers in service improvement.",
      ],
    },
  },
  {
    careUnitId: "north-east-essex-community",
    section: "North East Essex Community",
    lists: {
      SO1: [
        "We will work with our partners to develop our integrated neighbourhood teams.",
        "We will deliver trauma informed care for service users and staff.",
        "We will work with our partners to provide excellent children’s learning disability services.",
      ],
      SO2: [
        "We will develop a place-based approach to recruitment linking with our communities.",
        "We will embed a restorative supervision approach to support staff wellbeing.",
        "We will enhance our multidisciplinary team working across services.",
      ],
      SO3: [
        "We will introduce lived experience roles to ensure coproduction in our services.",
        "We will provide learning and support to our systems partners.",
        "We will train our team in the ABCD approach to strength- based practice.",
      ],
      SO4: [
        "We will work with our partners to identify and address inequalities across our neighbourhoods.",
        "We will continue to focus on suicide prevention.",
        "We will offer work and development opportunities to our local population.",
      ],
    },
  },
  {
    careUnitId: "urgent-care-and-inpatient-services",
    section: "Urgent Care and Inpatients",
    lists: {
      SO1: [
        "Develop and implement clear clinical pathways within our services.",
        "Further develop place-based alternatives to admissions.",
        "Implement family and social network-based approaches.",
      ],
      SO2: [
        "Release Time to Care and develop our managers.",
        "Introduce peer support workers on every ward.",
        "Promote a caring, learning and empowering culture.",
      ],
      SO3: [
        "Build a new partnership with service users, families and supporters.",
        "Drive transformation of urgent and acute mental health services.",
        "Develop shared education and learning modules.",
      ],
      SO4: [
        "Improve health outcomes for people with serious mental illness.",
        "Improve equity of access, experience and outcomes.",
        "Provide good quality work opportunities for our communities.",
      ],
    },
  },
  {
    careUnitId: "specialist-services",
    section: "Specialist Services",
    lists: {
      SO1: [
        "We will improve our learning from incidents and complaints.",
        "We will work with partners to improve repatriation pathways.",
        "We will reduce restrictive practice.",
      ],
      SO2: [
        "We will develop a tailored staff development offer.",
        "We will embed trauma informed care across services.",
        "We will create new and innovative roles to support our ambitions.",
      ],
      SO3: [
        "We will improve family and carer experience through proactive engagement and co-production.",
        "We will work with our partners to reduce readmission.",
        "We will look for opportunities to strengthen our partnerships.",
      ],
      SO4: [
        "We will focus on activity and physical health for our service users.",
        "We will improve sharing of best practice and learning across care units.",
        "We will develop family-led decision-making approaches.",
      ],
    },
  },
];

/** The roadmap in "Delivering our plan": objective, milestone, date as the plan gives it. */
const ROADMAP: [Objective, string, string][] = [
  ["SO1", "Open Mental Health Urgent Care Department in Basildon", "Mar-23"],
  ["SO3", "Agree North East Essex Integrated Care Collaborative", "2023"],
  ["SO2", "New inpatient staffing model", "Mid 2023"],
  ["SO4", "Early implementer of Patient and Carer Race Equality Framework", "2023"],
  ["SO2", "Implement behaviours toolkit", "2023"],
  ["SO1", "Develop Clinical Quality Strategy", "2023"],
  ["SO2", "Pilot new peer support worker roles on our inpatient wards", "2023"],
  ["SO3", "Co-develop our model for co-production with service users", "2023/24"],
  ["SO3", "Develop Southend, Essex and Thurrock collaboration", "2023/24"],
  ["SO1", "New Emotionally Unstable Personality Disorder pathway", "2023/24"],
  ["SO1", "West Essex Care Coordination Centre fully implemented", "2023/24"],
  ["SO2", "Introduce Integrated Care Worker roles", "2024"],
  ["SO1", "Family Group Conferencing expanded across our services", "2024"],
  ["SO2", "Increased trainee- and apprenticeships available", "2024/25"],
  ["SO1", "Implement single Electronic Patient Record", "2025"],
  ["SO4", "Community pop-up and hub models support local access", "2025"],
  ["SO4", "Zero waste sent to landfill", "2025"],
  ["SO1", "More specialist services available in neighbourhoods", "2025"],
  ["SO1", "Service User Portal available", "2026"],
  ["SO2", "Set up a health academy", "2027/28"],
  ["SO1", "Clear clinical pathways for all major mental health conditions", "2028"],
  ["SO3", "Lived experience leadership embedded across EPUT", "2028"],
];

/** The Mid and South Essex Community care unit plan's "Our key priorities" under each objective. */
const MSEC_PRIORITIES: ByObjective = {
  SO1: [
    "Bringing together strengths across the three providers and sharing learning to improve quality across the collaborative.",
    "Deliver the National Community Mental Health Framework Agreement with partners including Voluntary (Healthwatch and CVS) Housing Local Authority, Integrated Care Board, community and independent providers, Mind, Rethink and Trust links.",
    "Integrated neighbourhood teams will support in-reach of specialists and support early intervention and prevention with PCNs and primary care.",
    "Improve engagement with patients, carers, and families in discussions about the patient's care as standard practice through training, raising awareness and time allocation.",
    "Eradicating long waits for service users at the Lighthouse Children's Centre by focusing on ongoing recruitment using the recently received funding to support the clearing of the backlog.",
    "Create a mechanism to inform service users about waiting times before appointments and deliver early advice, information, and signposting to service users as they wait to hear about appointments and how they can best prepare for their eventual appointment.",
    "Expansion of virtual wards and consider wider roll-out also including mental health.",
  ],
  SO2: [
    "Continue and consider expansion with rotational posts within Mid and South Essex and across care units to both attract staff and develop experience expanding across professions and bandings.",
    "Robust supervision and all staff to take part in the Pen Plan appraisals.",
    "Streamline policies and procedures; improve mechanisms for staff to feedback on them.",
    "Support the development of more flexible unregistered roles and competency framework for the modular development of skills for integrated care.",
    "Ensure an open supportive culture for staff, enabling a resilient and compassionate workforce through robust supervision by people in leadership positions, Mid and South Essex will support the Trust Strategy around cultural priorities.",
    "Making staff aware of the mechanisms of support available to them.",
    "Developing express working with the people and culture team and developing managers to support and lead happy and high-performing teams.",
    "Creating an inclusive culture of calling out poor behaviours, bullying, discrimination, and the freedom to speak up.",
    "Facilitation of joint working in collaboration (Human Learning System).",
  ],
  SO3: [
    "Work with our place to develop effective transfer of care hubs - (TOCH) will be in each locality, a national requirement which will assess patients for discharge and refer them to the best out-of-hospital setting and support package.",
    "Agree on a common endeavour with local providers and partners to build collaborative structures at place.",
    "Working with our internal partners across EPUT.",
    "Endeavour to create a culture of open communication with colleagues across the health and care system.",
    "Explore the application of Time to Care across community services to reduce the bureaucratic burden to release time for staff to care for their patients.",
    "Support a diverse approach to partnership working with local authority/Integrated Care System/social care and voluntary organisations.",
    "Working closely with our Alliance colleagues and supporting the development of the PCN strategies – Mid has appointed 3 neighbourhood programme managers via Essex County Council/Provide/Alliance to deliver the neighbourhood integration. Mental health will be included in this.",
    "Exploring joint posts with the voluntary sector e.g. Trust Links in South East.",
    "Continue the community collaborative work around levelling up across Mid and South Essex in community adult and children's services.",
    "Support the roll-out of open dialogue training as funded by the Health Inequalities Fund, which aligns with the already agreed principles of Human Learning Systems.",
  ],
  SO4: [
    "'Grow our own workforce' initiatives including school/college engagement, work experience and apprenticeship offers.",
    "Continued focus on levelling up and reducing health inequalities across Mid and South Essex, we will engage a variety of initiatives and support identified by place.",
    "Support staff to thrive through a staff well-being offer, that includes practical and emotional support and financial well-being.",
    "With partners, focus on suicide prevention, including developing awareness and skills outside of mental health services.",
    "Actively involving carers and families in conversations about services and hearing their voices.",
    "Making Mental Health services more accessible by offering them from an increased number of locations so people don't have to travel to a particular place.",
  ],
};

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

export const COMMITMENTS: SeedCommitment[] = [
  ...grouped("trust", KEY_COMMITMENTS, "KEY_COMMITMENT", (objective) =>
    cite(TRUST, `Strategic objective ${objectiveNumber(objective)}: Key commitments`),
  ),
  ...CARE_UNIT_COMMITMENTS.flatMap(({ careUnitId, section, lists }) =>
    grouped(
      careUnitId,
      lists,
      "CARE_UNIT_COMMITMENT",
      () => cite(TRUST, `Care unit strategic plans: ${section}`),
      careUnitId,
    ),
  ),
  ...ROADMAP.map(([objective, text, due]) =>
    record(
      `roadmap-${slug(text)}`,
      objective,
      "ROADMAP_MILESTONE",
      text,
      cite(
        TRUST,
        "Delivering our plan: Roadmap",
        due === "Mid 2023"
          ? "The plan gives no day for 'Mid 2023', so none is recorded."
          : undefined,
      ),
      { due },
    ),
  ),
  ...grouped(
    "msec",
    MSEC_PRIORITIES,
    "CARE_UNIT_PRIORITY",
    (objective) =>
      cite(MSEC, `Strategic objective ${objectiveNumber(objective)}: Our key priorities`),
    "mid-and-south-essex-community",
  ),
];

/** The shared pathways (the pathways subgraph's ids) a commitment is about, where it names one. */
export const COMMITMENT_PATHWAYS: Record<string, string[]> = {
  "roadmap-open-mental-health-urgent-care-department-in-basildon": [
    "basildon-mental-health-urgent-care-department",
  ],
  "roadmap-new-emotionally-unstable-personality-disorder-pathway": [
    "emotionally-unstable-personality-disorder",
  ],
  "roadmap-west-essex-care-coordination-centre-fully-implemented": [
    "west-essex-care-coordination-centre",
  ],
  "roadmap-family-group-conferencing-expanded-across-our-services": [
    "essex-family-group-conferencing",
  ],
  "trust-so1-11": ["children-to-adult-transitions"],
  "trust-so3-07": ["specialist-services-single-referral-hubs"],
  "mid-and-south-essex-community-so1-01": ["mse-community-mental-health-framework"],
  "mid-and-south-essex-community-so3-01": ["mse-transfer-of-care-hubs"],
  "msec-so1-02": ["mse-community-mental-health-framework"],
  "msec-so3-01": ["mse-transfer-of-care-hubs"],
};
