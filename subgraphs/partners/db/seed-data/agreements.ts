import { MSEC, TRUST } from "../../../kit/sources.js";
import type { AgreementStatus, AgreementType } from "../../agreement/agreement-enums.js";
import { cite, type Cited } from "../../../kit/cite.js";

export interface SeedAgreement extends Cited {
  id: string;
  title: string;
  type: AgreementType;
  status: AgreementStatus;
  startDate?: string;
  description: string;
  parties: { partnerId: string; role?: string }[];
}

const SECTION_75_NOTE =
  "The source says three local authorities hold Section 75 agreements with EPUT and, in the same context, names Essex County Council, Thurrock and Southend as its local authority partners.";

const section75 = (council: string, name: string): SeedAgreement => ({
  id: `section-75-${council}`,
  title: `Section 75 partnership agreement: ${name}`,
  type: "SECTION_75",
  status: "ACTIVE",
  description:
    "Some statutory social care responsibilities are delegated to EPUT and some functions are delivered in partnership; performance targets are agreed each year for each nationally defined social care indicator.",
  parties: [
    { partnerId: "eput", role: "NHS provider with delegated functions" },
    { partnerId: council, role: "Local authority" },
  ],
  ...cite(TRUST, "Context: Our services (Social care)", {
    quote: "Three local authorities have Section 75 Partnership Agreements in place with us",
    note: SECTION_75_NOTE,
  }),
});

