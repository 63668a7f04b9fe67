/** Our records as Open Referral UK 3.0 (HSDS-UK 3.0) objects. */
import {
  leadOf,
  type Partner,
  type PartnerService,
  type Pathway,
  type Place,
} from "../catalogue.js";
import { stableUuid } from "../ids.js";
import { label, SHARED_PATHWAY, type Taxonomy, taxonomy, type Term } from "../taxonomy.js";

export const serviceUuid = {
  pathway: (id: string) => stableUuid("service:pathway", id),
  service: (id: string) => stableUuid("service:partner-service", id),
};
export const organizationUuid = (id: string) => stableUuid("organization", id);
export const taxonomyUuid = (key: string) => stableUuid("taxonomy", key);
export const termUuid = (key: string, code: string) =>
  stableUuid("taxonomy_term", `${key}:${code}`);

export type OrukObject = Record<string, unknown>;

export function toTaxonomy(t: Taxonomy, withTerms: boolean): OrukObject {
  return {
    id: taxonomyUuid(t.key),
    name: t.name,
    description: t.description,
    version: "1",
    ...(withTerms ? { taxonomy_terms: t.terms.map((term) => toTerm(t, term, false)) } : {}),
  };
}

export function toTerm(t: Taxonomy, term: Term, withTaxonomy: boolean): OrukObject {
  return {
    id: termUuid(t.key, term.code),
    name: term.name,
    description: term.description,
    term: term.code,
    taxonomy_id: taxonomyUuid(t.key),
    ...(withTaxonomy ? { taxonomy: t.name } : {}),
  };
}

function attribute(linkId: string, linkType: string, key: Taxonomy["key"], code: string) {
  const t = taxonomy(key);
  const term = t.terms.find((x) => x.code === code);
  if (!term) return [];
  return [
    {
      id: stableUuid("attribute", `${linkId}:${key}:${code}`),
      link_id: linkId,
      link_type: linkType,
      link_entity: linkType,
      taxonomy_term_id: termUuid(key, code),
      taxonomy_term: toTerm(t, term, false),
    },
  ];
}

const STATUS: Record<string, string> = {
  LIVE: "active",
  UNDER_REVIEW: "active",
  AGREED: "inactive",
  PROPOSED: "inactive",
  RETIRED: "defunct",
  WITHDRAWN: "defunct",
  REJECTED: "defunct",
};

function areas(serviceId: string, places: readonly (Place | null)[]) {
  return places
    .filter((p): p is Place => p !== null)
    .map((place) => ({
      id: stableUuid("service_area", `${serviceId}:${place.id}`),
      service_id: serviceId,
      name: place.name,
      extent_type: "text",
      extent: place.name,
    }));
}

/** A shared pathway as a service: its referral contacts only where the caller may see them. */
export function pathwayToService(p: Pathway, organization?: OrukObject): OrukObject {
  const id = serviceUuid.pathway(p.id);
  const lead = leadOf(p);
  const contacts = p.referralRoutes.filter((r) => r.contact);
  const email = contacts.find((r) => r.contact!.method === "EMAIL")?.contact!.value;
  const url = contacts.find((r) => r.contact!.method === "WEBSITE")?.contact!.value;
  const { ageMin, ageMax, eligibility } = p.population;
  return {
    id,
    ...(lead ? { organization_id: organizationUuid(lead) } : {}),
    name: p.name,
    description: eligibility ? `${p.purpose} Who it is for: ${eligibility}` : p.purpose,
    status: STATUS[p.status] ?? "inactive",
    ...(email ? { email } : {}),
    ...(url ? { url } : {}),
    ...(ageMin !== null ? { minimum_age: ageMin } : {}),
    ...(ageMax !== null ? { maximum_age: ageMax } : {}),
    service_areas: areas(id, p.places),
    service_at_locations: [],
    contacts: contacts.map((route, i) => ({
      id: stableUuid("contact", `${id}:${i}`),
      service_id: id,
      name: route.description,
      title: label(route.kind),
      ...(route.contact!.method === "PHONE"
        ? {
            phones: [
              {
                id: stableUuid("phone", `${id}:${i}`),
                number: route.contact!.value,
                ...(route.contact!.hours ? { description: route.contact!.hours } : {}),
              },
            ],
          }
        : {}),
    })),
    attributes: [
      ...attribute(id, "service", "service-kind", SHARED_PATHWAY),
      ...p.sectors.flatMap((s) => attribute(id, "service", "sector", s)),
    ],
    ...(organization ? { organization } : {}),
  };
}

/** A service one partner provides, as an ORUK service. */
export function partnerServiceToService(s: PartnerService, organization?: OrukObject): OrukObject {
  const id = serviceUuid.service(s.id);
  return {
    id,
    ...(s.provider ? { organization_id: organizationUuid(s.provider.id) } : {}),
    name: s.name,
    description: s.description,
    status: "active",
    service_areas: areas(id, s.places),
    service_at_locations: [],
    contacts: [],
    attributes: attribute(id, "service", "service-kind", s.kind),
    ...(organization ? { organization } : {}),
  };
}

export function toOrganization(p: Partner, services?: OrukObject[]): OrukObject {
  const id = organizationUuid(p.id);
  return {
    id,
    name: p.name,
    description: p.description ?? p.name,
    ...(p.website ? { website: p.website } : {}),
    ...(p.odsCode
      ? {
          organization_identifiers: [
            {
              id: stableUuid("organization_identifier", `${p.id}:ODS`),
              organization_id: id,
              identifier_scheme: "GB-NHS",
              identifier_type: "ODS code",
              identifier: p.odsCode,
            },
          ],
        }
      : {}),
    attributes: attribute(id, "organization", "partner-kind", p.kind),
    ...(services ? { services } : {}),
  };
}
