/**
 * FHIR R4 (UK Core) read and search for Organization and HealthcareService, served under /fhir,
 * built from GraphQL operations run through the gateway as the caller.
 */
import {
  GatewayRefusal,
  loadPartner,
  loadPartners,
  loadPathway,
  loadPathways,
  loadService,
  loadServices,
} from "../catalogue.js";
import { type Context, Hono } from "hono";
import type { RunGraphQL } from "../graphql-client.js";
import { json } from "../http.js";
import { TAXONOMIES } from "../taxonomy.js";
import {
  ODS_SYSTEM,
  pathwayToHealthcareService,
  type Resource,
  serviceToHealthcareService,
  systems,
  toOrganization,
  UK_CORE,
} from "./mapping.js";

export const FHIR_PREFIX = "/fhir";
const FHIR_JSON = "application/fhir+json";
const MAX_COUNT = 100;

function fhir(body: unknown, status = 200): Response {
  return json(body, status, FHIR_JSON);
}

/** An OperationOutcome answer: FHIR's own error, with one issue per problem. */
function outcome(status: number, code: string, problems: string[]): Response {
  return fhir(
    {
      resourceType: "OperationOutcome",
      issue: problems.map((diagnostics) => ({
        severity: status >= 500 ? "fatal" : "error",
        code,
        diagnostics,
      })),
    },
    status,
  );
}

/** A refusal (401, 429, 502...), as an OperationOutcome. */
export const fhirRefusal = (status: number, message: string) =>
  outcome(status, status === 401 ? "login" : status === 429 ? "throttled" : "exception", [message]);

interface SearchParam {
  name: string;
  type: "token" | "string" | "reference";
  documentation: string;
}
const COMMON: SearchParam[] = [
  { name: "_id", type: "token", documentation: "The resource's id." },
  { name: "identifier", type: "token", documentation: "system|value, |value or value." },
  {
    name: "name",
    type: "string",
    documentation: "The name starts with, or has a word starting with, this text.",
  },
];
const SEARCH: Record<"Organization" | "HealthcareService", SearchParam[]> = {
  Organization: COMMON,
  HealthcareService: [
    ...COMMON,
    {
      name: "organization",
      type: "reference",
      documentation: "Organization/{id}, or the id: who provides it.",
    },
    { name: "active", type: "token", documentation: "true or false." },
  ],
};
const CONTROL = ["_count", "_offset", "_format"];
/** An Accept header that takes JSON: anything, any application type, or JSON by name. */
const ACCEPTS_JSON = /(^|,)\s*(\*\/\*|application\/(\*|fhir\+json|json))\s*(;|,|$)/i;
/** The `_format` values that name JSON, the one format offered. */
const JSON_FORMATS = ["json", FHIR_JSON, "application/json"];

/** Reads a search's parameters; unknown ones are ignored unless the client asks for strict handling. */
function readSearch(url: URL, strict: boolean, type: keyof typeof SEARCH) {
  const problems: string[] = [];
  const known = [...SEARCH[type].map((p) => p.name), ...CONTROL];
  const used = new URLSearchParams();
  for (const [name, value] of url.searchParams) {
    if (!known.includes(name)) {
      if (strict) problems.push(`Unknown search parameter "${name}" for ${type}.`);
      continue;
    }
    if (url.searchParams.getAll(name).length > 1) problems.push(`"${name}" may be given once.`);
    used.set(name, value);
  }
  const count = used.get("_count") ?? "50";
  const offset = used.get("_offset") ?? "0";
  if (!/^\d+$/.test(count) || Number(count) < 1 || Number(count) > MAX_COUNT)
    problems.push(`_count must be a whole number from 1 to ${MAX_COUNT}.`);
  if (!/^\d+$/.test(offset)) problems.push("_offset must be a whole number from 0.");
  const active = used.get("active");
  if (active !== null && active !== "true" && active !== "false")
    problems.push("active must be true or false.");
  for (const name of ["identifier", "name", "_id", "organization"]) {
    if (used.has(name) && !used.get(name)!.trim()) problems.push(`${name} must not be empty.`);
  }
  return { problems, used, count: Number(count), offset: Number(offset) };
}

