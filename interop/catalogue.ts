/**
 * What the standards' interfaces publish, read through the gateway: shared pathways and the
 * services partners provide (as ORUK services and FHIR HealthcareServices) and partners (as
 * organisations). Referral contacts come only to callers the gateway lets see them.
 */
import { type GraphQLErrorLike, onlyWithheld, type RunGraphQL } from "./graphql-client.js";

export interface Place {
  id: string;
  name: string;
}
export interface ReferralRoute {
  kind: string;
  description: string;
  criteria: string | null;
  /** Null when there is none, or the caller may not see it. */
  contact: { method: string; value: string; hours: string | null } | null;
}
export interface Pathway {
  id: string;
  name: string;
  purpose: string;
  status: string;
  sectors: string[];
  population: {
    ageMin: number | null;
    ageMax: number | null;
    conditions: string | null;
    eligibility: string | null;
  };
  places: (Place | null)[];
  participants: { role: string; partner: { id: string; name: string } | null }[];
  referralRoutes: ReferralRoute[];
}
export interface PartnerService {
  id: string;
  name: string;
  description: string;
  kind: string;
  /** The provider's name comes with a single read only. */
  provider: { id: string; name?: string } | null;
  places: (Place | null)[];
}
export interface Partner {
  id: string;
  name: string;
  kind: string;
  description: string | null;
  website: string | null;
  odsCode: string | null;
}

/** A failure the REST layer answers as its standard's error: the gateway's status and words. */
export class GatewayRefusal extends Error {
  constructor(
    readonly status: number,
    readonly errors: readonly GraphQLErrorLike[],
  ) {
    super(errors.map((e) => e.message).join("; ") || `the gateway answered ${status}`);
  }

  /** The status to answer with: the gateway's own refusal (401, 429...), else 502. */
  get httpStatus(): number {
    return this.status >= 400 ? this.status : 502;
  }
}

function dataOf<T>(result: { data: T | null; errors: GraphQLErrorLike[]; status: number }): T {
  if (result.data === null || !onlyWithheld(result.errors)) {
    throw new GatewayRefusal(result.status, result.errors);
  }
  return result.data;
}

// One record's fields, the same for a list and a single read (as GraphQL fragments).
const PATHWAY_FIELDS = /* GraphQL */ `
  fragment InteropPathway on SharedPathway {
    id
    name
    purpose
    status
    sectors
    population {
      ageMin
      ageMax
      conditions
      eligibility
    }
    places {
      id
      name
    }
    participants {
      role
      partner {
        id
        name
      }
    }
    referralRoutes {
      kind
      description
      criteria
      contact {
        method
        value
        hours
      }
    }
  }
`;

const SERVICE_FIELDS = /* GraphQL */ `
  fragment InteropService on Service {
    id
    name
    description
    kind
    provider {
      id
    }
    places {
      id
      name
    }
  }
`;

const PARTNER_FIELDS = /* GraphQL */ `
  fragment InteropPartner on Partner {
    id
    name
    kind
    description
    website
    odsCode
  }
`;

const PATHWAYS = /* GraphQL */ `
  query InteropPathways($after: String, $search: String) {
    sharedPathways(first: 100, after: $after, filter: { search: $search }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...InteropPathway
      }
    }
  }
  ${PATHWAY_FIELDS}
`;

const SERVICES = /* GraphQL */ `
  query InteropServices {
    services(first: 100) {
      ...InteropService
    }
  }
  ${SERVICE_FIELDS}
`;

const PARTNERS = /* GraphQL */ `
  query InteropPartners($after: String, $search: String) {
    partners(first: 100, after: $after, filter: { search: $search }) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...InteropPartner
      }
    }
  }
  ${PARTNER_FIELDS}
`;

/** One record by our id, with the names of the partners it names, for a single read. */
const PATHWAY = /* GraphQL */ `
  query InteropPathway($id: ID!) {
    sharedPathway(id: $id) {
      ...InteropPathway
    }
  }
  ${PATHWAY_FIELDS}
`;

const SERVICE = /* GraphQL */ `
  query InteropService($id: ID!) {
    service(id: $id) {
      ...InteropService
      provider {
        name
      }
    }
  }
  ${SERVICE_FIELDS}
`;

const PARTNER = /* GraphQL */ `
  query InteropPartner($id: ID!) {
    partner(id: $id) {
      ...InteropPartner
    }
  }
  ${PARTNER_FIELDS}
`;

interface Page<T> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

async function allPages<T>(
  graphql: RunGraphQL,
  document: string,
  field: string,
  variables: Record<string, unknown>,
): Promise<T[]> {
  const all: T[] = [];
  let after: string | null = null;
  do {
    const data: Record<string, Page<T>> = dataOf(
      await graphql<Record<string, Page<T>>>(document, { ...variables, after }),
    );
    const page = data[field]!;
    all.push(...page.nodes);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return all;
}

export function loadPathways(graphql: RunGraphQL, search: string | null): Promise<Pathway[]> {
  return allPages<Pathway>(graphql, PATHWAYS, "sharedPathways", { search });
}

export async function loadServices(graphql: RunGraphQL): Promise<PartnerService[]> {
  return dataOf(await graphql<{ services: PartnerService[] }>(SERVICES)).services;
}

export function loadPartners(graphql: RunGraphQL, search: string | null): Promise<Partner[]> {
  return allPages<Partner>(graphql, PARTNERS, "partners", { search });
}

/** One pathway by our id (null when there is none the caller may see): one operation. */
export async function loadPathway(graphql: RunGraphQL, id: string): Promise<Pathway | null> {
  return dataOf(await graphql<{ sharedPathway: Pathway | null }>(PATHWAY, { id })).sharedPathway;
}

/** One partner's service by our id, with its provider's name: one operation. */
export async function loadService(graphql: RunGraphQL, id: string): Promise<PartnerService | null> {
  return dataOf(await graphql<{ service: PartnerService | null }>(SERVICE, { id })).service;
}

/** One partner by our id: one operation. */
export async function loadPartner(graphql: RunGraphQL, id: string): Promise<Partner | null> {
  return dataOf(await graphql<{ partner: Partner | null }>(PARTNER, { id })).partner;
}

/** The partner that leads a pathway, else its first participant. */
export function leadOf(pathway: Pathway): string | null {
  const lead = pathway.participants.find((p) => p.role === "LEAD" && p.partner);
  return (lead ?? pathway.participants.find((p) => p.partner))?.partner?.id ?? null;
}
