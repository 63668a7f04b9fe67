/**
 * The Open Referral UK 3.0 API under /oruk, read as a council's directory would read it: every
 * answer for every seeded record is validated with ajv against the standard's own schemas
 * (../shared/standards/open-referral-uk-3.0), ids are UUID v5 of ours, referral contacts reach
 * only callers allowed them, and bad parameters get a clear error.
 */
import { readFileSync } from "node:fs";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { v5 as uuidv5 } from "uuid";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

const STANDARD = "../shared/standards/open-referral-uk-3.0";
const schema = (file: string) => JSON.parse(readFileSync(`${STANDARD}/${file}`, "utf8"));
const openapi = schema("open_api.json");

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
ajv.addFormat("datetime", true);
const compile = (s: object): ValidateFunction => ajv.compile(s);
const VALIDATE = {
  details: compile(schema("api_details.json")),
  page: compile(openapi.components.schemas.Page),
  service: compile(schema("service.json")),
  serviceItem: compile(schema("service_list.json").properties.contents.items),
  organization: compile(schema("organization.json")),
  organizationItem: compile(schema("organization_list.json")),
  taxonomy: compile(schema("taxonomy.json")),
  taxonomyItem: compile(schema("taxonomy_list.json").properties.contents.items),
  term: compile(schema("taxonomy_term.json")),
  termItem: compile(schema("taxonomy_term_list.json").properties.contents.items),
  serviceAtLocationItem: compile(schema("service_at_location_list.json").properties.contents.items),
};