function identifierMatches(resource: Resource, param: string): boolean {
  const [system, value] = param.includes("|") ? param.split("|", 2) : [null, param];
  const identifiers =
    (resource["identifier"] as { system: string; value: string }[] | undefined) ?? [];
  return identifiers.some((i) => i.value === value && (!system || i.system === system));
}

function nameMatches(resource: Resource, text: string): boolean {
  const want = text.toLowerCase();
  const name = String(resource["name"] ?? "").toLowerCase();
  return name.startsWith(want) || name.split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(want));
}

function bundle(
  base: string,
  type: string,
  url: URL,
  matches: Resource[],
  used: URLSearchParams,
  count: number,
  offset: number,
) {
  const link = (at: number) => {
    const params = new URLSearchParams(used);
    params.set("_count", String(count));
    params.set("_offset", String(at));
    return `${base}${FHIR_PREFIX}/${type}?${params}`;
  };
  const page = matches.slice(offset, offset + count);
  return {
    resourceType: "Bundle",
    type: "searchset",
    total: matches.length,
    link: [
      { relation: "self", url: link(offset) },
      ...(offset + count < matches.length ? [{ relation: "next", url: link(offset + count) }] : []),
      ...(offset > 0 ? [{ relation: "previous", url: link(Math.max(0, offset - count)) }] : []),
    ],
    ...(page.length
      ? {
          entry: page.map((resource) => ({
            fullUrl: `${base}${FHIR_PREFIX}/${type}/${resource.id}`,
            resource,
            search: { mode: "match" },
          })),
        }
      : {}),
  };
}

async function organizations(base: string, graphql: RunGraphQL): Promise<Resource[]> {
  return (await loadPartners(graphql, null)).map((p) => toOrganization(base, p));
}

async function healthcareServices(base: string, graphql: RunGraphQL): Promise<Resource[]> {
  const [pathways, services, partners] = await Promise.all([
    loadPathways(graphql, null),
    loadServices(graphql),
    loadPartners(graphql, null),
  ]);
  const names = new Map(partners.map((p) => [p.id, p.name]));
  return [
    ...pathways.map((p) => pathwayToHealthcareService(base, p, names)),
    ...services.map((s) => serviceToHealthcareService(base, s, names)),
  ];
}

function capabilityStatement(base: string) {
  return {
    resourceType: "CapabilityStatement",
    status: "active",
    date: "2026-11-30",
    publisher: "Partnership Web",
    kind: "instance",
    software: { name: "Partnership Web" },
    implementation: {
      description: "Partnership Web: partners and services of EPUT's partnership web, read-only.",
      url: `${base}${FHIR_PREFIX}`,
    },
    fhirVersion: "4.0.1",
    format: ["json"],
    rest: [
      {
        mode: "server",
        documentation:
          "Read and search only. Answers come from the Partnership Web GraphQL API as the caller: send the same bearer token or API key to see referral contacts.",
        resource: (["Organization", "HealthcareService"] as const).map((type) => ({
          type,
          profile: UK_CORE[type],
          interaction: [{ code: "read" }, { code: "search-type" }],
          searchParam: SEARCH[type],
        })),
      },
    ],
  };
}

/**
 * One resource by its id, with one GraphQL operation whatever the size of the catalogue: our ids
 * are the resources' (a partner's id; `pathway-` or `service-` and the record's id).
 */
async function readOne(
  type: "Organization" | "HealthcareService",
  id: string,
  graphql: RunGraphQL,
  base: string,
): Promise<Resource | null> {
  if (type === "Organization") {
    const partner = await loadPartner(graphql, id);
    return partner && toOrganization(base, partner);
  }
  const [kind, own] = [id.slice(0, id.indexOf("-")), id.slice(id.indexOf("-") + 1)];
  if (kind === "pathway") {
    const pathway = await loadPathway(graphql, own);
    if (!pathway) return null;
    const names = pathway.participants.flatMap((p) => (p.partner ? [p.partner] : []));
    return pathwayToHealthcareService(base, pathway, new Map(names.map((p) => [p.id, p.name])));
  }
  if (kind === "service") {
    const service = await loadService(graphql, own);
    if (!service) return null;
    const provider = service.provider?.name ? [[service.provider.id, service.provider.name]] : [];
    return serviceToHealthcareService(base, service, new Map(provider as [string, string][]));
  }
  return null;
}

