import { cite, type Cited } from "../../../kit/cite.js";
import { MSEC, TRUST } from "../../../kit/sources.js";
import type {
  ContactMethod,
  ParticipantRole,
  PathwayStatus,
  ReferralRouteKind,
  Sector,
  StepKind,
} from "../../pathway/pathway-enums.js";

export interface SeedParticipant {
  partnerId: string;
  role: ParticipantRole;
  contribution?: string;
  /** The plan's words for the partner's part, where its name is not them. */
  quote?: string;
  /** Where the partner's part is read by inference rather than stated. */
  inference?: string;
}

export interface SeedPathway extends Cited {
  id: string;
  name: string;
  purpose: string;
  population?: { ageMin?: number; ageMax?: number; conditions?: string; eligibility?: string };
  sectors: Sector[];
  leadCareUnitId?: string;
  placeIds: string[];
  agreementId?: string;
  status: PathwayStatus;
  agreedOn?: string;
  liveFrom?: string;
  participants: SeedParticipant[];
  steps?: {
    kind: StepKind;
    description: string;
    responsiblePartnerId?: string;
    targetWaitDays?: number;
    targetWaitNote?: string;
  }[];
  referralRoutes?: {
    kind: ReferralRouteKind;
    description: string;
    criteria?: string;
    contact?: { method: ContactMethod; value: string; hours?: string };
  }[];
}

const MSE_PLACES = ["mid-essex", "basildon-and-brentwood", "thurrock", "south-east-essex"];

const PLANNED =
  "The plan states this as a commitment, so it is recorded as PROPOSED: the source does not say partners have agreed it.";

/**
 * Every shared pathway, hub and single point of access the two seed documents describe. Steps,
 * waits and contacts are recorded only where the source gives them; none is invented.
 */
