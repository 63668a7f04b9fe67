import { MSEC, TRUST } from "../../../kit/sources.js";
import type { PartnerKind } from "../../partner/partner-kind.js";
import { cite, type Cited } from "../../../kit/cite.js";

export interface SeedPartner extends Cited {
  id: string;
  name: string;
  kind: PartnerKind;
  description: string;
  ods?: string;
  startDate?: string;
  endDate?: string;
  successorId?: string;
}

/**
 * Every organisation the two seed documents name. ODS codes are given only where verified;
 * none is invented. Neither document gives a website, so none is seeded.
 */
export const ORGANISATIONS: SeedPartner[] = [
  {
    id: "eput",
    name: "Essex Partnership University NHS Foundation Trust",
    kind: "NHS_TRUST",
    ods: "R1L",
    startDate: "2017-04-01",
    description:
      "Provides community health, mental health, learning disability and social care services to over 3.2 million people in Bedfordshire, Luton, Essex, Southend, Thurrock and Suffolk, through six care units.",
    ...cite(TRUST, "Context: Who are we?"),
  },
  {
    id: "north-essex-partnership-university-nhs-ft",
    name: "North Essex Partnership University NHS Foundation Trust",
    kind: "NHS_TRUST",
    endDate: "2017-03-31",
    successorId: "eput",
    description:
      "Merged with South Essex Partnership University NHS Foundation Trust to form EPUT on 1 April 2017.",
    ...cite(TRUST, "Context: Who are we?"),
  },
  {
    id: "south-essex-partnership-university-nhs-ft",
    name: "South Essex Partnership University NHS Foundation Trust",
    kind: "NHS_TRUST",
    endDate: "2017-03-31",
    successorId: "eput",
    description:
      "Merged with North Essex Partnership University NHS Foundation Trust to form EPUT on 1 April 2017.",
    ...cite(TRUST, "Context: Who are we?"),
  },
  {
    id: "mid-and-south-essex-icb",
    name: "NHS Mid and South Essex Integrated Care Board",
    kind: "INTEGRATED_CARE_BOARD",
    ods: "QH8",
    description:
      "The integrated care board of the Mid and South Essex ICS, one of the systems EPUT is part of.",
    ...cite(TRUST, "Context: Our partnerships", {
      quote: "EPUT is part of four Integrated Care Systems (ICSs)",
      note: "The source names the ICS; ICBs are described under National policy (Health and Care Act 2022).",
    }),
  },
  {
    id: "hertfordshire-and-west-essex-icb",
    name: "NHS Hertfordshire and West Essex Integrated Care Board",
    kind: "INTEGRATED_CARE_BOARD",
    ods: "QM7",
    description:
      "The integrated care board of the Hertfordshire and West Essex ICS, where the West Essex Community care unit sits.",
    ...cite(TRUST, "Context: Our partnerships", {
      quote: "EPUT is part of four Integrated Care Systems (ICSs)",
      note: "The source names the ICS; ICBs are described under National policy (Health and Care Act 2022).",
    }),
  },
  {
    id: "suffolk-and-north-east-essex-icb",
    name: "NHS Suffolk and North East Essex Integrated Care Board",
    kind: "INTEGRATED_CARE_BOARD",
    ods: "QJG",
    description:
      "The integrated care board of the Suffolk and North East Essex ICS, whose North East Essex place the North East Essex Community care unit serves.",
    ...cite(TRUST, "Context: Our partnerships", {
      quote: "EPUT is part of four Integrated Care Systems (ICSs)",
      note: "The source names the ICS; ICBs are described under National policy (Health and Care Act 2022).",
    }),
  },
  {
    id: "bedfordshire-luton-and-milton-keynes-icb",
    name: "NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board",
    kind: "INTEGRATED_CARE_BOARD",
    description:
      "The integrated care board of the Bedfordshire, Luton and Milton Keynes ICS, where EPUT provides some specialist services.",
    ...cite(TRUST, "Context: Our partnerships", {
      quote: "EPUT is part of four Integrated Care Systems (ICSs)",
      note: "The source names the ICS; ICBs are described under National policy (Health and Care Act 2022). ODS code not verified, so not recorded.",
    }),
  },
  {
    id: "mid-and-south-essex-nhs-ft",
    name: "Mid and South Essex NHS Foundation Trust",
    kind: "ACUTE_HOSPITAL",
    ods: "RAJ",
    description:
      "Acute trust. The Lighthouse Children's Centre transferred from it to EPUT in 2022; its Basildon Hospital runs an outreach programme to local schools.",
    ...cite(MSEC, "Journey so far; Strategic objective 4"),
  },
  {
    id: "east-of-england-ambulance-service",
    name: "East of England Ambulance Service NHS Trust",
    kind: "AMBULANCE_SERVICE",
    ods: "RYC",
    description:
      "EPUT's urgent community response team takes patients sent by the ambulance service instead of an ambulance being sent out.",
    ...cite(MSEC, "Strategic objective 3: Introduction", {
      quote: "East of England Ambulance Service",
      note: "Called 'East of England Ambulance Service' in the source: the NHS trust of that name.",
    }),
  },
  {
    id: "hertfordshire-partnership-university-nhs-ft",
    name: "Hertfordshire Partnership University NHS Foundation Trust",
    kind: "NHS_TRUST",
    ods: "RWR",
    description:
      "Partner in inpatient and community learning disability services: the Essex Learning Disability Partnership.",
    ...cite(
      TRUST,
      "Context: Our services",
      "Called 'Hertfordshire NHS Foundation Trust' in the Specialist Services care unit summary.",
    ),
  },
  {
    id: "north-east-london-nhs-ft",
    name: "North East London NHS Foundation Trust",
    kind: "NHS_TRUST",
    ods: "RAT",
    description:
      "Worked with Thurrock Council on a shared vision of an integrated front-line health and care worker with a defined career pathway.",
    ...cite(MSEC, "Strategic objective 4: Introduction"),
  },
  {
    id: "east-london-nhs-ft",
    name: "East London NHS Foundation Trust",
    kind: "NHS_TRUST",
    description:
      "Joint winner with EPUT of the HSJ Workforce Initiative of the Year for introducing Clinical Associates in Psychology.",
    ...cite(
      TRUST,
      "Strategic objective 2: New Clinical Associate role in Psychology",
      "ODS code not verified, so not recorded.",
    ),
  },
  {
    id: "southern-health-and-care-trust",
    name: "Southern Health and Care Trust",
    kind: "NHS_TRUST",
    description:
      "Joint winner with EPUT of the HSJ Workforce Initiative of the Year for introducing Clinical Associates in Psychology.",
    ...cite(
      TRUST,
      "Strategic objective 2: New Clinical Associate role in Psychology",
      "Name as the source gives it; ODS code not verified, so not recorded.",
    ),
  },
  {
    id: "essex-county-council",
    name: "Essex County Council",
    kind: "LOCAL_AUTHORITY",
    description:
      "Upper-tier local authority EPUT works in partnership with; supports people with learning difficulties into work in Basildon and appointed neighbourhood programme managers in Mid Essex.",
    ...cite(TRUST, "Context: Introduction"),
  },
  {
    id: "thurrock-council",
    name: "Thurrock Council",
    kind: "LOCAL_AUTHORITY",
    description:
      "Unitary authority EPUT works in partnership with; developed an integrated front-line health and care worker role with North East London NHS Foundation Trust.",
    ...cite(TRUST, "Context: Introduction", {
      quote: "Thurrock Borough Council",
      note: "Called 'Thurrock Borough Council' in the trust plan and 'Thurrock Council' in the care unit plan.",
    }),
  },
  {
    id: "southend-city-council",
    name: "Southend City Council",
    kind: "LOCAL_AUTHORITY",
    description: "Unitary authority EPUT works in partnership with.",
    ...cite(TRUST, "Context: Introduction"),
  },
  {
    id: "anglia-ruskin-university",
    name: "Anglia Ruskin University",
    kind: "ACADEMIC",
    description: "EPUT provides education and training for its students.",
    ...cite(TRUST, "Context: Introduction"),
  },
  {
    id: "university-of-essex",
    name: "University of Essex",
    kind: "ACADEMIC",
    description:
      "EPUT provides education and training for its students, and delivers Clinical Associate in Psychology training in partnership with it.",
    ...cite(TRUST, "Context: Introduction; Strategic objective 2"),
  },
  {
    id: "provide",
    name: "Provide",
    kind: "COMMUNITY_HEALTH_PROVIDER",
    description:
      "Community provider in Mid Essex; with Essex County Council and the alliance it appointed three neighbourhood programme managers.",
    ...cite(MSEC, "Strategic objective 2; Strategic objective 3: Our key priorities"),
  },
  {
    id: "healthwatch-essex",
    name: "Healthwatch Essex",
    kind: "ADVOCACY_GROUP",
    description:
      "Its reports informed the strategy's engagement; a co-production partner of the Mid and South Essex care unit.",
    ...cite(TRUST, "Developing our strategy: Identifying our priorities", {
      quote: "HealthWatch organisations in Essex, Southend and Thurrock",
      note: "The source names 'HealthWatch organisations in Essex, Southend and Thurrock'.",
    }),
  },
  {
    id: "healthwatch-southend",
    name: "Healthwatch Southend",
    kind: "ADVOCACY_GROUP",
    description: "Its reports informed the strategy's engagement.",
    ...cite(TRUST, "Developing our strategy: Identifying our priorities", {
      quote: "HealthWatch organisations in Essex, Southend and Thurrock",
      note: "The source names 'HealthWatch organisations in Essex, Southend and Thurrock'.",
    }),
  },
  {
    id: "healthwatch-thurrock",
    name: "Healthwatch Thurrock",
    kind: "ADVOCACY_GROUP",
    description: "Its reports informed the strategy's engagement.",
    ...cite(TRUST, "Developing our strategy: Identifying our priorities", {
      quote: "HealthWatch organisations in Essex, Southend and Thurrock",
      note: "The source names 'HealthWatch organisations in Essex, Southend and Thurrock'.",
    }),
  },
  {
    id: "mind",
    name: "Mind",
    kind: "VOLUNTARY_COMMUNITY_SOCIAL_ENTERPRISE",
    description:
      "Mental health charity; a partner in delivering the Community Mental Health Framework in Mid and South Essex.",
    ...cite(
      MSEC,
      "Strategic objective 1: Our key priorities",
      "The source does not say which local Mind.",
    ),
  },
  {
    id: "rethink-mental-illness",
    name: "Rethink Mental Illness",
    kind: "VOLUNTARY_COMMUNITY_SOCIAL_ENTERPRISE",
    description:
      "Mental health charity; a partner in delivering the Community Mental Health Framework in Mid and South Essex.",
    ...cite(MSEC, "Strategic objective 1: Our key priorities", {
      quote: "Mind, Rethink and Trust links",
      note: "Called 'Rethink' in the source.",
    }),
  },
  {
    id: "trust-links",
    name: "Trust Links",
    kind: "VOLUNTARY_COMMUNITY_SOCIAL_ENTERPRISE",
    description:
      "Voluntary sector partner in South East Essex; joint posts with it are being explored.",
    ...cite(
      MSEC,
      "Strategic objective 1: Our key priorities; Strategic objective 3: Our key priorities",
      { quote: "Mind, Rethink and Trust links" },
    ),
  },
  {
    id: "jobcentre-plus",
    name: "Jobcentre Plus",
    kind: "EMPLOYMENT_SERVICE",
    description: "A partnership the trust wants to create, to support people's whole needs.",
    ...cite(MSEC, "Challenges and opportunities; Strategic objective 3: What will be different?"),
  },
  {
    id: "department-for-work-and-pensions",
    name: "Department for Work and Pensions",
    kind: "NATIONAL_BODY",
    description: "A partnership the trust wants to create, to support people's whole needs.",
    ...cite(TRUST, "Developing our strategy: Challenges"),
  },
  {
    id: "employ-ability",
    name: "Employ-Ability",
    kind: "EMPLOYMENT_SERVICE",
    description: "Employment support partner that, with EPUT, helped a service user find work.",
    ...cite(TRUST, "Strategic objective 4 (case study: Alex)"),
  },
  {
    id: "langdon-hills-golf-and-country-club",
    name: "Langdon Hills Golf and Country Club",
    kind: "EMPLOYER",
    description: "Employer of an EPUT service user helped into work by EPUT and Employ-Ability.",
    ...cite(TRUST, "Strategic objective 4 (case study: Alex)"),
  },
  {
    id: "walking-with-the-wounded",
    name: "Walking with the Wounded",
    kind: "VOLUNTARY_COMMUNITY_SOCIAL_ENTERPRISE",
    description:
      "Military charity; with EPUT hosts an employment support specialist in the military and veterans services.",
    ...cite(TRUST, "Strategic objective 4: Veterans service"),
  },
  {
    id: "oxehealth",
    name: "Oxehealth",
    kind: "COMMERCIAL",
    description:
      "Provides Oxevision, a contact-free patient monitoring platform installed on EPUT wards; developing an electronic observations tool with EPUT.",
    ...cite(TRUST, "Strategic objective 1: Oxevision"),
  },
  {
    id: "essex-childrens-partnership-board",
    name: "Essex Children's Partnership Board",
    kind: "PARTNERSHIP_BOARD",
    description:
      "Including head teachers, endorsed working with schools on aspiration and employment in more deprived areas.",
    ...cite(MSEC, "Strategic objective 4: Introduction"),
  },
  {
    id: "essex-police",
    name: "Essex Police",
    kind: "POLICE",
    description:
      "The police are among the partners refreshing the all-age mental health strategy for Southend, Essex and Thurrock.",
    ...cite(TRUST, "Context: Introduction", {
      quote: "the voluntary sector, the police, and those with lived experience",
      note: "The source says 'the police'; Essex Police is the force for Southend, Essex and Thurrock.",
    }),
  },
  {
    id: "nhs-england",
    name: "NHS England",
    kind: "NATIONAL_BODY",
    description:
      "Its national guidance on working with people and communities shapes EPUT's partnership strategy.",
    ...cite(
      TRUST,
      "Delivering our plan: Working in Partnership with People and Communities Strategy",
      { quote: "National guidance from NHS England" },
    ),
  },
  {
    id: "department-of-health-and-social-care",
    name: "Department of Health and Social Care",
    kind: "NATIONAL_BODY",
    description:
      "Published the Working in Partnership with People and Communities statutory guidance (October 2022).",
    ...cite(TRUST, "Developing our strategy: National policy"),
  },
  {
    id: "care-quality-commission",
    name: "Care Quality Commission",
    kind: "REGULATOR",
    description: "National regulator EPUT works alongside.",
    ...cite(TRUST, "Strategic objective 2: Collaborating for Care"),
  },
  {
    id: "national-institute-for-health-and-care-excellence",
    name: "National Institute for Health and Care Excellence",
    kind: "NATIONAL_BODY",
    description: "National body EPUT works alongside.",
    ...cite(TRUST, "Strategic objective 2: Collaborating for Care"),
  },
  {
    id: "nursing-and-midwifery-council",
    name: "Nursing and Midwifery Council",
    kind: "REGULATOR",
    description: "Regulatory body EPUT works alongside.",
    ...cite(TRUST, "Strategic objective 2: Collaborating for Care"),
  },
  {
    id: "health-and-safety-executive",
    name: "Health and Safety Executive",
    kind: "REGULATOR",
    description:
      "Prosecuted the trust over failings to manage ligature risk between 2004 and 2015, which led to the Safety First, Safety Always strategy.",
    ...cite(TRUST, "Context: Our journey"),
  },
  {
    id: "royal-college-of-psychiatrists",
    name: "Royal College of Psychiatrists",
    kind: "NATIONAL_BODY",
    description: "Has accredited several of EPUT's specialist services.",
    ...cite(TRUST, "Context: Our services"),
  },
  {
    id: "money-and-mental-health-policy-institute",
    name: "Money and Mental Health Policy Institute",
    kind: "VOLUNTARY_COMMUNITY_SOCIAL_ENTERPRISE",
    description:
      "Cited for the effect of the cost-of-living crisis on mental health; no partnership is described.",
    ...cite(TRUST, "Developing our strategy: Challenges (footnote 1)", {
      quote: "Cost of living crisis effect on mental health - Money and Mental Health",
      note: "Called 'Money and Mental Health' in the source.",
    }),
  },
  {
    id: "essex-mental-health-independent-inquiry",
    name: "Essex Mental Health Independent Inquiry",
    kind: "OTHER",
    description:
      "Non-statutory inquiry into mental health inpatient deaths across NHS trusts in Essex from 2000 to 2020; EPUT engages with it and will act on its recommendations.",
    ...cite(TRUST, "Context: Our journey; Developing our strategy: Challenges"),
  },
];
