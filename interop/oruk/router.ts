/**
 * The Open Referral UK 3.0 API (HSDS-UK 3.0), served under /oruk: every answer is built from
 * GraphQL operations run through the gateway as the caller (see ../graphql-client.ts).
 */
import {
  GatewayRefusal,
  leadOf,
  loadPartners,
  loadPathways,
  loadServices,
  type Partner,
} from "../catalogue.js";
import { type Context, Hono } from "hono";
import type { RunGraphQL } from "../graphql-client.js";
import { json, type ParameterProblem, Parameters } from "../http.js";
import { TAXONOMIES } from "../taxonomy.js";
import {
  type OrukObject,
  organizationUuid,
  partnerServiceToService,
  pathwayToService,
  taxonomyUuid,
  toOrganization,
  toTaxonomy,
  toTerm,
} from "./mapping.js";

export const ORUK_PREFIX = "/oruk";
export const MAX_PER_PAGE = 100;

const HSDS_PROFILE = "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md";
const OPENAPI_URL = "https://docs.openreferraluk.org/en/latest/openapi30.json";

const NO_LOCATIONS =
  "is not supported: Partnership Web records the areas services cover, not sites with postcodes";
const NO_MODIFIED = "is not supported: records carry no public modification time";
const NO_NDJSON = "must be json: ndjson is not offered";

/** A problem+json (RFC 9457) answer: ORUK 3.0 defines no error body of its own. */
function problem(status: number, title: string, detail: string, errors: ParameterProblem[] = []) {
  return json(
    { type: "about:blank", title, status, detail, ...(errors.length ? { errors } : {}) },
    status,
    "application/problem+json",
  );
}

/** A refusal (401, 429, 502...), in ORUK's error form. */
export const orukRefusal = (status: number, message: string) =>
  problem(
    status,
    status === 502 ? "Bad Gateway" : status === 429 ? "Too Many Requests" : "Refused",
    message,
  );

function badParameters(params: Parameters): Response {
  return problem(400, "Bad Request", "Bad parameters.", params.problems);
}

