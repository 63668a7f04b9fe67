import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

interface PartnerPage {
  partners: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: { id: string; name: string; kind: string }[];
  };
}

const PAGE = `query ($filter: PartnerFilter, $first: Int, $after: String) {
  partners(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id name kind }
  }
}`;

describe("looking partners up", () => {
  it("finds a partner by id, with its ODS code, places and ICSs", async () => {
    const res = await h.query<{
      partner: {
        name: string;
        odsCode: string;
        places: { id: string }[];
        integratedCareSystems: { id: string }[];
        source: { documentTitle: string; section: string };
      };
    }>(
      `{ partner(id: "eput") { name odsCode places { id } integratedCareSystems { id } source { documentTitle section } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.partner.name).toBe("Essex Partnership University NHS Foundation Trust");
    expect(res.data!.partner.odsCode).toBe("R1L");
    expect(res.data!.partner.places).toHaveLength(6);
    expect(res.data!.partner.integratedCareSystems.map((i) => i.id)).toContain(
      "mid-and-south-essex",
    );
    expect(res.data!.partner.source.documentTitle).toMatch(/Strategic Plan/);
  });

  it("finds a partner by ODS code, whatever its case", async () => {
    const res = await h.query<{ partner: { id: string } }>(`{ partner(odsCode: "qh8") { id } }`);
    expect(res.data!.partner.id).toBe("mid-and-south-essex-icb");
  });

  it("answers null for an unknown partner and refuses an ambiguous lookup", async () => {
    expect((await h.query(`{ partner(id: "no-such-partner") { id } }`)).data).toEqual({
      partner: null,
    });
    const both = await h.query(`{ partner(id: "eput", odsCode: "R1L") { id } }`);
    expect(both.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
  });

  it("resolves Partner entities by either key, as another subgraph would ask", async () => {
    const res = await h.query<{ _entities: ({ id: string; name: string } | null)[] }>(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Partner { id name } } }`,
      {
        r: [
          { __typename: "Partner", id: "thurrock-council" },
          { __typename: "Partner", odsCode: "RAJ" },
        ],
      },
      h.subgraphs.partners!.url,
    );
    expect(res.data!._entities.map((e) => e?.id)).toEqual([
      "thurrock-council",
      "mid-and-south-essex-nhs-ft",
    ]);
  });
});

describe("listing and filtering partners", () => {
  it("filters by kind", async () => {
    const res = await h.query<PartnerPage>(PAGE, {
      filter: { kinds: ["INTEGRATED_CARE_BOARD"] },
      first: 100,
    });
    expect(res.data!.partners.totalCount).toBe(4);
    expect(res.data!.partners.nodes.every((p) => p.kind === "INTEGRATED_CARE_BOARD")).toBe(true);
  });

  it("filters by place and by ICS membership", async () => {
    const thurrock = await h.query<PartnerPage>(PAGE, {
      filter: { placeId: "thurrock" },
      first: 100,
    });
    expect(thurrock.data!.partners.nodes.map((p) => p.id).sort()).toEqual(
      ["eput", "healthwatch-thurrock", "north-east-london-nhs-ft", "thurrock-council"].sort(),
    );
    const mse = await h.query<PartnerPage>(PAGE, {
      filter: { icsId: "mid-and-south-essex" },
      first: 100,
    });
    expect(mse.data!.partners.nodes.map((p) => p.id)).toEqual(
      expect.arrayContaining(["eput", "mid-and-south-essex-icb", "mid-and-south-essex-nhs-ft"]),
    );
  });

  it("hides ceased organisations unless asked, and answers 'as of' a past date", async () => {
    const now = await h.query<PartnerPage>(PAGE, {
      filter: { search: "Partnership University" },
      first: 100,
    });
    expect(now.data!.partners.nodes.map((p) => p.id)).not.toContain(
      "south-essex-partnership-university-nhs-ft",
    );
    const then = await h.query<PartnerPage>(PAGE, {
      filter: { search: "Partnership University", asOf: "2016-06-01" },
      first: 100,
    });
    const ids = then.data!.partners.nodes.map((p) => p.id);
    expect(ids).toContain("south-essex-partnership-university-nhs-ft");
    expect(ids).not.toContain("eput");
    const succession = await h.query<{ partner: { successor: { id: string } } }>(
      `{ partner(id: "north-essex-partnership-university-nhs-ft") { successor { id } } }`,
    );
    expect(succession.data!.partner.successor.id).toBe("eput");
  });

  it("ranks free-text matches by relevance, name matches first", async () => {
    const res = await h.query<PartnerPage>(PAGE, { filter: { search: "ambulance" }, first: 5 });
    expect(res.data!.partners.nodes[0]!.id).toBe("east-of-england-ambulance-service");
    const prefix = await h.query<PartnerPage>(PAGE, { filter: { search: "healthw" }, first: 10 });
    expect(prefix.data!.partners.totalCount).toBe(3);
  });

  it("treats search operators and quotes as plain text", async () => {
    for (const search of [
      `"unterminated`,
      "NEAR(",
      "a OR b AND",
      "*",
      "'; DROP TABLE partners; --",
    ]) {
      const res = await h.query<PartnerPage>(PAGE, { filter: { search } });
      expect(res.errors).toBeUndefined();
    }
    const count = await h.query<PartnerPage>(PAGE, { first: 1 });
    expect(count.data!.partners.totalCount).toBeGreaterThan(40 - 3);
  });

  it("pages through every partner with no duplicates and no gaps", async () => {
    const all = await h.query<PartnerPage>(PAGE, { first: 100, filter: { includeInactive: true } });
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 20; i++) {
      const page: { data?: PartnerPage | null } = await h.query<PartnerPage>(PAGE, {
        first: 7,
        after,
        filter: { includeInactive: true },
      });
      seen.push(...page.data!.partners.nodes.map((p) => p.id));
      after = page.data!.partners.pageInfo.endCursor;
      if (!page.data!.partners.pageInfo.hasNextPage) break;
    }
    expect(seen).toEqual(all.data!.partners.nodes.map((p) => p.id));
    expect(new Set(seen).size).toBe(all.data!.partners.totalCount);
    expect(all.data!.partners.totalCount).toBeGreaterThan(40);
  });

  it("pages through search results in rank order with no duplicates", async () => {
    const all = await h.query<PartnerPage>(PAGE, { first: 100, filter: { search: "essex" } });
    const first = await h.query<PartnerPage>(PAGE, { first: 4, filter: { search: "essex" } });
    const second = await h.query<PartnerPage>(PAGE, {
      first: 100,
      after: first.data!.partners.pageInfo.endCursor,
      filter: { search: "essex" },
    });
    const ids = [...first.data!.partners.nodes, ...second.data!.partners.nodes].map((p) => p.id);
    expect(ids).toEqual(all.data!.partners.nodes.map((p) => p.id));
  });

  it("refuses a forged cursor and an out-of-range page size", async () => {
    const forged = await h.query(PAGE, { after: "not-a-cursor" });
    expect(forged.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    const huge = await h.query(PAGE, { first: 10_000 });
    expect(huge.errors![0]!.message).toMatch(/first/);
  });
});