function valid(validate: ValidateFunction, value: unknown, what: string) {
  const ok = validate(value);
  expect(ok, `${what}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
}

/** Our documented namespace, computed here on its own: ids must not depend on the code's. */
const NAMESPACE = uuidv5("https://github.com/partnership-web/interop", uuidv5.URL);

let h: Harness;
let base: string;
let partnerToken: string;
beforeAll(async () => {
  h = await startHarness();
  base = h.origin;
  partnerToken = await h.token(["partner-systems"], "directory");
});
afterAll(() => h.stop());

type Json = Record<string, unknown> & { contents?: Json[] };
async function get(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers });
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    body: (await response.json()) as Json,
  };
}

/** Every record of a list endpoint, page by page, each page checked as a page. */
async function all(path: string, headers: Record<string, string> = {}): Promise<Json[]> {
  const records: Json[] = [];
  for (let page = 1; ; page++) {
    const { status, body } = await get(
      `${path}${path.includes("?") ? "&" : "?"}page=${page}&per_page=20`,
      headers,
    );
    expect(status).toBe(200);
    valid(VALIDATE.page, body, `${path} page ${page}`);
    expect(body["page_number"]).toBe(page);
    records.push(...body.contents!);
    if (body["last_page"]) return records;
  }
}

describe("the API details", () => {
  it("say which standard and profile the API follows", async () => {
    const { status, body } = await get("/oruk/");
    expect(status).toBe(200);
    valid(VALIDATE.details, body, "/oruk/");
    expect(body["version"]).toBe("HSDS 3.0");
  });
});

describe("services", () => {
  let services: Json[] = [];
  beforeAll(async () => {
    services = await all("/oruk/services");
  });

  it("are every shared pathway and every partner service, each valid in the list and alone", async () => {
    const seeded = await h.query<{
      sharedPathways: { totalCount: number };
      services: { id: string }[];
    }>(
      `{ sharedPathways(first: 100) { totalCount } services(first: 100) { id } }`,
      {},
      undefined,
      null,
    );
    expect(services).toHaveLength(
      seeded.data!.sharedPathways.totalCount + seeded.data!.services.length,
    );
    for (const service of services) {
      valid(VALIDATE.serviceItem, service, `service ${service["name"]}`);
      const one = await get(`/oruk/services/${service["id"]}`);
      expect(one.status).toBe(200);
      valid(VALIDATE.service, one.body, `/oruk/services/${service["id"]}`);
      expect(one.body["name"]).toBe(service["name"]);
    }
  });

  it("have ids that are UUID v5 of our own ids, the same on every run", () => {
    const bus = services.find((s) => s["name"] === "SHELLS SOS bus")!;
    expect(bus["id"]).toBe(uuidv5("service:pathway:shells-sos-bus", NAMESPACE));
    const iapt = services.find((s) => String(s["name"]).startsWith("Improving Access"))!;
    expect(iapt["id"]).toBe(uuidv5("service:partner-service:iapt-south-east-essex", NAMESPACE));
    expect(iapt["organization_id"]).toBe(uuidv5("organization:eput", NAMESPACE));
    expect(new Set(services.map((s) => s["id"])).size).toBe(services.length);
  });

  it("give referral contacts only to a caller the GraphQL API gives them to", async () => {
    const nhs111 = uuidv5("service:pathway:nhs-111-mental-health", NAMESPACE);
    const anonymous = await get(`/oruk/services/${nhs111}`);
    expect(anonymous.body["contacts"]).toEqual([]);
    expect(JSON.stringify(anonymous.body)).not.toContain("111, option 2");
    const partner = await get(`/oruk/services/${nhs111}`, {
      authorization: `Bearer ${partnerToken}`,
    });
    valid(VALIDATE.service, partner.body, "with contacts");
    expect(JSON.stringify(partner.body["contacts"])).toContain("111, option 2");
  });

  it("filter by organisation, taxonomy term and text, and page as asked", async () => {
    const eput = uuidv5("organization:eput", NAMESPACE);
    const byEput = await all(`/oruk/services?organization_id=${eput}`);
    expect(byEput.length).toBeGreaterThan(20);
    expect(byEput.every((s) => s["organization_id"] === eput)).toBe(true);
    const terms = await all("/oruk/taxonomy_terms");
    const housing = terms.find((t) => t["term"] === "HOUSING")!;
    const housingServices = await all(`/oruk/services?taxonomy_term_id=${housing["id"]}`);
    expect(housingServices.map((s) => s["name"])).toContain(
      "Southend Rough Sleepers Mental Health Team",
    );
    const search = await all("/oruk/services?search=rough%20sleeper");
    expect(search.map((s) => s["name"]).sort()).toEqual([
      "Mid Essex Rough Sleeper Initiative Outreach Service",
      "Southend Rough Sleepers Mental Health Team",
    ]);
    expect((await all("/oruk/services?text=rough%20sleeper")).length).toBe(2);
    const { body } = await get("/oruk/services?page=2&per_page=5");
    expect(body).toMatchObject({
      page_number: 2,
      size: 5,
      first_page: false,
      total_items: services.length,
    });
    expect(body.contents!.map((s) => s["id"])).toEqual(services.slice(5, 10).map((s) => s["id"]));
  });
});

describe("organizations", () => {
  it("are every partner, valid in the list and alone, with EPUT's ODS code and its services", async () => {
    const organizations = await all("/oruk/organizations");
    const partners = await h.query<{ partners: { totalCount: number } }>(
      `{ partners(first: 1) { totalCount } }`,
      {},
      undefined,
      null,
    );
    expect(organizations).toHaveLength(partners.data!.partners.totalCount);
    for (const org of organizations) {
      valid(VALIDATE.organizationItem, org, `organization ${org["name"]}`);
      const one = await get(`/oruk/organizations/${org["id"]}`);
      valid(VALIDATE.organization, one.body, `/oruk/organizations/${org["id"]}`);
    }
    const eput = await get(`/oruk/organizations/${uuidv5("organization:eput", NAMESPACE)}`);
    expect(eput.body["organization_identifiers"]).toEqual([
      expect.objectContaining({ identifier_type: "ODS code", identifier: "R1L" }),
    ]);
    expect((eput.body["services"] as Json[]).length).toBeGreaterThan(20);
  });
});

describe("taxonomies and terms", () => {
  it("publish our sectors, partner kinds and service kinds, term for term with the GraphQL enums", async () => {
    const taxonomies = await all("/oruk/taxonomies");
    expect(taxonomies.map((t) => t["name"]).sort()).toEqual([
      "Partnership Web partner kinds",
      "Partnership Web sectors",
      "Partnership Web service kinds",
    ]);
    for (const t of taxonomies) {
      valid(VALIDATE.taxonomyItem, t, `taxonomy ${t["name"]}`);
      valid(
        VALIDATE.taxonomy,
        (await get(`/oruk/taxonomies/${t["id"]}`)).body,
        `taxonomy ${t["id"]}`,
      );
    }
    const terms = await all("/oruk/taxonomy_terms");
    for (const term of terms) {
      valid(VALIDATE.termItem, term, `term ${term["name"]}`);
      valid(
        VALIDATE.term,
        (await get(`/oruk/taxonomy_terms/${term["id"]}`)).body,
        `term ${term["id"]}`,
      );
    }
    const supergraph = readFileSync("schema/supergraph.graphql", "utf8");
    const values = (name: string) =>
      supergraph
        .match(new RegExp(`enum ${name} [^{]*\\{([^}]*)\\}`))![1]!
        .match(/^\s+([A-Z_]+)\b/gm)!
        .map((v) => v.trim());
    const sectors = taxonomies.find((t) => t["name"] === "Partnership Web sectors")!;
    const sectorTerms = await all(`/oruk/taxonomy_terms?taxonomy_id=${sectors["id"]}`);
    expect(sectorTerms.map((t) => t["term"]).sort()).toEqual(values("Sector").sort());
    expect(terms).toHaveLength(
      values("Sector").length + values("PartnerKind").length + values("ServiceKind").length + 1,
    );
  });
});

describe("services at locations", () => {
  it("are served as a valid page, empty: services are recorded by the areas they cover, not by site", async () => {
    const { status, body } = await get("/oruk/service_at_locations");
    expect(status).toBe(200);
    valid(VALIDATE.page, body, "service_at_locations");
    for (const item of body.contents!)
      valid(VALIDATE.serviceAtLocationItem, item, "service at location");
    expect(body).toMatchObject({ total_items: 0, empty: true });
  });
});

describe("bad requests", () => {
  it("name every bad parameter in a problem answer, and change nothing", async () => {
    const bad = await get("/oruk/services?page=0&per_page=1000&organization_id=eput&colour=blue");
    expect(bad.status).toBe(400);
    expect(bad.type).toMatch(/^application\/problem\+json/);
    expect((bad.body["errors"] as { parameter: string }[]).map((e) => e.parameter).sort()).toEqual([
      "colour",
      "organization_id",
      "page",
      "per_page",
    ]);
    // json is the UK profile's default format, and may be asked for by name; ndjson is not offered.
    expect((await get("/oruk/services?format=json&per_page=1")).status).toBe(200);
    expect((await get("/oruk/organizations?format=json&per_page=1")).status).toBe(200);
    const ndjson = await get("/oruk/services?format=ndjson");
    expect(ndjson.status).toBe(400);
    expect(JSON.stringify(ndjson.body)).toMatch(/format/);
    const unsupported = await get("/oruk/services?postcode=SS1%201AA");
    expect(unsupported.status).toBe(400);
    expect(JSON.stringify(unsupported.body)).toMatch(/postcode/);
    expect((await get("/oruk/services/00000000-0000-5000-8000-000000000000")).status).toBe(404);
    expect((await get("/oruk/nothing-here")).status).toBe(404);
    const post = await fetch(`${base}/oruk/services`, { method: "POST" });
    expect(post.status).toBe(405);
  });

  it("pass the gateway's refusal on: a bad token is refused as it is on /graphql", async () => {
    const refused = await get("/oruk/services", { authorization: "Bearer not-a-token" });
    expect(refused.status).toBe(401);
    expect(refused.type).toMatch(/^application\/problem\+json/);
  });
});

describe("a directory in a browser", () => {
  const DIRECTORY = "https://directory.example";

  it("reads every answer, errors included, with Access-Control-Allow-Origin: *", async () => {
    for (const [path, status] of [
      ["/oruk/", 200],
      ["/oruk/services?per_page=2", 200],
      ["/oruk/taxonomies", 200],
      ["/oruk/services?per_page=0", 400],
      ["/oruk/nothing-here", 404],
    ] as const) {
      const res = await fetch(`${base}${path}`, { headers: { origin: DIRECTORY } });
      expect(res.status, path).toBe(status);
      expect(res.headers.get("access-control-allow-origin"), path).toBe("*");
    }
    const refused = await fetch(`${base}/oruk/services`, {
      headers: { origin: DIRECTORY, authorization: "Bearer not-a-token" },
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("is answered a preflight for a request with credentials", async () => {
    const preflight = await fetch(`${base}/oruk/services`, {
      method: "OPTIONS",
      headers: {
        origin: DIRECTORY,
        "access-control-request-method": "GET",
        "access-control-request-headers": "authorization, x-api-key",
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("*");
    expect(preflight.headers.get("access-control-allow-methods")).toMatch(/GET/);
    expect(preflight.headers.get("access-control-allow-headers")?.toLowerCase()).toMatch(
      /authorization.*x-api-key/,
    );
  });
});