/** A read or a search of one resource type. */
async function readOrSearch(
  c: Context,
  type: "Organization" | "HealthcareService",
  id: string | null,
  graphql: RunGraphQL,
  base: string,
): Promise<Response> {
  if (id) {
    const found = await readOne(type, id, graphql, base);
    return found ? fhir(found) : outcome(404, "not-found", [`${type}/${id} is not known.`]);
  }
  const url = new URL(c.req.url);
  const all =
    type === "Organization"
      ? await organizations(base, graphql)
      : await healthcareServices(base, graphql);
  const strict = /handling=strict/i.test(c.req.header("prefer") ?? "");
  const { problems, used, count, offset } = readSearch(url, strict, type);
  if (problems.length) return outcome(400, "invalid", problems);
  const organization = used.get("organization")?.replace(/^Organization\//, "");
  const matches = all.filter(
    (r) =>
      (!used.has("_id") || r.id === used.get("_id")) &&
      (!used.has("identifier") || identifierMatches(r, used.get("identifier")!)) &&
      (!used.has("name") || nameMatches(r, used.get("name")!)) &&
      (!organization ||
        (r["providedBy"] as { reference?: string } | undefined)?.reference ===
          `Organization/${organization}`) &&
      (!used.has("active") || String(r["active"]) === used.get("active")),
  );
  return fhir(bundle(base, type, url, matches, used, count, offset));
}

/**
 * The /fhir routes (Hono's router): metadata, and read and search of Organization and
 * HealthcareService. `base` is this deployment's public address.
 */
export function fhirRoutes(graphqlOf: (c: Context) => RunGraphQL, baseOf: () => string): Hono {
  const app = new Hono();
  // FHIR R4 (http.html#mime-type): a format the server does not offer is answered 406.
  const jsonOnly = async (c: Context, next: () => Promise<void>) => {
    const format = c.req.query("_format");
    const accept = c.req.header("accept");
    const formatOffered = format === undefined || JSON_FORMATS.includes(format);
    const acceptOffered = !accept || ACCEPTS_JSON.test(accept);
    if (formatOffered && acceptOffered) return next();
    return outcome(406, "not-supported", [
      "Only JSON is offered: send Accept: application/fhir+json, or _format=json.",
    ]);
  };
  app.use(FHIR_PREFIX, jsonOnly);
  app.use(`${FHIR_PREFIX}/*`, jsonOnly);
  const answer = async (work: () => Promise<Response>) => {
    try {
      return await work();
    } catch (error) {
      if (!(error instanceof GatewayRefusal)) throw error;
      return fhirRefusal(error.httpStatus, error.message);
    }
  };
  app.get(`${FHIR_PREFIX}/metadata`, () => fhir(capabilityStatement(baseOf())));
  for (const type of ["Organization", "HealthcareService"] as const) {
    app.get(`${FHIR_PREFIX}/${type}`, (c) =>
      answer(() => readOrSearch(c, type, null, graphqlOf(c), baseOf())),
    );
    app.get(`${FHIR_PREFIX}/${type}/:id`, (c) =>
      answer(() => readOrSearch(c, type, c.req.param("id"), graphqlOf(c), baseOf())),
    );
  }
  for (const path of [FHIR_PREFIX, `${FHIR_PREFIX}/*`]) {
    app.all(path, (c) =>
      c.req.method === "GET" || c.req.method === "HEAD"
        ? outcome(404, "not-supported", [
            `No ${c.req.path}: this server has Organization and HealthcareService (see ${FHIR_PREFIX}/metadata).`,
          ])
        : outcome(405, "not-supported", ["This server is read-only: use GET."]),
    );
  }
  return app;
}

/** The systems of our own identifiers and codes, for the README and tests. */
export function publishedSystems(base: string) {
  return {
    ods: ODS_SYSTEM,
    ...systems(base),
    taxonomies: TAXONOMIES.map((t) => systems(base).codeSystem(t.key)),
  };
}
