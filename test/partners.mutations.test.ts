import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, snapshot, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

const TABLES = [
  "partners",
  "partner_identifiers",
  "memberships",
  "agreements",
  "agreement_parties",
];

/** Runs a mutation that must fail with `code`, and proves the database is unchanged after it. */
async function expectRefused(
  query: string,
  variables: Record<string, unknown>,
  code: string,
  field?: RegExp,
) {
  const before = snapshot(h.databases.partners!, TABLES);
  const res = await h.query(query, variables);
  expect(res.errors, JSON.stringify(res)).toBeDefined();
  expect(res.errors![0]!.extensions!.code).toBe(code);
  if (field) expect(res.errors![0]!.message).toMatch(field);
  expect(snapshot(h.databases.partners!, TABLES)).toBe(before);
}

const CREATE = `mutation ($input: CreatePartnerInput!) {
  createPartner(input: $input) { id name kind odsCode website places { id } }
}`;
const UPDATE = `mutation ($id: ID!, $input: UpdatePartnerInput!) {
  updatePartner(id: $id, input: $input) { id name endDate successor { id } identifiers { scheme value } isActive }
}`;
const RECORD = `mutation ($input: RecordAgreementInput!) {
  recordAgreement(input: $input) { id title type status parties { partner { id } role } }
}`;
const END = `mutation ($input: EndMembershipInput!) { endMembership(input: $input) { id endDate isCurrent } }`;
const ADD = `mutation ($input: AddMembershipInput!) { addMembership(input: $input) { id groupKind place { id } } }`;

