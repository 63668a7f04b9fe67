/**
 * FHIR R4 under /fhir, read as an NHS system would read it: every Organization and
 * HealthcareService of the seed, every search Bundle and the CapabilityStatement are validated
 * against base R4 with the maintained `fhir` package (errors and warnings alike), ODS codes are
 * searchable as identifiers, and bad searches get an OperationOutcome.
 */
import { Fhir } from "fhir";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gatewayConfigFromEnv } from "../gateway/config.js";
import { startGateway } from "../gateway/serve.js";
import { type Harness, startHarness } from "./harness.js";

const fhir = new Fhir();
const ODS = "https://fhir.nhs.uk/Id/ods-organization-code";

type Resource = Record<string, unknown> & { resourceType: string; id?: string };
interface Bundle extends Resource {
  total: number;
  entry?: { fullUrl: string; resource: Resource; search: { mode: string } }[];
  link: { relation: string; url: string }[];
}

/**
 * Organization.type, HealthcareService.category and HealthcareService.type have example bindings
 * in R4: any code is valid there, and our own code systems' codes are expected in them.
 */
const EXAMPLE_BINDINGS = /^(Organization\.type|HealthcareService\.(category|type))\[\d+\]$/;

function validR4(resource: Resource, what: string) {
  const { valid, messages } = fhir.validate(resource);
  const serious = messages.filter(
    (m) =>
      !["info", "information"].includes(String(m.severity)) &&
      !(/not found in value set/.test(m.message ?? "") && EXAMPLE_BINDINGS.test(m.location ?? "")),
  );
  expect(valid && serious.length === 0, `${what}: ${JSON.stringify(serious.slice(0, 3))}`).toBe(
    true,
  );
}

let h: Harness;
let base: string;
let partnerToken: string;
beforeAll(async () => {
  h = await startHarness();
  base = h.origin;
  partnerToken = await h.token(["partner-systems"], "nhs-system");
});
afterAll(() => h.stop());