function page(items: OrukObject[], pageNumber: number, perPage: number): OrukObject {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  const contents = items.slice((pageNumber - 1) * perPage, pageNumber * perPage);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

const PAGING = ["page", "per_page", "format"];

function paging(params: Parameters) {
  // `json` is the UK profile's default; `ndjson` is not offered.
  if ((params.text("format") ?? "json") !== "json") {
    params.problems.push({ parameter: "format", message: NO_NDJSON });
  }
  return {
    pageNumber: params.integer("page", 1, 100_000, 1),
    perPage: params.integer("per_page", 1, MAX_PER_PAGE, 50),
  };
}

/** The search words: ORUK's `search`, or `text` as some directories send it. */
function searchOf(params: Parameters): string | null {
  return params.text("search") ?? params.text("text");
}

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
function matches(search: string | null, ...fields: (string | null)[]): boolean {
  if (!search) return true;
  const haystack = words(fields.filter(Boolean).join(" "));
  return words(search).every((w) => haystack.some((h) => h.startsWith(w)));
}

async function allServices(graphql: RunGraphQL, search: string | null, full: boolean) {
  const [pathways, services, partners] = await Promise.all([
    loadPathways(graphql, search),
    loadServices(graphql),
    full ? loadPartners(graphql, null) : Promise.resolve([] as Partner[]),
  ]);
  const organization = (id: string | null | undefined) => {
    const partner = id ? partners.find((p) => p.id === id) : undefined;
    return partner ? toOrganization(partner) : undefined;
  };
  return [
    ...pathways.map((p) => pathwayToService(p, full ? organization(leadOf(p)) : undefined)),
    ...services
      .filter((s) => matches(search, s.name, s.description))
      .map((s) => partnerServiceToService(s, full ? organization(s.provider?.id) : undefined)),
  ];
}

function byTaxonomy(
  services: OrukObject[],
  termId: string | null,
  taxonomyId: string | null,
): OrukObject[] {
  const terms = (s: OrukObject) =>
    (s["attributes"] as { taxonomy_term: { id: string; taxonomy_id: string } }[]).map(
      (a) => a.taxonomy_term,
    );
  return services.filter(
    (s) =>
      (!termId || terms(s).some((t) => t.id === termId)) &&
      (!taxonomyId || terms(s).some((t) => t.taxonomy_id === taxonomyId)),
  );
}

/** The filters /services and /service_at_locations share. */
const SERVICE_FILTERS = [
  ...PAGING,
  "search",
  "text",
  "taxonomy_term_id",
  "taxonomy_id",
  "organization_id",
  "modified_after",
  "full",
  "postcode",
  "proximity",
];

function serviceFilters(params: Parameters) {
  const filters = {
    ...paging(params),
    search: searchOf(params),
    termId: params.uuid("taxonomy_term_id"),
    taxonomyId: params.uuid("taxonomy_id"),
    organizationId: params.uuid("organization_id"),
    full: params.boolean("full"),
  };
  params.unsupported("modified_after", NO_MODIFIED);
  params.unsupported("postcode", NO_LOCATIONS);
  params.unsupported("proximity", NO_LOCATIONS);
  return filters;
}

type Handler = (url: URL, graphql: RunGraphQL, id: string | null) => Promise<Response>;

const ROUTES: Record<string, Handler> = {
  async ""(url) {
    const params = new Parameters(url, []);
    if (params.problems.length) return badParameters(params);
    return json({ version: "HSDS 3.0", profile: HSDS_PROFILE, openapi_url: OPENAPI_URL });
  },

  async services(url, graphql, id) {
    if (id) {
      const params = new Parameters(url, []);
      if (params.problems.length) return badParameters(params);
      const service = (await allServices(graphql, null, true)).find((s) => s["id"] === id);
      return service ? json(service) : problem(404, "Not Found", `No service has id ${id}.`);
    }
    const params = new Parameters(url, [...SERVICE_FILTERS, "minimal"]);
    const { pageNumber, perPage, search, termId, taxonomyId, organizationId, full } =
      serviceFilters(params);
    params.unsupported("minimal", NO_MODIFIED);
    if (params.problems.length) return badParameters(params);
    const services = byTaxonomy(
      await allServices(graphql, search, full),
      termId,
      taxonomyId,
    ).filter((s) => !organizationId || s["organization_id"] === organizationId);
    return json(page(services, pageNumber, perPage));
  },

  async organizations(url, graphql, id) {
    const params = new Parameters(
      url,
      id ? ["full_service"] : [...PAGING, "search", "text", "full", "full_service"],
    );
    const { pageNumber, perPage } = id ? { pageNumber: 1, perPage: 1 } : paging(params);
    const search = id ? null : searchOf(params);
    const fullService = params.boolean("full_service");
    const full = params.boolean("full") || fullService;
    if (params.problems.length) return badParameters(params);
    const partners = (await loadPartners(graphql, search)).filter(
      (p) => !id || organizationUuid(p.id) === id,
    );
    if (id && partners.length === 0)
      return problem(404, "Not Found", `No organization has id ${id}.`);
    const services = full || id ? await allServices(graphql, null, false) : [];
    const organizations = partners.map((p) =>
      toOrganization(
        p,
        full || id
          ? services.filter((s) => s["organization_id"] === organizationUuid(p.id))
          : undefined,
      ),
    );
    return id ? json(organizations[0]) : json(page(organizations, pageNumber, perPage));
  },

  async taxonomies(url, _graphql, id) {
    const params = new Parameters(url, id ? [] : [...PAGING, "search", "text"]);
    const { pageNumber, perPage } = id ? { pageNumber: 1, perPage: 1 } : paging(params);
    const search = id ? null : searchOf(params);
    if (params.problems.length) return badParameters(params);
    if (id) {
      const found = TAXONOMIES.find((t) => taxonomyUuid(t.key) === id);
      return found
        ? json(toTaxonomy(found, true))
        : problem(404, "Not Found", `No taxonomy has id ${id}.`);
    }
    const taxonomies = TAXONOMIES.filter((t) => matches(search, t.name, t.description));
    return json(
      page(
        taxonomies.map((t) => toTaxonomy(t, false)),
        pageNumber,
        perPage,
      ),
    );
  },

  async taxonomy_terms(url, _graphql, id) {
    const params = new Parameters(
      url,
      id ? [] : [...PAGING, "search", "text", "taxonomy_id", "top_only", "parent_id"],
    );
    const { pageNumber, perPage } = id ? { pageNumber: 1, perPage: 1 } : paging(params);
    const search = id ? null : searchOf(params);
    const taxonomyId = params.uuid("taxonomy_id");
    params.boolean("top_only"); // every term is at the top: none has a parent
    const parentId = params.uuid("parent_id");
    if (params.problems.length) return badParameters(params);
    const terms = TAXONOMIES.flatMap((t) =>
      t.terms
        .filter(() => !taxonomyId || taxonomyUuid(t.key) === taxonomyId)
        .filter((term) => matches(search, term.name, term.description, term.code))
        .map((term) => toTerm(t, term, true)),
    ).filter((term) => !parentId && (!id || term["id"] === id));
    if (id)
      return terms[0]
        ? json(terms[0])
        : problem(404, "Not Found", `No taxonomy term has id ${id}.`);
    return json(page(terms, pageNumber, perPage));
  },

  async service_at_locations(url, _graphql, id) {
    const params = new Parameters(url, id ? [] : SERVICE_FILTERS);
    const { pageNumber, perPage } = id ? { pageNumber: 1, perPage: 1 } : serviceFilters(params);
    if (params.problems.length) return badParameters(params);
    // Services are recorded with the areas they cover (service_areas), never at sites, so there
    // is no service at a location to give.
    if (id) return problem(404, "Not Found", `No service at location has id ${id}.`);
    return json(page([], pageNumber, perPage));
  },
};

/**
 * The /oruk routes (Hono's router: only the endpoints named above, each with an optional id; the
 * API's details at /oruk and /oruk/).
 * `graphqlOf` gives the GraphQL runner for a request's caller.
 */
export function orukRoutes(graphqlOf: (c: Context) => RunGraphQL): Hono {
  const app = new Hono();
  const answer = async (handler: Handler, c: Context, id: string | null) => {
    try {
      return await handler(new URL(c.req.url), graphqlOf(c), id?.toLowerCase() ?? null);
    } catch (error) {
      if (!(error instanceof GatewayRefusal)) throw error;
      return orukRefusal(error.httpStatus, error.message);
    }
  };
  for (const [name, handler] of Object.entries(ROUTES)) {
    const path = `${ORUK_PREFIX}/${name}`;
    app.get(path, (c) => answer(handler, c, null));
    if (name) app.get(`${path}/:id`, (c) => answer(handler, c, c.req.param("id")));
    else app.get(ORUK_PREFIX, (c) => answer(handler, c, null));
  }
  for (const path of [ORUK_PREFIX, `${ORUK_PREFIX}/*`]) {
    app.all(path, (c) =>
      c.req.method === "GET" || c.req.method === "HEAD"
        ? problem(404, "Not Found", `No endpoint ${c.req.path}: see ${ORUK_PREFIX}/.`)
        : problem(405, "Method Not Allowed", "This API is read-only: use GET."),
    );
  }
  return app;
}
