import { MSEC, TRUST } from "../../../kit/sources.js";
import { cite, type Cited } from "../../../kit/cite.js";

export interface SeedLeadershipRole extends Cited {
  id: string;
  title: string;
  holderPartnerId: string;
  collaborativeId?: string;
  icsId?: string;
  placeId?: string;
  description: string;
}

const placeDirector = (placeId: string, name: string): SeedLeadershipRole => ({
  id: `partnership-and-community-delivery-director-${placeId}`,
  title: `Partnership and community delivery director, ${name}`,
  holderPartnerId: "eput",
  placeId,
  description:
    "Place-based leadership post bringing community mental health and physical health together in place.",
  ...cite(MSEC, "About the care unit", {
    quote:
      "partnership and community delivery directors for South East Essex, Basildon and Brentwood, Thurrock and Mid Essex",
  }),
});

export const LEADERSHIP_ROLES: SeedLeadershipRole[] = [
  {
    id: "east-of-england-forensic-lead-provider",
    title: "Regional lead provider for forensic mental health services",
    holderPartnerId: "eput",
    collaborativeId: "east-of-england-specialist-mental-health-provider-collaborative",
    description:
      "Lead provider of forensic psychiatric services and of community and tier 4 secure inpatient services in the East of England Specialist Mental Health Provider Collaborative.",
    ...cite(TRUST, "Context: Our journey; Care unit strategic plans: Specialist Services"),
  },
  {
    id: "covid-19-vaccination-lead-provider",
    title: "Lead provider for the Covid-19 vaccination programme in Essex and Suffolk",
    holderPartnerId: "eput",
    description:
      "Mobilised people and resources across the local system; over 1.5 million vaccinations delivered in 2022.",
    ...cite(TRUST, "Context: Our journey", {
      quote:
        "We are the lead provider for the Covid-19 vaccination programme for people living in Essex and Suffolk",
    }),
  },
  {
    id: "clinical-associate-in-psychology-main-provider",
    title: "Main provider for Clinical Associate in Psychology training",
    holderPartnerId: "eput",
    description:
      "The only NHS trust in England to hold a main provider role for delivering CAP training.",
    ...cite(TRUST, "Strategic objective 2: New Clinical Associate role in Psychology", {
      quote:
        "We are the only NHS trust in England to hold a main provider role for delivering training of CAPs",
    }),
  },
  placeDirector("south-east-essex", "South East Essex"),
  placeDirector("basildon-and-brentwood", "Basildon and Brentwood"),
  placeDirector("thurrock", "Thurrock"),
  placeDirector("mid-essex", "Mid Essex"),
];
