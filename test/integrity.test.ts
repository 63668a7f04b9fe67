/**
 * References across subgraphs. When written, every key of another subgraph's entity is checked
 * with its owner: a bad one is refused by field (or CSV line) and nothing changes; an import asks
 * once for its distinct keys; an owner that cannot be reached refuses the write, retryably. When
 * read, a reference gone bad anyway nulls only the field holding it, with one error naming it.
 */
import { buildSchema, getNamedType, isListType, isNonNullType, isObjectType } from "graphql";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, snapshot, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

const today = new Date().toISOString().slice(0, 10);
const TABLES: Record<string, string[]> = {
  pathways: [
    "pathways",
    "pathway_participants",
    "pathway_places",
    "pathway_status_changes",
    "change_log",
  ],
  "lived-experience": [
    "roles",
    "activities",
    "coproductions",
    "coproduction_partners",
    "change_log",
  ],
  workforce: ["observations", "import_batches"],
};

/** Sends a write that must be refused for `field`, naming `value`, with its database unchanged. */
async function refused(
  subgraph: string,
  query: string,
  variables: Record<string, unknown>,
  field: string,
  value: string,
) {
  const before = snapshot(h.databases[subgraph]!, TABLES[subgraph]!);
  const res = await h.query(query, variables);
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res)).toBe("BAD_USER_INPUT");
  const problems = res.errors![0]!.extensions!.problems as { field: string; message: string }[];
  expect(problems).toContainEqual({ field, message: expect.stringContaining(`"${value}"`) });
  expect(snapshot(h.databases[subgraph]!, TABLES[subgraph]!)).toBe(before);
  return problems;
}

const PROPOSE = `mutation ($input: ProposePathwayInput!) { proposePathway(input: $input) { id } }`;
const proposal = (overrides: Record<string, unknown>) => ({
  name: `Integrity check ${Math.random()}`,
  purpose: "A test proposal",
  sectors: ["HOUSING"],
  participants: [{ partnerId: "eput", role: "LEAD" }],
  proposedBy: "test",
  ...overrides,
});
const CREATE_ROLE = `mutation ($input: CreateRoleInput!) { createLivedExperienceRole(input: $input) { id } }`;
const role = (overrides: Record<string, unknown>) => ({
  title: `Integrity post ${Math.random()}`,
  kind: "PEER_SUPPORT_WORKER",
  level: "CARE_UNIT",
  careUnitId: "urgent-care-and-inpatient-services",
  decidedBy: "test",
  ...overrides,
});
const PUBLISH_ACTIVITY = `mutation ($input: PublishActivityInput!) { publishInvolvementActivity(input: $input) { id } }`;
const activity = (overrides: Record<string, unknown>) => ({
  title: `Integrity activity ${Math.random()}`,
  shapes: "A test",
  date: today,
  expectedHours: 2,
  recognitionOffer: "VOLUNTARY",
  stage: "CO_DESIGN",
  ...overrides,
});
const COPRODUCTION = `mutation ($input: RecordCoproductionInput!) { recordCoproduction(input: $input) { id } }`;
const IMPORT = `mutation ($csv: String!) { importObservations(csv: $csv, source: "integrity.csv") { rows } }`;
const HEADER =
  "measure,unit,org_unit_type,org_unit,period,value,numerator,denominator,target,status";
let pathwayId = "";