export const AGREEMENTS: SeedAgreement[] = [
  section75("essex-county-council", "Essex County Council"),
  section75("thurrock-council", "Thurrock Council"),
  section75("southend-city-council", "Southend City Council"),
  {
    id: "essex-learning-disability-partnership",
    title: "Essex Learning Disability Partnership",
    type: "JOINT_SERVICE",
    status: "ACTIVE",
    description:
      "Inpatient and community learning disability services provided in partnership; EPUT has signed up to the Driving Up Quality Code.",
    parties: [
      { partnerId: "eput", role: "Provider" },
      { partnerId: "hertfordshire-partnership-university-nhs-ft", role: "Provider" },
    ],
    ...cite(TRUST, "Context: Our services; Care unit strategic plans: Specialist Services"),
  },
  {
    id: "clinical-associate-in-psychology-training",
    title: "Clinical Associate in Psychology apprenticeship training",
    type: "EDUCATION_AND_TRAINING",
    status: "ACTIVE",
    description:
      "EPUT holds a main provider role for CAP training, delivered in partnership with the University of Essex.",
    parties: [
      { partnerId: "eput", role: "Main training provider" },
      { partnerId: "university-of-essex", role: "Academic partner" },
    ],
    ...cite(TRUST, "Strategic objective 2: New Clinical Associate role in Psychology", {
      quote: "the Clinical Associate in Psychology (CAP)",
    }),
  },
  {
    id: "student-education-and-training",
    title: "Education and training placements for students",
    type: "EDUCATION_AND_TRAINING",
    status: "ACTIVE",
    description:
      "EPUT provides education and training for students of both universities, and training placements for junior doctors.",
    parties: [
      { partnerId: "eput", role: "Placement provider" },
      { partnerId: "anglia-ruskin-university", role: "Academic partner" },
      { partnerId: "university-of-essex", role: "Academic partner" },
    ],
    ...cite(TRUST, "Context: Introduction", {
      quote:
        "We provide education and training for students from Anglia Ruskin University and the University of Essex",
    }),
  },
  {
    id: "veterans-employment-specialist",
    title: "Veterans employment support specialist",
    type: "HOSTED_POST",
    status: "ACTIVE",
    description:
      "An employment support specialist hosted within EPUT's military and veterans services, helping veterans into meaningful employment.",
    parties: [
      { partnerId: "eput", role: "Host" },
      { partnerId: "walking-with-the-wounded", role: "Partner charity" },
    ],
    ...cite(TRUST, "Strategic objective 4: Veterans service", {
      quote:
        "in partnership with the Military Charity Walking with the Wounded, have hosted an employment support specialist",
    }),
  },
  {
    id: "thurrock-integrated-health-and-care-worker",
    title: "Integrated front-line health and care worker, Thurrock",
    type: "JOINT_POST",
    status: "ACTIVE",
    description:
      "A shared vision of an integrated front-line health and care worker with a defined career pathway; the posts are being recruited to.",
    parties: [
      { partnerId: "thurrock-council", role: "Local authority" },
      { partnerId: "north-east-london-nhs-ft", role: "NHS provider" },
    ],
    ...cite(MSEC, "Strategic objective 4: Introduction", {
      quote: "a new shared vision of an integrated front-line health and care worker",
    }),
  },
  {
    id: "trust-links-joint-posts",
    title: "Joint posts with the voluntary sector: Trust Links",
    type: "JOINT_POST",
    status: "PROPOSED",
    description:
      "Exploring joint posts with the voluntary sector, for example Trust Links in South East Essex.",
    parties: [
      { partnerId: "eput", role: "NHS provider" },
      { partnerId: "trust-links", role: "Voluntary sector partner" },
    ],
    ...cite(MSEC, "Strategic objective 3: Our key priorities", {
      quote: "Exploring joint posts with the voluntary sector e.g. Trust Links in South East",
      note: "How many posts, and what they are, the plan does not say.",
    }),
  },
  {
    id: "mid-essex-neighbourhood-programme-managers",
    title: "Neighbourhood programme managers, Mid Essex",
    type: "JOINT_POST",
    status: "ACTIVE",
    description:
      "Three neighbourhood programme managers appointed via Essex County Council, Provide and the alliance to deliver neighbourhood integration, including mental health.",
    parties: [
      { partnerId: "essex-county-council", role: "Appointing partner" },
      { partnerId: "provide", role: "Appointing partner" },
    ],
    ...cite(MSEC, "Strategic objective 3: Our key priorities", {
      quote:
        "Mid has appointed 3 neighbourhood programme managers via Essex County Council/Provide/Alliance",
    }),
  },
  {
    id: "mid-and-south-essex-partnership-directors",
    title: "Jointly appointed partnership directors, Mid and South Essex",
    type: "JOINT_POST",
    status: "ACTIVE",
    description:
      "Partnership directors jointly appointed with other community providers to lead the Mid and South Essex collaboration, bringing community mental and physical health together in place.",
    parties: [
      { partnerId: "eput", role: "Provider" },
      { partnerId: "provide", role: "Provider" },
      { partnerId: "north-east-london-nhs-ft", role: "Provider" },
    ],
    ...cite(TRUST, "Developing our strategy: Opportunities", {
      quote:
        "have jointly appointed partnership directors to lead this collaboration in Mid and South Essex",
      note: "The parties are the collaborative's providers as read from the care unit plan.",
    }),
  },
  {
    id: "oxevision-patient-monitoring",
    title: "Oxevision patient monitoring and electronic observations",
    type: "COMMERCIAL",
    status: "ACTIVE",
    description:
      "Oxevision installed on wards to support patient safety; an electronic observations tool is being piloted with Oxehealth.",
    parties: [
      { partnerId: "eput", role: "Customer and development partner" },
      { partnerId: "oxehealth", role: "Supplier" },
    ],
    ...cite(TRUST, "Strategic objective 1: Oxevision", {
      quote:
        "Oxevision is a contact-free vision-based patient monitoring and management platform provided by Oxehealth",
    }),
  },
  {
    id: "lighthouse-childrens-centre-transfer",
    title: "Transfer of the Lighthouse Children's Centre",
    type: "SERVICE_TRANSFER",
    status: "ACTIVE",
    description:
      "The Lighthouse Children's Centre transferred from Mid and South Essex NHS Foundation Trust to EPUT provision in 2022.",
    parties: [
      { partnerId: "mid-and-south-essex-nhs-ft", role: "Transferring provider" },
      { partnerId: "eput", role: "Receiving provider" },
    ],
    ...cite(MSEC, "Journey so far", {
      quote:
        "2022 saw the Lighthouse Children's Centre transfer from Mid and South Essex NHS Foundation Trust to EPUT provision",
      note: "The source gives the year (2022) only, so no start date is recorded.",
    }),
  },
  {
    id: "community-mental-health-framework-mid-and-south-essex",
    title: "National Community Mental Health Framework agreement, Mid and South Essex",
    type: "FRAMEWORK",
    status: "PROPOSED",
    description:
      "To deliver the national Community Mental Health Framework with voluntary, housing, local authority, ICB, community and independent partners.",
    parties: [
      { partnerId: "eput", role: "NHS provider" },
      { partnerId: "mid-and-south-essex-icb", role: "Integrated care board" },
      { partnerId: "healthwatch-essex", role: "Voluntary sector" },
      { partnerId: "mind", role: "Voluntary sector" },
      { partnerId: "rethink-mental-illness", role: "Voluntary sector" },
      { partnerId: "trust-links", role: "Voluntary sector" },
    ],
    ...cite(MSEC, "Strategic objective 1: Our key priorities", {
      quote: "Deliver the National Community Mental Health Framework Agreement with partners",
      note: "Housing, local authority and CVS partners are named only by sector. Inferred: the plan says 'Voluntary (Healthwatch and CVS)' without saying which Healthwatch, and 'Integrated Care Board' without naming it; Healthwatch Essex and the Mid and South Essex ICB are recorded as the likeliest for this care unit.",
    }),
  },
  {
    id: "employment-support-employ-ability",
    title: "Employment support with Employ-Ability",
    type: "JOINT_SERVICE",
    status: "ACTIVE",
    description: "EPUT and Employ-Ability help service users find work with local employers.",
    parties: [
      { partnerId: "eput", role: "NHS provider" },
      { partnerId: "employ-ability", role: "Employment support" },
      { partnerId: "langdon-hills-golf-and-country-club", role: "Employer" },
    ],
    ...cite(TRUST, "Strategic objective 4 (case study: Alex)", {
      quote:
        "who was helped to find work by EPUT, our partners Employ-Ability and employer Langdon Hills Golf and Country Club",
    }),
  },
  {
    id: "urgent-community-response-ambulance",
    title: "Urgent community response for the ambulance service",
    type: "JOINT_SERVICE",
    status: "ACTIVE",
    description:
      "EPUT's urgent community response team takes patients sent by the ambulance service rather than an ambulance being sent out.",
    parties: [
      { partnerId: "eput", role: "Urgent community response" },
      { partnerId: "east-of-england-ambulance-service", role: "Ambulance service" },
    ],
    ...cite(MSEC, "Strategic objective 3: Introduction", {
      quote: "urgent community response team supporting the East of England Ambulance Service",
    }),
  },
];