describe("createPartner", () => {
  it("creates a partner with identifiers and memberships, findable at once", async () => {
    const res = await h.query<{
      createPartner: { id: string; odsCode: string; places: { id: string }[] };
    }>(CREATE, {
      input: {
        name: "Thurrock Housing Example",
        kind: "HOUSING",
        website: "https://housing.example.org",
        identifiers: [{ scheme: "charity", value: "123456" }],
        memberships: [{ placeId: "thurrock", role: "Housing provider" }],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createPartner.id).toBe("thurrock-housing-example");
    expect(res.data!.createPartner.places.map((p) => p.id)).toEqual(["thurrock"]);
    const found = await h.query<{ partners: { nodes: { id: string }[] } }>(
      `{ partners(filter: { search: "housing example", placeId: "thurrock" }) { nodes { id } } }`,
    );
    expect(found.data!.partners.nodes.map((n) => n.id)).toEqual(["thurrock-housing-example"]);
  });

  it("refuses bad input, naming each field, and writes nothing", async () => {
    await expectRefused(
      CREATE,
      { input: { name: "   ", kind: "HOUSING" } },
      "BAD_USER_INPUT",
      /input\.name/,
    );
    await expectRefused(
      CREATE,
      { input: { name: "x".repeat(201), kind: "HOUSING" } },
      "BAD_USER_INPUT",
      /at most 200/,
    );
    await expectRefused(
      CREATE,
      { input: { name: "Dup", id: "eput", kind: "NHS_TRUST" } },
      "BAD_USER_INPUT",
      /already exists/,
    );
    await expectRefused(
      CREATE,
      { input: { name: "Bad site", kind: "EMPLOYER", website: "javascript:alert(1)" } },
      "BAD_USER_INPUT",
      /website/,
    );
    await expectRefused(
      CREATE,
      { input: { name: "Bad id", id: "Not A Slug!", kind: "EMPLOYER" } },
      "BAD_USER_INPUT",
      /input\.id/,
    );
    await expectRefused(
      CREATE,
      {
        input: {
          name: "Stolen code",
          kind: "NHS_TRUST",
          identifiers: [{ scheme: "ODS", value: "r1l" }],
        },
      },
      "BAD_USER_INPUT",
      /already identifies partner "eput"/,
    );
    await expectRefused(
      CREATE,
      {
        input: {
          name: "Odd code",
          kind: "NHS_TRUST",
          identifiers: [{ scheme: "ODS", value: "TOO-LONG-CODE" }],
        },
      },
      "BAD_USER_INPUT",
      /ODS code/,
    );
    await expectRefused(
      CREATE,
      { input: { name: "No place", kind: "HOUSING", memberships: [{ placeId: "atlantis" }] } },
      "NOT_FOUND",
      /atlantis/,
    );
    await expectRefused(
      CREATE,
      {
        input: {
          name: "Two groups",
          kind: "HOUSING",
          memberships: [{ placeId: "thurrock", icsId: "mid-and-south-essex" }],
        },
      },
      "BAD_USER_INPUT",
      /exactly one/,
    );
  });

  it("refuses malformed values at the schema: unknown kind, impossible date", async () => {
    const kind = await h.query(CREATE, { input: { name: "A", kind: "SPACESHIP" } });
    expect(kind.status).toBe(400);
    expect(kind.errors![0]!.message).toMatch(/kind/);
    const date = await h.query(CREATE, {
      input: { name: "A", kind: "HOUSING", startDate: "2023-02-29" },
    });
    expect(date.errors![0]!.message).toMatch(/YYYY-MM-DD/);
  });
});

describe("updatePartner", () => {
  it("records a merger: end date and successor, so 'as of' queries see both sides", async () => {
    await h.query(CREATE, {
      input: {
        id: "old-trust-example",
        name: "Old Trust Example",
        kind: "NHS_TRUST",
        startDate: "2000-01-01",
      },
    });
    const res = await h.query<{
      updatePartner: { endDate: string; successor: { id: string }; isActive: boolean };
    }>(UPDATE, {
      id: "old-trust-example",
      input: { endDate: "2020-03-31", successorId: "eput" },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updatePartner).toMatchObject({
      endDate: "2020-03-31",
      successor: { id: "eput" },
      isActive: false,
    });
    const eput = await h.query<{ partner: { predecessors: { id: string }[] } }>(
      `{ partner(id: "eput") { predecessors { id } } }`,
    );
    expect(eput.data!.partner.predecessors.map((p) => p.id)).toContain("old-trust-example");
  });

  it("replaces identifiers when given", async () => {
    const res = await h.query<{
      updatePartner: { identifiers: { scheme: string; value: string }[] };
    }>(UPDATE, {
      id: "thurrock-housing-example",
      input: { identifiers: [{ scheme: "CHARITY", value: "654321" }] },
    });
    expect(res.data!.updatePartner.identifiers).toEqual([{ scheme: "CHARITY", value: "654321" }]);
  });

  it("refuses bad updates and writes nothing", async () => {
    await expectRefused(
      UPDATE,
      { id: "no-such-partner", input: { name: "X" } },
      "NOT_FOUND",
      /no-such-partner/,
    );
    await expectRefused(
      UPDATE,
      { id: "eput", input: { name: null } },
      "BAD_USER_INPUT",
      /cannot be cleared/,
    );
    await expectRefused(
      UPDATE,
      { id: "eput", input: { endDate: "2010-01-01" } },
      "BAD_USER_INPUT",
      /before the start date/,
    );
    await expectRefused(
      UPDATE,
      { id: "eput", input: { successorId: "eput" } },
      "BAD_USER_INPUT",
      /succeed itself/,
    );
    await expectRefused(
      UPDATE,
      { id: "eput", input: { successorId: "north-essex-partnership-university-nhs-ft" } },
      "BAD_USER_INPUT",
      /cycle/,
    );
    await expectRefused(
      UPDATE,
      { id: "eput", input: { successorId: "nobody" } },
      "NOT_FOUND",
      /nobody/,
    );
    await expectRefused(
      UPDATE,
      { id: "eput", input: { name: "Renamed", identifiers: [{ scheme: "ODS", value: "QH8" }] } },
      "BAD_USER_INPUT",
      /already identifies/,
    );
  });
});

describe("recordAgreement", () => {
  it("records an agreement between partners", async () => {
    const res = await h.query<{
      recordAgreement: { id: string; parties: { partner: { id: string } }[] };
    }>(RECORD, {
      input: {
        title: "Example joint post with Mind",
        type: "JOINT_POST",
        status: "ACTIVE",
        startDate: "2024-04-01",
        parties: [
          { partnerId: "eput", role: "Host" },
          { partnerId: "mind", role: "Partner" },
        ],
        source: { documentId: "msec-care-unit-plan", section: "Strategic objective 3" },
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordAgreement.id).toBe("example-joint-post-with-mind");
    const mind = await h.query<{ partner: { agreements: { id: string }[] } }>(
      `{ partner(id: "mind") { agreements(status: ACTIVE) { id } } }`,
    );
    expect(mind.data!.partner.agreements.map((a) => a.id)).toContain(
      "example-joint-post-with-mind",
    );
  });

  it("refuses bad agreements and writes nothing", async () => {
    const base = {
      title: "Refused",
      type: "SECTION_75",
      status: "ACTIVE",
      parties: [{ partnerId: "eput" }, { partnerId: "essex-county-council" }],
    };
    await expectRefused(
      RECORD,
      { input: { ...base, parties: [{ partnerId: "eput" }] } },
      "BAD_USER_INPUT",
      /two different partners/,
    );
    await expectRefused(
      RECORD,
      { input: { ...base, parties: [{ partnerId: "eput" }, { partnerId: "eput" }] } },
      "BAD_USER_INPUT",
      /two different/,
    );
    await expectRefused(
      RECORD,
      { input: { ...base, parties: [{ partnerId: "eput" }, { partnerId: "ghost" }] } },
      "NOT_FOUND",
      /ghost/,
    );
    await expectRefused(
      RECORD,
      { input: { ...base, startDate: "2024-01-01", endDate: "2023-01-01" } },
      "BAD_USER_INPUT",
      /endDate/,
    );
    await expectRefused(
      RECORD,
      { input: { ...base, status: "ENDED" } },
      "BAD_USER_INPUT",
      /required when status is ENDED/,
    );
    await expectRefused(
      RECORD,
      { input: { ...base, id: "section-75-thurrock-council" } },
      "BAD_USER_INPUT",
      /already exists/,
    );
    await expectRefused(
      RECORD,
      { input: { ...base, source: { documentId: "made-up" } } },
      "BAD_USER_INPUT",
      /unknown source document/,
    );
  });
});

describe("memberships", () => {
  it("ends a membership: it stops counting today but stays in history", async () => {
    const added = await h.query<{ addMembership: { id: string } }>(ADD, {
      input: { partnerId: "mind", placeId: "thurrock", startDate: "2023-01-01" },
    });
    expect(added.errors).toBeUndefined();
    const id = added.data!.addMembership.id;
    const ended = await h.query<{ endMembership: { endDate: string; isCurrent: boolean } }>(END, {
      input: { membershipId: id, endDate: "2024-06-30" },
    });
    expect(ended.data!.endMembership).toMatchObject({ endDate: "2024-06-30", isCurrent: false });
    const place = await h.query<{
      place: { now: { partner: { id: string } }[]; past: { partner: { id: string } }[] };
    }>(
      `{ place(id: "thurrock") { now: members { partner { id } } past: members(asOf: "2024-01-01") { partner { id } } } }`,
    );
    expect(place.data!.place.now.map((m) => m.partner.id)).not.toContain("mind");
    expect(place.data!.place.past.map((m) => m.partner.id)).toContain("mind");
  });

  it("refuses bad membership changes and writes nothing", async () => {
    await expectRefused(
      END,
      { input: { membershipId: "no-such-membership", endDate: "2024-01-01" } },
      "NOT_FOUND",
    );
    await expectRefused(
      END,
      { input: { membershipId: "thurrock--mind--2023-01-01", endDate: "2025-01-01" } },
      "BAD_USER_INPUT",
      /already ended/,
    );
    await expectRefused(
      END,
      {
        input: {
          membershipId: "mid-and-south-essex-community-collaborative--eput--2020-09-01",
          endDate: "2019-01-01",
        },
      },
      "BAD_USER_INPUT",
      /before the start date/,
    );
    await expectRefused(
      ADD,
      { input: { partnerId: "nobody", placeId: "thurrock" } },
      "NOT_FOUND",
      /nobody/,
    );
    await expectRefused(
      ADD,
      { input: { partnerId: "mind", placeId: "thurrock", startDate: "2023-01-01" } },
      "BAD_USER_INPUT",
      /already has this membership/,
    );
  });
});