describe("every key of another subgraph's entity is checked with its owner when written", () => {
  beforeAll(() => {
    pathwayId = (
      h.databases.pathways!.sqlite.prepare("SELECT id FROM pathways LIMIT 1").get() as {
        id: string;
      }
    ).id;
  });

  it("proposePathway: partners, places, the lead care unit and the agreement", async () => {
    const problems = await refused(
      "pathways",
      PROPOSE,
      {
        input: proposal({
          participants: [
            { partnerId: "eput", role: "LEAD" },
            { partnerId: "no-such-partner", role: "PROVIDER" },
          ],
          placeIds: ["thurrock", "no-such-place"],
          leadCareUnitId: "no-such-unit",
          agreementId: "no-such-agreement",
        }),
      },
      "input.participants[1].partnerId",
      "no-such-partner",
    );
    expect(problems.map((p) => p.field)).toEqual([
      "input.participants[1].partnerId",
      "input.placeIds[1]",
      "input.leadCareUnitId",
      "input.agreementId",
    ]);
  });

  it("proposePathway: a partner that had ceased to exist by the day it is proposed", async () => {
    const problems = await refused(
      "pathways",
      PROPOSE,
      {
        input: proposal({
          participants: [
            { partnerId: "eput", role: "LEAD" },
            { partnerId: "north-essex-partnership-university-nhs-ft", role: "PROVIDER" },
          ],
        }),
      },
      "input.participants[1].partnerId",
      "north-essex-partnership-university-nhs-ft",
    );
    expect(problems[0]!.message).toMatch(/had ceased by/);
    // On a day it still existed, the same partner is accepted.
    const res = await h.query(PROPOSE, {
      input: proposal({
        proposedOn: "2016-06-01",
        participants: [{ partnerId: "north-essex-partnership-university-nhs-ft", role: "LEAD" }],
      }),
    });
    expect(res.errors).toBeUndefined();
  });

  it("updatePathway and setPathwayParticipants: places, the lead care unit, partners (dated today)", async () => {
    await refused(
      "pathways",
      `mutation ($input: UpdatePathwayInput!) { updatePathway(input: $input) { id } }`,
      {
        input: { id: pathwayId, leadCareUnitId: "no-such-unit", decidedBy: "x", reason: "x" },
      },
      "input.leadCareUnitId",
      "no-such-unit",
    );
    await refused(
      "pathways",
      `mutation ($input: SetParticipantsInput!) { setPathwayParticipants(input: $input) { id } }`,
      {
        input: {
          id: pathwayId,
          participants: [
            { partnerId: "eput", role: "LEAD" },
            { partnerId: "south-essex-partnership-university-nhs-ft", role: "PROVIDER" },
          ],
          decidedBy: "x",
          reason: "x",
        },
      },
      "input.participants[1].partnerId",
      "south-essex-partnership-university-nhs-ft",
    );
  });

  it("updateLivedExperienceRole: its care unit and host partner", async () => {
    const role = (
      h.databases["lived-experience"]!.sqlite.prepare("SELECT id FROM roles LIMIT 1").get() as {
        id: string;
      }
    ).id;
    await refused(
      "lived-experience",
      `mutation ($input: UpdateRoleInput!) { updateLivedExperienceRole(input: $input) { id } }`,
      {
        input: {
          id: role,
          hostPartnerId: "no-such-host",
          arrangement: "JOINT_POST",
          decidedBy: "x",
          reason: "x",
        },
      },
      "input.hostPartnerId",
      "no-such-host",
    );
  });

  it("createLivedExperienceRole: its care unit and host partner", async () => {
    await refused(
      "lived-experience",
      CREATE_ROLE,
      { input: role({ careUnitId: "no-such-unit" }) },
      "input.careUnitId",
      "no-such-unit",
    );
    await refused(
      "lived-experience",
      CREATE_ROLE,
      { input: role({ arrangement: "PARTNER_HOSTED", hostPartnerId: "no-such-host" }) },
      "input.hostPartnerId",
      "no-such-host",
    );
  });

  it("publishInvolvementActivity: its pathway and care unit", async () => {
    await refused(
      "lived-experience",
      PUBLISH_ACTIVITY,
      { input: activity({ pathwayId: "no-such-pathway" }) },
      "input.pathwayId",
      "no-such-pathway",
    );
    await refused(
      "lived-experience",
      PUBLISH_ACTIVITY,
      { input: activity({ careUnitId: "no-such-unit" }) },
      "input.careUnitId",
      "no-such-unit",
    );
  });

  it("recordCoproduction: its pathway and partners", async () => {
    await refused(
      "lived-experience",
      COPRODUCTION,
      { input: { pathwayId: "no-such-pathway", stage: "CO_DESIGN", summary: "x" } },
      "input.pathwayId",
      "no-such-pathway",
    );
    await refused(
      "lived-experience",
      COPRODUCTION,
      {
        input: {
          pathwayId,
          stage: "CO_DESIGN",
          summary: "x",
          partnerIds: ["eput", "no-such-partner"],
        },
      },
      "input.partnerIds[1]",
      "no-such-partner",
    );
  });

  it("importObservations: each row's care unit or place, by its line, among rows with other problems", async () => {
    const csv = [
      HEADER,
      "vacancy-rate,PERCENT,CARE_UNIT,urgent-care-and-inpatient-services,2031-01,,1,10,,",
      "vacancy-rate,PERCENT,CARE_UNIT,no-such-unit,2031-01,,1,10,,",
      "no-such-measure,PERCENT,TRUST,eput,2031-01,,1,10,,",
      "vacancy-rate,PERCENT,PLACE,no-such-place,2031-01,,1,10,,",
    ].join("\n");
    const problems = await refused("workforce", IMPORT, { csv }, "row 3", "no-such-unit");
    expect(problems.map((p) => p.field)).toEqual(["row 3", "row 4", "row 5"]);
    expect(problems[2]!.message).toBe('no Place has the id "no-such-place"');
  });

  it("an import asks the owner once for its distinct keys, not once a row", async () => {
    const units = ["urgent-care-and-inpatient-services", "west-essex-community", "thurrock"];
    const rows = Array.from({ length: 1_200 }, (_, i) => {
      const unit = units[i % 3]!;
      const month = Math.floor(i / 3);
      const period = `${2040 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
      return `vacancy-rate,PERCENT,${unit === "thurrock" ? "PLACE" : "CARE_UNIT"},${unit},${period},,1,10,,`;
    });
    let result: Awaited<ReturnType<Harness["query"]>> | undefined;
    const statements = await h.countStatements(async () => {
      result = await h.query(IMPORT, { csv: [HEADER, ...rows].join("\n") });
    });
    expect(result!.errors).toBeUndefined();
    expect(result!.data).toEqual({ importObservations: { rows: 1_200 } });
    // One `_entities` call: one batched lookup per entity type.
    expect(statements.partners).toBeLessThanOrEqual(2);
  });
});

describe("a reference that has gone bad anyway nulls only itself, with one error naming it", () => {
  /** Runs `query` anonymously and expects exactly one NOT_FOUND naming `missing`. */
  async function survives(query: string, missing: string) {
    const res = await h.query(query, {}, undefined, null);
    expect(res.data, JSON.stringify(res)).toBeTruthy();
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]!.message).toContain(`"${missing}"`);
    expect(res.errors![0]!.extensions?.code).toBe("NOT_FOUND");
    return res.data as Record<string, unknown>;
  }
  const pathways = () => h.databases.pathways!.sqlite;
  const workforce = () => h.databases.workforce!.sqlite;

  it("PathwayParticipant.partner, PathwayStep.responsiblePartner and SharedPathway.places", async () => {
    // Live pathways EPUT takes part in, so they also count in coverage and EPUT's connections.
    const [a, b, c] = (
      pathways()
        .prepare(
          `SELECT id FROM pathways WHERE status = 'LIVE' AND id IN
             (SELECT pathway_id FROM pathway_participants WHERE partner_id = 'eput') ORDER BY id LIMIT 3`,
        )
        .all() as { id: string }[]
    ).map((r) => r.id);
    pathways()
      .prepare(
        "INSERT INTO pathway_participants (pathway_id, partner_id, role) VALUES (?, 'gone-partner', 'SUPPORT')",
      )
      .run(a);
    const data = await survives(
      `{ sharedPathway(id: "${a}") { name participants { role partner { name } } } }`,
      "gone-partner",
    );
    const pathway = data.sharedPathway as { name: string; participants: { partner: unknown }[] };
    expect(pathway.name).toBeTruthy();
    expect(pathway.participants.filter((p) => p.partner === null)).toHaveLength(1);

    pathways()
      .prepare(
        "INSERT INTO pathway_steps (pathway_id, position, kind, description, responsible_partner_id) VALUES (?, 99, 'ASSESSMENT', 'x', 'gone-responsible')",
      )
      .run(b);
    await survives(
      `{ sharedPathway(id: "${b}") { steps { position responsiblePartner { name } } } }`,
      "gone-responsible",
    );

    pathways()
      .prepare("INSERT INTO pathway_places (pathway_id, place_id) VALUES (?, 'gone-place')")
      .run(c);
    const placed = await survives(
      `{ sharedPathway(id: "${c}") { name places { name } } }`,
      "gone-place",
    );
    expect((placed.sharedPathway as { places: unknown[] }).places).toContain(null);
  });

  it("the public pathway list, coverage by place and care unit, and a partner's connections", async () => {
    const ids = (
      pathways().prepare("SELECT id FROM pathways ORDER BY id").all() as { id: string }[]
    ).map((r) => r.id);
    pathways()
      .prepare(
        "UPDATE pathways SET lead_care_unit_id = 'gone-unit' WHERE id = (SELECT min(id) FROM pathways WHERE status = 'LIVE')",
      )
      .run();
    const list = await survives(
      `{ sharedPathways(first: 100) { nodes { id leadCareUnit { name } } } }`,
      "gone-unit",
    );
    expect((list.sharedPathways as { nodes: unknown[] }).nodes.length).toBe(ids.length);
    await survives(`{ pathwayCoverage { byCareUnit { careUnit { name } count } } }`, "gone-unit");
    await survives(`{ pathwayCoverage { byPlace { place { name } count } } }`, "gone-place");
    await survives(
      `{ partner(id: "eput") { connections(first: 100) { partner { name } sharedPathwayCount } } }`,
      "gone-partner",
    );
  });

  it("the public workforce scorecard, and a figure's org unit", async () => {
    workforce()
      .prepare(
        `INSERT INTO observations (measure_code, unit_kind, unit_id, period, period_start, numerator, denominator, status, provenance)
         VALUES ('vacancy-rate', 'CARE_UNIT', 'gone-unit', '2025-03', '2025-03-01', 1, 10, 'PUBLISHED', 'IMPORT')`,
      )
      .run();
    const data = await survives(
      `{ workforceScorecard { careUnits { careUnit { name } rows { period } } } }`,
      "gone-unit",
    );
    const units = (data.workforceScorecard as { careUnits: { careUnit: unknown }[] }).careUnits;
    expect(units.filter((u) => u.careUnit === null)).toHaveLength(1);
    expect(units.length).toBeGreaterThan(1);
  });

  it("lived experience: an activity's pathway, a co-production's partners", async () => {
    const lived = h.databases["lived-experience"]!.sqlite;
    const activity = (lived.prepare("SELECT id FROM activities LIMIT 1").get() as { id: string })
      .id;
    lived.prepare("UPDATE activities SET pathway_id = 'gone-pathway' WHERE id = ?").run(activity);
    await survives(
      `{ involvementActivity(id: "${activity}") { title pathway { name } } }`,
      "gone-pathway",
    );
    const coproduction = (
      lived.prepare("SELECT id FROM coproductions LIMIT 1").get() as { id: string }
    ).id;
    lived
      .prepare(
        "INSERT INTO coproduction_partners (coproduction_id, partner_id) VALUES (?, 'gone-coproducer')",
      )
      .run(coproduction);
    const res = await h.query(
      `{ sharedPathways(first: 100) { nodes { coproduction { id partners { name } } } } }`,
      {},
      undefined,
      null,
    );
    expect(res.errors?.map((e) => e.message)).toEqual([
      expect.stringContaining('"gone-coproducer"'),
    ]);
    expect(res.data).toBeTruthy();
  });

  it("a pathway's agreement, a post's care unit and host, an activity's care unit, a figure's unit", async () => {
    pathways()
      .prepare(
        "UPDATE pathways SET agreement_id = 'gone-agreement' WHERE id = (SELECT max(id) FROM pathways)",
      )
      .run();
    const last = (pathways().prepare("SELECT max(id) AS id FROM pathways").get() as { id: string })
      .id;
    await survives(
      `{ sharedPathway(id: "${last}") { name agreement { title } } }`,
      "gone-agreement",
    );

    const lived = h.databases["lived-experience"]!.sqlite;
    const [role, hosted] = (
      lived.prepare("SELECT id FROM roles ORDER BY id LIMIT 2").all() as { id: string }[]
    ).map((r) => r.id);
    lived.prepare("UPDATE roles SET care_unit_id = 'gone-post-unit' WHERE id = ?").run(role);
    lived
      .prepare(
        "UPDATE roles SET host_partner_id = 'gone-host', arrangement = 'JOINT_POST' WHERE id = ?",
      )
      .run(hosted);
    for (const [id, field, missing] of [
      [role, "careUnit", "gone-post-unit"],
      [hosted, "hostPartner", "gone-host"],
    ] as const) {
      const res = await h.query(
        `{ livedExperienceRole(id: "${id}") { title ${field} { name } } }`,
        {},
        undefined,
        ["internal"],
      );
      expect(res.errors?.map((e) => e.message)).toEqual([expect.stringContaining(`"${missing}"`)]);
      expect(
        (res.data as { livedExperienceRole: Record<string, unknown> }).livedExperienceRole,
      ).toMatchObject({
        title: expect.any(String),
        [field]: null,
      });
    }
    const activity = (
      lived.prepare("SELECT id FROM activities ORDER BY id DESC LIMIT 1").get() as { id: string }
    ).id;
    lived
      .prepare("UPDATE activities SET care_unit_id = 'gone-activity-unit' WHERE id = ?")
      .run(activity);
    await survives(
      `{ involvementActivity(id: "${activity}") { title careUnit { name } } }`,
      "gone-activity-unit",
    );

    workforce()
      .prepare(
        `INSERT INTO observations (measure_code, unit_kind, unit_id, period, period_start, numerator, denominator, status, provenance)
         VALUES ('vacancy-rate', 'PLACE', 'gone-place-figure', '2025-03', '2025-03-01', 1, 10, 'PUBLISHED', 'IMPORT')`,
      )
      .run();
    const series = await survives(
      `{ measureSeries(measureCode: "vacancy-rate", from: "2025-03", to: "2025-03", units: [{ kind: PLACE, id: "gone-place-figure" }]) { orgUnit { id place { name } } points { value } } }`,
      "gone-place-figure",
    );
    expect(series.measureSeries).toEqual([
      { orgUnit: { id: "gone-place-figure", place: null }, points: [{ value: 10 }] },
    ]);
  });

  it("every field that holds another subgraph's entity is nullable, list items included", () => {
    const OWNER: Record<string, string> = {
      Partner: "partners",
      IntegratedCareSystem: "partners",
      Place: "partners",
      CareUnit: "partners",
      Collaborative: "partners",
      PartnershipAgreement: "partners",
      SystemLeadershipRole: "partners",
      SharedPathway: "pathways",
      Service: "pathways",
      LivedExperienceRole: "lived-experience",
      InvolvementActivity: "lived-experience",
      Measure: "workforce",
    };
    const supergraph = readFileSync("schema/supergraph.graphql", "utf8");
    const entities = [...supergraph.matchAll(/^type (\w+)[^{]*key: /gm)].map((m) => m[1]!);
    expect(Object.keys(OWNER).sort()).toEqual([...new Set(entities)].sort());
    const crossing: string[] = [];
    for (const subgraph of ["partners", "pathways", "lived-experience", "workforce"]) {
      const schema = buildSchema(
        readFileSync(`schema/${subgraph}.graphql`, "utf8").replace(/^extend schema[^]*?\n\n/m, ""),
        { assumeValidSDL: true },
      );
      for (const type of Object.values(schema.getTypeMap())) {
        if (!isObjectType(type) || type.name.startsWith("_")) continue;
        for (const field of Object.values(type.getFields())) {
          const owner = OWNER[getNamedType(field.type).name];
          if (!owner || owner === subgraph) continue;
          crossing.push(`${subgraph}: ${type.name}.${field.name}`);
          const outer = isNonNullType(field.type) ? field.type.ofType : field.type;
          if (isListType(outer)) {
            expect(isNonNullType(outer.ofType), `${type.name}.${field.name} items`).toBe(false);
          } else {
            expect(isNonNullType(field.type), `${type.name}.${field.name}`).toBe(false);
          }
        }
      }
    }
    expect(crossing.length).toBeGreaterThan(10);
  });
});

describe("an owner that cannot be reached", () => {
  it("refuses the write with a retryable error, and nothing is written", async () => {
    await h.subgraphs.partners!.stop();
    const before = snapshot(h.databases.pathways!, TABLES.pathways!);
    const res = await h.query(PROPOSE, { input: proposal({}) });
    expect(res.errors?.[0]?.extensions).toMatchObject({
      code: "REFERENCE_CHECK_UNAVAILABLE",
      retryable: true,
    });
    expect(res.errors![0]!.message).toMatch(/partners subgraph.*Nothing was written; try again/);
    expect(snapshot(h.databases.pathways!, TABLES.pathways!)).toBe(before);
  });
});
