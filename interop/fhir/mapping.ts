/** Our records as FHIR R4 resources, on the UK Core profiles. */
import {
  leadOf,
  type Partner,
  type PartnerService,
  type Pathway,
  type Place,
} from "../catalogue.js";
import { SHARED_PATHWAY, taxonomy, type Taxonomy } from "../taxonomy.js";

export const ODS_SYSTEM = "https://fhir.nhs.uk/Id/ods-organization-code";
export const UK_CORE = {
  Organization: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Organization",
  HealthcareService: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-HealthcareService",
  Location: "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Location",
};
const ORGANIZATION_TYPE = "http://terminology.hl7.org/CodeSystem/organization-type";
/** Each partner kind as FHIR's own organisation types, so any system can read it. */
const ORGANIZATION_TYPES: Record<string, [string, string]> = {
  NHS_TRUST: ["prov", "Healthcare Provider"],
  ACUTE_HOSPITAL: ["prov", "Healthcare Provider"],
  AMBULANCE_SERVICE: ["prov", "Healthcare Provider"],
  COMMUNITY_HEALTH_PROVIDER: ["prov", "Healthcare Provider"],
  PRIMARY_CARE_NETWORK: ["prov", "Healthcare Provider"],
  INTEGRATED_CARE_BOARD: ["govt", "Government"],
  LOCAL_AUTHORITY: ["govt", "Government"],
  NATIONAL_BODY: ["govt", "Government"],
  REGULATOR: ["govt", "Government"],
  POLICE: ["govt", "Government"],
  EDUCATION: ["edu", "Educational Institute"],
  ACADEMIC: ["edu", "Educational Institute"],
  VOLUNTARY_COMMUNITY_SOCIAL_ENTERPRISE: ["cg", "Community Group"],
  ADVOCACY_GROUP: ["cg", "Community Group"],
  EMPLOYER: ["bus", "Non-Healthcare Business or Corporation"],
  COMMERCIAL: ["bus", "Non-Healthcare Business or Corporation"],
};
const REFERRAL_METHOD = "http://terminology.hl7.org/CodeSystem/service-referral-method";
const PHYSICAL_TYPE = "http://terminology.hl7.org/CodeSystem/location-physical-type";

export type Resource = { resourceType: string; id: string } & Record<string, unknown>;

/** The canonical URLs of what we define ourselves, under this deployment's public address. */
export function systems(base: string) {
  return {
    codeSystem: (key: Taxonomy["key"]) => `${base}/fhir/CodeSystem/${key}`,
    partner: `${base}/fhir/Id/partner`,
    sharedPathway: `${base}/fhir/Id/shared-pathway`,
    service: `${base}/fhir/Id/service`,
  };
}

function coding(base: string, key: Taxonomy["key"], code: string) {
  const term = taxonomy(key).terms.find((t) => t.code === code);
  return { system: systems(base).codeSystem(key), code, display: term?.name ?? code };
}

/** Drops empty lists and absent values: FHIR allows neither. */
function tidy<T extends Record<string, unknown>>(resource: T): T {
  return Object.fromEntries(
    Object.entries(resource).filter(
      ([, v]) => v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0),
    ),
  ) as T;
}

export function toOrganization(base: string, p: Partner): Resource {
  return tidy({
    resourceType: "Organization",
    id: p.id,
    meta: { profile: [UK_CORE.Organization] },
    identifier: [
      ...(p.odsCode ? [{ system: ODS_SYSTEM, value: p.odsCode }] : []),
      { system: systems(base).partner, value: p.id },
    ],
    active: true,
    type: [
      {
        coding: [
          (([code, display]) => ({ system: ORGANIZATION_TYPE, code, display }))(
            ORGANIZATION_TYPES[p.kind] ?? ["other", "Other"],
          ),
          coding(base, "partner-kind", p.kind),
        ],
      },
    ],
    name: p.name,
    telecom: p.website ? [{ system: "url", value: p.website }] : [],
  });
}

/** The areas a service covers, as Locations it contains (areas, not sites). */
function areas(places: readonly (Place | null)[]) {
  const known = places.filter((p): p is Place => p !== null);
  return {
    contained: known.map((place) =>
      tidy({
        resourceType: "Location",
        id: place.id,
        meta: { profile: [UK_CORE.Location] },
        name: place.name,
        mode: "instance",
        physicalType: { coding: [{ system: PHYSICAL_TYPE, code: "area", display: "Area" }] },
      }),
    ),
    coverageArea: known.map((place) => ({ reference: `#${place.id}`, display: place.name })),
  };
}

const METHOD: Record<string, { code: string; display: string } | undefined> = {
  PHONE: { code: "phone", display: "Phone" },
  ELECTRONIC_REFERRAL: { code: "elec", display: "Secure Messaging" },
  WEBSITE: { code: "elec", display: "Secure Messaging" },
};
const TELECOM: Record<string, string | undefined> = {
  PHONE: "phone",
  EMAIL: "email",
  WEBSITE: "url",
};

const ACTIVE = new Set(["LIVE", "UNDER_REVIEW"]);

/** A shared pathway as a HealthcareService: how to refer only where the caller may see it. */
export function pathwayToHealthcareService(
  base: string,
  p: Pathway,
  partners: Map<string, string>,
): Resource {
  const lead = leadOf(p);
  const routes = p.referralRoutes.filter((r) => r.contact);
  const methods = [...new Set(routes.map((r) => r.contact!.method))];
  const hours = routes.filter((r) => r.contact!.hours);
  return tidy({
    resourceType: "HealthcareService",
    id: `pathway-${p.id}`,
    meta: { profile: [UK_CORE.HealthcareService] },
    identifier: [{ system: systems(base).sharedPathway, value: p.id }],
    active: ACTIVE.has(p.status),
    providedBy: lead
      ? { reference: `Organization/${lead}`, display: partners.get(lead) }
      : undefined,
    category: [{ coding: [coding(base, "service-kind", SHARED_PATHWAY)] }],
    type: p.sectors.map((s) => ({ coding: [coding(base, "sector", s)] })),
    name: p.name,
    comment: p.purpose,
    extraDetails: p.population.conditions ?? undefined,
    ...areas(p.places),
    eligibility: p.population.eligibility ? [{ comment: p.population.eligibility }] : [],
    telecom: routes.flatMap((r) => {
      const system = TELECOM[r.contact!.method];
      return system ? [{ system, value: r.contact!.value }] : [];
    }),
    referralMethod: methods.flatMap((m) => {
      const method = METHOD[m];
      return method ? [{ coding: [{ system: REFERRAL_METHOD, ...method }] }] : [];
    }),
    availabilityExceptions: hours.length
      ? hours.map((r) => `${r.description}: ${r.contact!.hours}`).join("; ")
      : undefined,
  });
}

export function serviceToHealthcareService(
  base: string,
  s: PartnerService,
  partners: Map<string, string>,
): Resource {
  return tidy({
    resourceType: "HealthcareService",
    id: `service-${s.id}`,
    meta: { profile: [UK_CORE.HealthcareService] },
    identifier: [{ system: systems(base).service, value: s.id }],
    active: true,
    providedBy: s.provider
      ? { reference: `Organization/${s.provider.id}`, display: partners.get(s.provider.id) }
      : undefined,
    category: [{ coding: [coding(base, "service-kind", s.kind)] }],
    name: s.name,
    comment: s.description,
    ...areas(s.places),
  });
}