export const PATHWAYS: SeedPathway[] = [
  {
    id: "thurrock-first",
    name: "Thurrock First",
    purpose:
      "First point of contact and single point of access for people needing onward referral, information, advice and support with their health, mental health and adult social care needs.",
    population: {
      conditions: "Health, mental health and adult social care needs",
      eligibility: "People in Thurrock needing onward referral, information, advice or support.",
    },
    sectors: ["HEALTH", "SOCIAL_CARE"],
    leadCareUnitId: "mid-and-south-essex-community",
    placeIds: ["thurrock"],
    status: "LIVE",
    participants: [
      {
        partnerId: "thurrock-council",
        quote:
          "Thurrock First Advisors also undertake assessments and reviews for adult social care",
        role: "LEAD",
        contribution:
          "Adult social care assessments and reviews under the Care Act 2014, by Thurrock First Advisors.",
        inference:
          "The source says Thurrock First Advisors deliver adult social care responsibilities under the Care Act 2014, which are the council's; it does not name the operator.",
      },
      {
        partnerId: "eput",
        role: "PROVIDER",
        contribution: "Community health and mental health teams that take referrals on.",
        inference:
          "Described in EPUT's care unit plan as the route into its community and mental health teams.",
      },
    ],
    steps: [
      {
        kind: "REFERRAL",
        description:
          "First point of contact: information, advice and support, and onward referral where needed.",
      },
      {
        kind: "ASSESSMENT",
        description:
          "Thurrock First Advisors undertake assessments and reviews for adult social care.",
        responsiblePartnerId: "thurrock-council",
      },
      {
        kind: "TRANSFER_OF_CARE",
        description:
          "Referrals for community health and mental health support are sent to the correct teams and services.",
        responsiblePartnerId: "eput",
      },
    ],
    referralRoutes: [
      {
        kind: "SINGLE_POINT_OF_ACCESS",
        description: "Thurrock First is the single point of access.",
        criteria:
          "Anyone needing health, mental health or adult social care support in Thurrock; time-critical referrals (for example people receiving end-of-life care) need immediate action.",
      },
    ],
    ...cite(
      MSEC,
      "Strategic objective 1: We will deliver safe, high quality integrated services (Thurrock First)",
    ),
  },
  {
    id: "thurrock-primary-care-mental-health",
    name: "Primary Care Mental Health service, Thurrock",
    purpose:
      "Assessment and treatment in primary care for people referred with mental health needs, integrated within the primary care networks, with a holistic review that includes physical wellbeing.",
    population: {
      conditions: "Mental health needs",
      eligibility: "People registered with Thurrock GP practices who have been referred.",
    },
    sectors: ["HEALTH", "SOCIAL_CARE", "VOLUNTARY_AND_COMMUNITY"],
    leadCareUnitId: "mid-and-south-essex-community",
    placeIds: ["thurrock"],
    status: "LIVE",
    participants: [
      {
        partnerId: "eput",
        role: "LEAD",
        contribution:
          "Runs the service within the primary care networks, working closely with GPs.",
      },
    ],
    steps: [
      { kind: "REFERRAL", description: "Referral to the service." },
      {
        kind: "ASSESSMENT",
        description: "Prompt assessment and a rapid consultation.",
        responsiblePartnerId: "eput",
        targetWaitDays: 3,
        targetWaitNote:
          "Assessment between one and three days (reported as achieved, not as a formal target).",
      },
      {
        kind: "INTERVENTION",
        description:
          "Treatment and follow-up where needed, with a holistic review including physical wellbeing.",
        responsiblePartnerId: "eput",
      },
      {
        kind: "TRANSFER_OF_CARE",
        description:
          "Transfer of care or additional support through health, social care and VCSE services aligned with the service.",
      },
    ],
    referralRoutes: [
      {
        kind: "PROFESSIONAL_REFERRAL",
        description: "Referral from GP practices in the primary care networks.",
        criteria: "People with mental health needs seen in primary care.",
      },
    ],
    ...cite(
      MSEC,
      "Strategic objective 3: We will work with our partners to make our services better (Primary Care Mental Health service)",
      {
        quote:
          "In the Thurrock locality, EPUT has fully established a Primary Care Mental Health service",
        note: "The GP practices, primary care networks and VCSE services involved are not named, so they are not recorded as participants. The GP referral route is inferred from the service being integrated within the PCNs.",
      },
    ),
  },
  {
    id: "mse-community-mental-health-framework",
    name: "Community Mental Health Framework, Mid and South Essex",
    purpose:
      "Integrated primary and community mental health care delivered with partners under the National Community Mental Health Framework, with integrated neighbourhood teams supporting early intervention and prevention with the primary care networks.",
    population: {
      conditions: "Mental health needs, including complex care needs",
      eligibility: "Adults in Mid and South Essex.",
    },
    sectors: ["HEALTH", "SOCIAL_CARE", "HOUSING", "VOLUNTARY_AND_COMMUNITY"],
    leadCareUnitId: "mid-and-south-essex-community",
    placeIds: MSE_PLACES,
    agreementId: "community-mental-health-framework-mid-and-south-essex",
    status: "LIVE",
    participants: [
      {
        partnerId: "eput",
        role: "LEAD",
        contribution: "Primary and community mental health services.",
      },
      {
        partnerId: "mid-and-south-essex-icb",
        quote: "Integrated Care Board",
        role: "COMMISSIONER",
        inference:
          "The source says 'Integrated Care Board' without naming it; this care unit's is the Mid and South Essex ICB.",
      },
      { partnerId: "mind", role: "PROVIDER", contribution: "Voluntary sector partner." },
      {
        partnerId: "rethink-mental-illness",
        role: "PROVIDER",
        contribution: "Voluntary sector partner.",
        inference: "Called 'Rethink' in the source.",
      },
      { partnerId: "trust-links", role: "PROVIDER", contribution: "Voluntary sector partner." },
      {
        partnerId: "healthwatch-essex",
        quote: "Voluntary (Healthwatch and CVS)",
        role: "SUPPORT",
        contribution: "Voluntary sector partner (Healthwatch).",
        inference:
          "The source says 'Voluntary (Healthwatch and CVS)' without saying which Healthwatch; Healthwatch Essex is recorded as the likeliest, and Southend's and Thurrock's may take part too.",
      },
      {
        partnerId: "essex-county-council",
        quote: "Housing Local Authority",
        role: "SUPPORT",
        contribution: "Local authority partner.",
        inference:
          "The source names 'Local Authority' partners without naming them; the councils are those EPUT names as its local authority partners.",
      },
      {
        partnerId: "thurrock-council",
        quote: "Housing Local Authority",
        role: "SUPPORT",
        contribution: "Local authority partner.",
        inference:
          "The source names 'Local Authority' partners without naming them; the councils are those EPUT names as its local authority partners.",
      },
      {
        partnerId: "southend-city-council",
        quote: "Housing Local Authority",
        role: "SUPPORT",
        contribution: "Local authority partner.",
        inference:
          "The source names 'Local Authority' partners without naming them; the councils are those EPUT names as its local authority partners.",
      },
    ],
    ...cite(MSEC, "Strategic objective 1: Our key priorities", {
      quote:
        "Deliver the National Community Mental Health Framework Agreement with partners including Voluntary (Healthwatch and CVS) Housing Local Authority, Integrated Care Board, community and independent providers, Mind, Rethink and Trust links",
      note: "The partners are those listed for the Framework Agreement: Voluntary (Healthwatch and CVS), Housing, Local Authority, ICB, community and independent providers, Mind, Rethink and Trust Links. 'All areas in the care unit now have mental health workers in primary care', so it is recorded as LIVE.",
    }),
  },
  {
    id: "mse-transfer-of-care-hubs",
    name: "Transfer of care hubs, Mid and South Essex",
    purpose:
      "A transfer of care hub (TOCH) in each locality, a national requirement, to assess patients for discharge and refer them to the best out-of-hospital setting and support package.",
    population: { eligibility: "Patients ready for discharge from hospital." },
    sectors: ["HEALTH", "SOCIAL_CARE"],
    leadCareUnitId: "mid-and-south-essex-community",
    placeIds: MSE_PLACES,
    status: "PROPOSED",
    participants: [
      {
        partnerId: "eput",
        role: "LEAD",
        contribution: "Community services developing the hubs with each place.",
      },
      {
        partnerId: "mid-and-south-essex-nhs-ft",
        quote: "We are joint working with acute hospitals supporting discharge",
        role: "REFERRER",
        contribution: "Acute hospitals discharging patients.",
        inference:
          "EPUT works jointly with the acute hospitals on discharge; the source does not name the hospital trust for the hubs.",
      },
    ],
    steps: [
      { kind: "ASSESSMENT", description: "Assess patients for discharge." },
      {
        kind: "TRANSFER_OF_CARE",
        description: "Refer each patient to the best out-of-hospital setting and support package.",
      },
    ],
    ...cite(MSEC, "Strategic objective 3: Our key priorities", {
      quote: "Work with our place to develop effective transfer of care hubs",
      note: `${PLANNED} Also in the trust plan's Mid and South Essex Community summary.`,
    }),
  },
  {
    id: "mse-urgent-community-response",
    name: "Urgent community response for the ambulance service",
    purpose:
      "Patients are sent to EPUT's urgent community response team rather than an ambulance being sent out, supporting people to stay out of hospital.",
    sectors: ["HEALTH"],
    leadCareUnitId: "mid-and-south-essex-community",
    placeIds: ["south-east-essex"],
    agreementId: "urgent-community-response-ambulance",
    status: "LIVE",
    participants: [
      { partnerId: "eput", role: "LEAD", contribution: "Urgent community response team." },
      {
        partnerId: "east-of-england-ambulance-service",
        role: "REFERRER",
        contribution: "Sends patients to the urgent community response team.",
      },
    ],
    referralRoutes: [
      {
        kind: "PROFESSIONAL_REFERRAL",
        description: "The East of England Ambulance Service refers patients to the team.",
      },
    ],
    ...cite(MSEC, "Strategic objective 3: Introduction", {
      quote: "urgent community response team supporting the East of England Ambulance Service",
      note: "The place is inferred: the care unit provides community physical health services in South East Essex.",
    }),
  },
  {
    id: "frailty-end-of-life-dementia-care-coordination",
    name: "FrEDA care coordination for older adults, Mid and South Essex",
    purpose:
      "Care coordination for older adults who are frail or at the end of life, through FrEDA (Frailty, End of Life, Dementia Review and Assessment Template) in SystmOne, so everyone involved can review previous interactions and avoid duplication.",
    population: {
      ageMin: 65,
      conditions: "Frailty, end of life, dementia",
      eligibility: "Older adults in the FrEDA targeted cohort (frail and/or end of life).",
    },
    sectors: ["HEALTH"],
    leadCareUnitId: "mid-and-south-essex-community",
    placeIds: MSE_PLACES,
    status: "LIVE",
    participants: [
      { partnerId: "eput", role: "LEAD", contribution: "Developed the template." },
      {
        partnerId: "provide",
        quote: "The template is adopted by all providers",
        role: "PROVIDER",
        contribution: "Community provider using the template.",
        inference:
          "The template is 'adopted by all providers'; Provide is read as one of them as a member of the Mid and South Essex Community Collaborative.",
      },
      {
        partnerId: "north-east-london-nhs-ft",
        quote: "The template is adopted by all providers",
        role: "PROVIDER",
        contribution: "Community provider using the template.",
        inference:
          "The template is 'adopted by all providers'; NELFT is read as one of them as a member of the Mid and South Essex Community Collaborative.",
      },
    ],
    ...cite(
      MSEC,
      "Strategic objective 2: We will enable each other to be the best we can be (FrEDA)",
      {
        quote: "FrEDA (Frailty, End of Life, Dementia Review and Assessment Template)",
        note: "The source gives no age limit: 65 is the usual threshold for older adults' services, recorded as an inference.",
      },
    ),
  },
  {
    id: "southend-rough-sleepers-mental-health",
    name: "Southend Rough Sleepers Mental Health Team",
    purpose:
      "Specialist multi-disciplinary assessment and interventions for rough sleepers in Southend, working with the local rough sleepers' network.",
    population: {
      conditions: "Complex needs, often with concurrent drug and alcohol use",
      eligibility:
        "People sleeping on the streets in Southend, in supported accommodation from the local rough sleepers' network, or in temporary accommodation under a housing rough sleeper initiative.",
    },
    sectors: ["HEALTH", "HOUSING", "VOLUNTARY_AND_COMMUNITY"],
    leadCareUnitId: "mid-and-south-essex-community",
    placeIds: ["south-east-essex"],
    status: "LIVE",
    participants: [
      {
        partnerId: "eput",
        role: "LEAD",
        contribution: "The Rough Sleepers Mental Health Team (RSMHT).",
      },
      {
        partnerId: "southend-city-council",
        quote: "a housing rough sleeper initiative",
        role: "SUPPORT",
        contribution: "Housing rough sleeper initiative (temporary accommodation).",
        inference:
          "A housing rough sleeper initiative in Southend is read as the council's; the source does not name it.",
      },
    ],
    steps: [
      {
        kind: "ASSESSMENT",
        description: "Specialist multi-disciplinary assessment.",
        responsiblePartnerId: "eput",
      },
      {
        kind: "INTERVENTION",
        description: "Interventions, in collaboration with the rough sleepers' network.",
        responsiblePartnerId: "eput",
      },
    ],
    ...cite(
      MSEC,
      "Strategic objective 4: Rough sleepers service",
      "Also in the trust plan, Strategic objective 4.",
    ),
  },
  {
    id: "mid-essex-rough-sleeper-outreach",
    name: "Mid Essex Rough Sleeper Initiative Outreach Service",
    purpose:
      "Outreach for rough sleepers covering Epping and Braintree; it won the Working in Partnership award at the Essex Housing Awards.",
    population: { eligibility: "People sleeping rough in Epping and Braintree." },
    sectors: ["HEALTH", "HOUSING"],
    placeIds: ["mid-essex", "west-essex"],
    status: "LIVE",
    participants: [{ partnerId: "eput", role: "LEAD" }],
    ...cite(
      MSEC,
      "Strategic objective 3: Introduction",
      "Braintree is in Mid Essex and Epping in West Essex, so both places are recorded. The housing partners are not named.",
    ),
  },
  {
    id: "shells-sos-bus",
    name: "SHELLS SOS bus",
    purpose:
      "Award-winning outreach (Shelter & Health EnListing Local Support) for the homeless community in North East Essex, giving access to health, advocacy, mental health nursing, social prescribing, housing authority outreach, drug and alcohol support and signposting.",
    population: {
      eligibility: "People who are homeless in North East Essex (Clacton and Harwich).",
    },
    sectors: ["HEALTH", "HOUSING", "VOLUNTARY_AND_COMMUNITY"],
    placeIds: ["north-east-essex"],
    status: "LIVE",
    liveFrom: "2020-12-01",
    participants: [{ partnerId: "eput", role: "LEAD" }],
    steps: [
      {
        kind: "INTERVENTION",
        description:
          "Health, advocacy, mental health nursing, social prescribing, housing outreach and drug and alcohol support on the bus.",
      },
      { kind: "TRANSFER_OF_CARE", description: "Signposting to all other local services." },
    ],
    ...cite(
      TRUST,
      "Strategic objective 4: SHELLS SOS bus",
      "Piloted in Clacton 'at the end of 2020': liveFrom is 1 December 2020 by inference. The partner agencies are not named.",
    ),
  },
  {
    id: "veterans-employment-support",
    name: "Veterans employment support",
    purpose:
      "An employment support specialist from Walking with the Wounded, hosted within EPUT's military and veterans services, helps veterans into meaningful employment.",
    population: {
      eligibility: "Veterans using EPUT's military and veterans services in the East of England.",
    },
    sectors: ["HEALTH", "EMPLOYMENT", "VOLUNTARY_AND_COMMUNITY"],
    leadCareUnitId: "specialist-services",
    placeIds: [],
    agreementId: "veterans-employment-specialist",
    status: "LIVE",
    participants: [
      {
        partnerId: "eput",
        role: "LEAD",
        contribution: "Hosts the specialist in its military and veterans services.",
      },
      {
        partnerId: "walking-with-the-wounded",
        role: "PROVIDER",
        contribution: "Employment support specialist.",
      },
    ],
    steps: [
      {
        kind: "INTERVENTION",
        description: "Employment support from the veterans employment specialist.",
        responsiblePartnerId: "walking-with-the-wounded",
      },
    ],
    ...cite(TRUST, "Strategic objective 4: Veterans service", {
      quote:
        "have hosted an employment support specialist within our military and veterans services",
    }),
  },
  {
    id: "employment-support-employ-ability",
    name: "Employment support with Employ-Ability",
    purpose:
      "Helping people who use EPUT's services find work, with Employ-Ability and local employers.",
    population: { eligibility: "People who use EPUT's services and want to work." },
    sectors: ["HEALTH", "EMPLOYMENT", "VOLUNTARY_AND_COMMUNITY"],
    placeIds: [],
    agreementId: "employment-support-employ-ability",
    status: "LIVE",
    participants: [
      { partnerId: "eput", role: "LEAD" },
      { partnerId: "employ-ability", role: "PROVIDER", contribution: "Employment support." },
      {
        partnerId: "langdon-hills-golf-and-country-club",
        role: "SUPPORT",
        contribution: "Employer.",
      },
    ],
    ...cite(TRUST, "Strategic objective 4 (photo caption: Alex, EPUT service user)", {
      quote:
        "who was helped to find work by EPUT, our partners Employ-Ability and employer Langdon Hills Golf and Country Club",
      note: "Read from one service user's story, so recorded as a pathway by inference.",
    }),
  },
  {
    id: "essex-family-group-conferencing",
    name: "Essex Mental Health Family Group Conferencing Service",
    purpose:
      "Family Group Conferencing in adult mental health: the person and their network take ownership of their situation and make their own plan; to be expanded across EPUT's services in 2024.",
    population: {
      ageMin: 18,
      eligibility: "Adults using mental health services, with their families and support networks.",
    },
    sectors: ["HEALTH", "SOCIAL_CARE"],
    placeIds: [],
    status: "LIVE",
    participants: [{ partnerId: "eput", role: "LEAD" }],
    steps: [
      {
        kind: "INTERVENTION",
        description:
          "A family group conference: the family and network create their own plan and make their own decisions.",
      },
    ],
    ...cite(
      TRUST,
      "Strategic objective 1: Essex Mental Health Family Group Conferencing Service",
      "Roadmap: 'Family Group Conferencing expanded across our services 2024'.",
    ),
  },
  {
    id: "nhs-111-mental-health",
    name: "NHS 111 press 2 for mental health",
    purpose: "24/7 access to EPUT's mental health services for the local population.",
    population: { conditions: "Mental health needs, including crisis" },
    sectors: ["HEALTH"],
    leadCareUnitId: "urgent-care-and-inpatient-services",
    placeIds: [],
    status: "LIVE",
    participants: [{ partnerId: "eput", role: "LEAD" }],
    referralRoutes: [
      {
        kind: "SELF_REFERRAL",
        description: "Call NHS 111 and choose option 2 for mental health.",
        criteria: "Anyone in EPUT's area needing mental health support.",
        contact: { method: "PHONE", value: "111, option 2", hours: "24/7" },
      },
    ],
    ...cite(
      TRUST,
      "Context: Our services (Mental health services)",
      "The lead care unit is inferred: urgent care and crisis services sit in the Urgent Care and Inpatients care unit.",
    ),
  },
  {
    id: "basildon-mental-health-urgent-care-department",
    name: "Mental Health Urgent Care Department, Basildon",
    purpose:
      "A mental health urgent care department in Basildon, developed with the Lived Experience Team.",
    population: { conditions: "Urgent mental health needs" },
    sectors: ["HEALTH"],
    leadCareUnitId: "urgent-care-and-inpatient-services",
    placeIds: ["basildon-and-brentwood"],
    status: "LIVE",
    liveFrom: "2023-03-01",
    participants: [{ partnerId: "eput", role: "LEAD" }],
    ...cite(TRUST, "Delivering our plan: Roadmap", {
      quote: "Open Mental Health Urgent Care Department in Basildon",
      note: "Roadmap: 'Open Mental Health Urgent Care Department in Basildon, Mar-23'; stored as 1 March 2023. The Lived Experience Team's involvement is under Strategic objective 3.",
    }),
  },
  {
    id: "acute-mental-health-liaison",
    name: "Mental health liaison in Essex acute hospitals",
    purpose: "Mental health liaison teams based within the five acute hospitals in Essex.",
    population: { eligibility: "People in Essex acute hospitals with mental health needs." },
    sectors: ["HEALTH"],
    leadCareUnitId: "urgent-care-and-inpatient-services",
    placeIds: [],
    status: "LIVE",
    participants: [
      { partnerId: "eput", role: "LEAD", contribution: "Mental health liaison teams." },
      {
        partnerId: "mid-and-south-essex-nhs-ft",
        quote: "the five acute hospitals in Essex",
        role: "REFERRER",
        contribution: "Acute hospitals hosting liaison teams.",
        inference:
          "The five hospitals are not named; Mid and South Essex NHS FT runs acute hospitals in Essex.",
      },
    ],
    ...cite(TRUST, "Care unit strategic plans: Urgent Care and Inpatients", {
      quote: "mental health liaison teams based within the five acute hospitals in Essex",
    }),
  },
  {
    id: "west-essex-care-coordination-centre",
    name: "West Essex Care Co-ordination Centre",
    purpose:
      "Navigating people to services at the right time, in the right place, implemented with partners.",
    sectors: ["HEALTH", "SOCIAL_CARE"],
    leadCareUnitId: "west-essex-community",
    placeIds: ["west-essex"],
    status: "AGREED",
    participants: [
      { partnerId: "eput", role: "LEAD" },
      {
        partnerId: "hertfordshire-and-west-essex-icb",
        quote: "Implement the Care Co-ordination Centre with our partners",
        role: "COMMISSIONER",
        inference:
          "'With our partners': the ICB of the system West Essex sits in is read as a partner.",
      },
    ],
    referralRoutes: [
      {
        kind: "SINGLE_POINT_OF_ACCESS",
        description: "The Care Co-ordination Centre navigates people to services.",
      },
    ],
    ...cite(TRUST, "Care unit strategic plans: West Essex Community", {
      quote: "Implement the Care Co-ordination Centre with our partners",
      note: "Roadmap: 'West Essex Care Coordination Centre fully implemented 2023/24'. Recorded as AGREED (being implemented) since the plan predates that date.",
    }),
  },
  {
    id: "north-east-essex-end-of-life",
    name: "End-of-life care, North East Essex",
    purpose:
      "Enable people to receive end-of-life support at home or in their preferred place of choice.",
    population: { conditions: "End of life" },
    sectors: ["HEALTH"],
    leadCareUnitId: "north-east-essex-community",
    placeIds: ["north-east-essex"],
    status: "PROPOSED",
    participants: [{ partnerId: "eput", role: "LEAD" }],
    ...cite(TRUST, "Care unit strategic plans: North East Essex Community", {
      quote:
        "Enable people to receive end-of-life support at home or in their preferred place of choice",
      note: `${PLANNED} The partners are not named.`,
    }),
  },
  {
    id: "specialist-services-single-referral-hubs",
    name: "Single referral hubs for specialist services",
    purpose:
      "Single referral hubs and pathways for specialist services, to improve access to and quality of care.",
    sectors: ["HEALTH"],
    leadCareUnitId: "specialist-services",
    placeIds: [],
    status: "PROPOSED",
    participants: [{ partnerId: "eput", role: "LEAD" }],
    referralRoutes: [
      {
        kind: "SINGLE_POINT_OF_ACCESS",
        description: "A single referral hub for specialist services.",
      },
    ],
    ...cite(
      TRUST,
      "Strategic objective 3: Our priorities (4. To better enable local joint working)",
      {
        quote: "introduce single referral hubs and pathways for our specialist services",
        note: PLANNED,
      },
    ),
  },
  {
    id: "emotionally-unstable-personality-disorder",
    name: "Emotionally Unstable Personality Disorder pathway",
    purpose: "A new pathway for people with emotionally unstable personality disorder (EUPD).",
    population: { conditions: "Emotionally unstable personality disorder" },
    sectors: ["HEALTH"],
    placeIds: [],
    status: "PROPOSED",
    participants: [{ partnerId: "eput", role: "LEAD" }],
    ...cite(
      TRUST,
      "Delivering our plan: Roadmap",
      `Roadmap: 'SO1 New Emotionally Unstable Personality Disorder pathway, 2023/24'. ${PLANNED}`,
    ),
  },
  {
    id: "children-to-adult-transitions",
    name: "Transitions from children's to adult services",
    purpose:
      "Support people proactively through life transitions, from children's to adult services and from adult to older adult services, with proactive planning between teams, families and carers.",
    sectors: ["HEALTH", "SOCIAL_CARE"],
    placeIds: [],
    status: "PROPOSED",
    participants: [{ partnerId: "eput", role: "LEAD" }],
    ...cite(TRUST, "Strategic objective 3: Context", {
      quote: "the way in which we support children to transition to the care of our adult services",
      note: `Also a key commitment under Strategic objective 1. ${PLANNED}`,
    }),
  },
  {
    id: "essex-learning-disability-inpatient",
    name: "Essex Learning Disability Partnership inpatient and community services",
    purpose:
      "Inpatient and community learning disability services provided in partnership with Hertfordshire Partnership University NHS Foundation Trust.",
    population: { conditions: "Learning disability" },
    sectors: ["HEALTH", "SOCIAL_CARE"],
    leadCareUnitId: "specialist-services",
    placeIds: [],
    agreementId: "essex-learning-disability-partnership",
    status: "LIVE",
    participants: [
      { partnerId: "eput", role: "PROVIDER" },
      {
        partnerId: "hertfordshire-partnership-university-nhs-ft",
        quote: "Essex Learning Disability Partnership with Hertfordshire NHS Foundation Trust",
        role: "LEAD",
        inference:
          "The source calls it a partnership 'with Hertfordshire NHS Foundation Trust' without saying who leads; HPFT is recorded as lead by inference.",
      },
    ],
    ...cite(TRUST, "Care unit strategic plans: Specialist Services", {
      quote: "the Essex Learning Disability Partnership",
      note: "Also under Context: Our services (Learning disability services).",
    }),
  },
];

/**
 * Records an earlier seed held as pathways UNDER_REVIEW, which are the plans' commitments to
 * improve existing pathways they do not name ("We will improve end-of-life pathways"; "We will
 * work with partners to improve repatriation pathways"). They are commitments now (the
 * workforce subgraph's `commitments`), and leave a database that holds them as seeded.
 */
export const NOT_PATHWAYS = ["west-essex-end-of-life", "specialist-repatriation"];