async function get<T = Resource>(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${base}${path}`, { headers });
  return {
    status: response.status,
    type: response.headers.get("content-type"),
    body: (await response.json()) as T,
  };
}

async function search(path: string, headers: Record<string, string> = {}): Promise<Bundle> {
  const { status, type, body } = await get<Bundle>(path, headers);
  expect(status).toBe(200);
  expect(type).toMatch(/^application\/fhir\+json/);
  validR4(body, path);
  expect(body).toMatchObject({ resourceType: "Bundle", type: "searchset" });
  return body;
}

describe("the CapabilityStatement", () => {
  it("says what the server offers: read and search of UK Core Organization and HealthcareService", async () => {
    const { status, body } = await get("/fhir/metadata");
    expect(status).toBe(200);
    validR4(body, "metadata");
    expect(body).toMatchObject({
      resourceType: "CapabilityStatement",
      fhirVersion: "4.0.1",
      kind: "instance",
    });
    const types = (body["rest"] as { resource: { type: string; profile: string }[] }[])[0]!
      .resource;
    expect(types.map((r) => r.type)).toEqual(["Organization", "HealthcareService"]);
    expect(types[0]!.profile).toBe(
      "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Organization",
    );
  });
});

describe("Organization", () => {
  it("is every partner, each valid R4 on the UK Core profile, found again by its id", async () => {
    const all = await search("/fhir/Organization?_count=100");
    const partners = await h.query<{ partners: { totalCount: number } }>(
      `{ partners(first: 1) { totalCount } }`,
      {},
      undefined,
      null,
    );
    expect(all.total).toBe(partners.data!.partners.totalCount);
    for (const { resource, fullUrl } of all.entry!) {
      validR4(resource, `Organization/${resource.id}`);
      expect(resource["meta"]).toEqual({
        profile: ["https://fhir.hl7.org.uk/StructureDefinition/UKCore-Organization"],
      });
      const read = await get(`/fhir/Organization/${resource.id}`);
      expect(read.body).toEqual(resource);
      expect(fullUrl).toBe(`${base}/fhir/Organization/${resource.id}`);
    }
  });

  it("is found by its ODS code as an identifier, with or without the system", async () => {
    const eput = await search(`/fhir/Organization?identifier=${encodeURIComponent(`${ODS}|R1L`)}`);
    expect(eput.total).toBe(1);
    expect(eput.entry![0]!.resource).toMatchObject({
      id: "eput",
      name: "Essex Partnership University NHS Foundation Trust",
      identifier: expect.arrayContaining([{ system: ODS, value: "R1L" }]),
    });
    expect((await search("/fhir/Organization?identifier=R1L")).total).toBe(1);
    expect(
      (
        await search(
          `/fhir/Organization?identifier=${encodeURIComponent("https://example.org/other|R1L")}`,
        )
      ).total,
    ).toBe(0);
    expect(
      (await search("/fhir/Organization?name=essex%20county")).entry!.map((e) => e.resource.id),
    ).toContain("essex-county-council");
  });
});

describe("HealthcareService", () => {
  it("is every shared pathway and partner service, valid R4, with its provider and the areas it covers", async () => {
    const all = await search("/fhir/HealthcareService?_count=100");
    expect(all.total).toBeGreaterThanOrEqual(48);
    for (const { resource } of all.entry!) {
      validR4(resource, `HealthcareService/${resource.id}`);
      expect((await get(`/fhir/HealthcareService/${resource.id}`)).body).toEqual(resource);
    }
    const thurrock = all.entry!.find((e) => e.resource.id === "pathway-thurrock-first")!.resource;
    expect(thurrock).toMatchObject({
      providedBy: { reference: "Organization/thurrock-council" },
      coverageArea: [{ reference: "#thurrock", display: "Thurrock" }],
    });
    const byProvider = await search(
      "/fhir/HealthcareService?organization=Organization/eput&_count=100",
    );
    expect(
      byProvider.entry!.every(
        (e) =>
          (e.resource["providedBy"] as { reference: string }).reference === "Organization/eput",
      ),
    ).toBe(true);
  });

  it("gives telecom and referral methods only to a caller the GraphQL API gives contacts to", async () => {
    const anonymous = await get("/fhir/HealthcareService/pathway-nhs-111-mental-health");
    expect(anonymous.body["telecom"]).toBeUndefined();
    const partner = await get("/fhir/HealthcareService/pathway-nhs-111-mental-health", {
      authorization: `Bearer ${partnerToken}`,
    });
    validR4(partner.body, "with contacts");
    expect(partner.body["telecom"]).toEqual([{ system: "phone", value: "111, option 2" }]);
    expect(partner.body["referralMethod"]).toEqual([
      { coding: [expect.objectContaining({ code: "phone" })] },
    ]);
  });

  it("pages a search with _count, linking the next page", async () => {
    const first = await search("/fhir/HealthcareService?_count=10");
    expect(first.entry).toHaveLength(10);
    const next = first.link.find((l) => l.relation === "next")!.url;
    const second = await search(next.slice(base.length));
    expect(second.entry![0]!.resource.id).not.toBe(first.entry![0]!.resource.id);
  });
});

describe("errors", () => {
  it("answer with a valid OperationOutcome: unknown id, bad parameter, unknown parameter when strict", async () => {
    const missing = await get("/fhir/Organization/no-such-partner");
    expect(missing.status).toBe(404);
    validR4(missing.body, "404");
    expect(missing.body).toMatchObject({
      resourceType: "OperationOutcome",
      issue: [{ code: "not-found" }],
    });
    const bad = await get("/fhir/Organization?_count=1000");
    expect(bad.status).toBe(400);
    validR4(bad.body, "400");
    expect(JSON.stringify(bad.body)).toMatch(/_count/);
    const lenient = await search("/fhir/Organization?colour=blue&_count=5");
    expect(lenient.link[0]!.url).not.toMatch(/colour/);
    const strict = await get("/fhir/Organization?colour=blue", { prefer: "handling=strict" });
    expect(strict.status).toBe(400);
    validR4(strict.body, "strict");
    const unknown = await get("/fhir/Patient");
    expect(unknown.status).toBe(404);
    validR4(unknown.body, "unknown type");
  });
});

describe("formats", () => {
  it("answers 406 with an OperationOutcome to a client that asks for XML, however it asks", async () => {
    for (const [path, headers] of [
      ["/fhir/metadata", { accept: "application/fhir+xml" }],
      ["/fhir/Organization/eput", { accept: "application/xml, text/xml" }],
      ["/fhir/Organization?_format=xml", {}],
      ["/fhir/HealthcareService?_format=application/fhir+xml", {}],
    ] as const) {
      const refused = await get(path, headers);
      expect(refused.status, path).toBe(406);
      validR4(refused.body, `406 ${path}`);
      expect(refused.body).toMatchObject({ resourceType: "OperationOutcome" });
    }
  });

  it("serves JSON to every client that takes it: FHIR's JSON type, plain JSON, a browser, none", async () => {
    for (const accept of [
      "application/fhir+json",
      "application/fhir+json; fhirVersion=4.0",
      "application/json, text/plain, */*",
      "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
    ]) {
      expect((await get("/fhir/Organization/eput", { accept })).status, accept).toBe(200);
    }
    expect((await get("/fhir/Organization?_format=json&_count=1")).status).toBe(200);
  });
});

describe("a FHIR app in a browser", () => {
  it("is answered by CORS from an origin the deployment names, and from no other", async () => {
    const named = "https://fhir-app.example";
    const allowed = await startGateway({
      ...gatewayConfigFromEnv({}),
      metrics: null,
      port: 0,
      rateLimitPerMinute: 0,
      corsOrigins: [named],
      subgraphUrls: Object.fromEntries(Object.entries(h.subgraphs).map(([n, s]) => [n, s.url])),
    });
    try {
      const origin = allowed.url.replace(/\/graphql$/, "");
      const read = await fetch(`${origin}/fhir/metadata`, { headers: { origin: named } });
      expect(read.headers.get("access-control-allow-origin")).toBe(named);
      const preflight = await fetch(`${origin}/fhir/Organization`, {
        method: "OPTIONS",
        headers: {
          origin: named,
          "access-control-request-method": "GET",
          "access-control-request-headers": "authorization",
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-origin")).toBe(named);
      const other = await fetch(`${origin}/fhir/metadata`, {
        headers: { origin: "https://elsewhere.example" },
      });
      expect(other.headers.get("access-control-allow-origin")).toBeNull();
    } finally {
      await allowed.stop();
    }
    // None is named by default.
    const unnamed = await fetch(`${base}/fhir/metadata`, { headers: { origin: named } });
    expect(unnamed.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("a read of one resource", () => {
  it("costs the same however large the catalogue: one lookup, not a read of every record", async () => {
    const fresh = await startHarness();
    try {
      const reads = ["/fhir/Organization/eput", "/fhir/HealthcareService/pathway-thurrock-first"];
      const cost = async () => {
        const counts: Record<string, number>[] = [];
        for (const path of reads) {
          counts.push(
            await fresh.countStatements(async () => {
              const res = await fetch(`${fresh.origin}${path}`);
              expect(res.status, path).toBe(200);
            }),
          );
        }
        return counts;
      };
      const before = await cost();
      // 300 more partners: three more pages of them for anything that reads them all.
      fresh.databases
        .partners!.sqlite.prepare(
          `INSERT INTO partners (id, name, kind) SELECT 'extra-' || value, 'Extra partner ' || value, 'OTHER'
           FROM json_each(json_array(${Array.from({ length: 300 }, (_, i) => i).join(",")}))`,
        )
        .run();
      expect(await cost()).toEqual(before);
    } finally {
      await fresh.stop();
    }
  });
});