describe("the partnership structure", () => {
  it("lists ICSs with their places and ICB, care units, and collaboratives with members", async () => {
    const res = await h.query<{
      integratedCareSystems: {
        id: string;
        icb: { odsCode: string | null };
        places: { id: string }[];
      }[];
      careUnits: { id: string; wardCount: number | null; places: { id: string }[] }[];
      collaboratives: { id: string; members: { partner: { id: string } }[] }[];
    }>(`{
      integratedCareSystems { id icb { odsCode } places { id } }
      careUnits { id wardCount places { id } }
      collaboratives { id members { partner { id } } }
    }`);
    expect(res.errors).toBeUndefined();
    const mse = res.data!.integratedCareSystems.find((i) => i.id === "mid-and-south-essex")!;
    expect(mse.icb.odsCode).toBe("QH8");
    expect(mse.places).toHaveLength(4);
    expect(res.data!.careUnits).toHaveLength(6);
    expect(
      res.data!.careUnits.find((c) => c.id === "urgent-care-and-inpatient-services")!.wardCount,
    ).toBe(23);
    const collab = res.data!.collaboratives.find(
      (c) => c.id === "mid-and-south-essex-community-collaborative",
    )!;
    expect(collab.members.map((m) => m.partner.id).sort()).toEqual([
      "eput",
      "north-east-london-nhs-ft",
      "provide",
    ]);
  });

  it("lists a partner's agreements with the other parties", async () => {
    const res = await h.query<{
      partner: {
        agreements: { id: string; type: string; parties: { partner: { id: string } }[] }[];
      };
    }>(`{ partner(id: "thurrock-council") { agreements { id type parties { partner { id } } } } }`);
    const ids = res.data!.partner.agreements.map((a) => a.id);
    expect(ids).toContain("section-75-thurrock-council");
    expect(ids).toContain("thurrock-integrated-health-and-care-worker");
  });
});

describe("N+1 freedom", () => {
  const LIST = `query ($first: Int) { partners(first: $first, filter: { includeInactive: true }) {
    nodes { id name odsCode integratedCareSystems { id name } places { id name integratedCareSystem { id } } successor { name } }
  } }`;

  it("lists 10 or 100 partners with their ICSs and places in the same number of SQL statements", async () => {
    const ten = await h.countStatements(() => h.query(LIST, { first: 10 }));
    const hundred = await h.countStatements(() => h.query(LIST, { first: 100 }));
    expect(ten.partners).toBe(hundred.partners);
    expect(hundred.partners).toBeLessThanOrEqual(8);
  });
});
