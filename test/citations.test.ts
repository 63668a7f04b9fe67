/**
 * Citations checked as a careful reader would check them. Figures the plans give about an
 * organisation are in the graph as figures: the quoted words stand in the cited document, under
 * the cited section's heading, and the number the graph holds is the number they state. Each
 * success measure cites the plan (and table) whose success-measure lines name it, and a
 * definition the plan does not give is marked as an inference.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";
import { documentText, sectionStarts, standsInSection } from "./source-text.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

interface Fact {
  label: string;
  value: number;
  qualifier: string;
  unit: string;
  quote: string;
  source: { documentId: string; section: string; note: string | null };
}

describe("key facts of EPUT, a care unit and services", () => {
  let facts: Fact[] = [];
  let unitFacts: Fact[] = [];
  let serviceFacts: Fact[] = [];
  beforeAll(async () => {
    const FACT = `label value qualifier unit quote source { documentId section note }`;
    const res = await h.query<{
      partner: { keyFacts: Fact[] };
      careUnit: { keyFacts: Fact[] };
      sharedPathways: { nodes: { id: string; keyFacts: Fact[] }[] };
    }>(
      `{ partner(odsCode: "R1L") { keyFacts { ${FACT} } }
         careUnit(id: "mid-and-south-essex-community") { keyFacts { ${FACT} } }
         sharedPathways(first: 100) { nodes { id keyFacts { ${FACT} } } } }`,
      {},
      undefined,
      null,
    );
    expect(res.errors).toBeUndefined();
    facts = res.data!.partner.keyFacts;
    unitFacts = res.data!.careUnit.keyFacts;
    serviceFacts = res.data!.sharedPathways.nodes.flatMap((p) =>
      p.keyFacts.map((f) => ({ ...f, label: `${p.id}: ${f.label}` })),
    );
  });

  it("holds the figures the trust plan gives: staff, sites, people served and in care, recruits", () => {
    const byUnit = Object.fromEntries(facts.map((f) => [f.label, [f.qualifier, f.value, f.unit]]));
    expect(byUnit).toMatchObject({
      Staff: ["MORE_THAN", 5500, "staff"],
      Sites: ["MORE_THAN", 200, "sites"],
      "People in its care at any one time": ["MORE_THAN", 100000, "people"],
      "People in the areas it serves": ["MORE_THAN", 3200000, "people"],
      "People recruited since April 2022": ["MORE_THAN", 900, "people recruited"],
    });
  });

  it("holds the care unit plan's demand figures: population growth by district, referrals a month before and after", () => {
    const byLabel = Object.fromEntries(unitFacts.map((f) => [f.label, f.value]));
    expect(byLabel).toMatchObject({
      "Forecast growth of the older adult population, Mid and South Essex, next five years": 8,
      "Forecast growth of the older adult population, Southend, next five years": 9.1,
      "Forecast growth of the older adult population, Basildon and Brentwood, next five years": 5.8,
      "Dementia Intensive Support: average referrals a month, 2019/20": 588,
      "Dementia Intensive Support: average referrals a month, from April 2021": 1182,
    });
    expect(unitFacts.every((f) => f.source.documentId === "msec-care-unit-plan")).toBe(true);
  });

  it("holds the engagement behind the strategy, and services' outcomes", () => {
    const value = (label: string) =>
      [...facts, ...serviceFacts].find((f) => f.label === label)?.value;
    expect(value("Engagement events held to develop the strategy")).toBe(83);
    expect(value("Staff met to develop the strategy")).toBe(343);
    expect(value("shells-sos-bus: People helped in its first year")).toBe(650);
    expect(value("essex-family-group-conferencing: Users who recommend the service")).toBe(90);
  });

  it("quotes each from the cited section of the cited document, and states the number it holds", () => {
    expect(facts.length + unitFacts.length + serviceFacts.length).toBeGreaterThanOrEqual(23);
    for (const fact of [...facts, ...unitFacts, ...serviceFacts]) {
      const text = documentText(fact.source.documentId);
      const lower = text.toLowerCase();
      expect(
        lower.includes(fact.quote.toLowerCase()),
        `"${fact.quote}" in ${fact.source.documentId}`,
      ).toBe(true);
      const { starts, missing } = sectionStarts(lower, fact.source.section);
      expect(missing, fact.source.section).toEqual([]);
      expect(
        standsInSection(lower, starts, fact.quote),
        `"${fact.quote}" under "${fact.source.section}"`,
      ).toBe(true);
      const stated =
        fact.value >= 1_000_000
          ? [`${fact.value / 1_000_000} million`]
          : [fact.value.toLocaleString("en-GB"), String(fact.value)];
      expect(
        stated.some((form) => fact.quote.includes(form)),
        `${fact.label}: ${fact.quote}`,
      ).toBe(true);
      if (fact.qualifier === "MORE_THAN") expect(fact.quote).toMatch(/more than|over/i);
    }
  });
});

interface FrameworkLine {
  text: string;
  measures: { code: string }[];
}
type Framework = { outcomes: { subOutcomes: { measureLines: FrameworkLine[] }[] }[] }[];

describe("success measures", () => {
  it("each cites the plan whose success-measure lines name it, and those lines stand in that plan", async () => {
    const FRAMEWORK = `outcomes { subOutcomes { measureLines { text measures { code } } } }`;
    const res = await h.query<{
      measures: {
        code: string;
        source: { documentId: string; section: string; note: string | null };
      }[];
      trust: Framework;
      unit: Framework;
    }>(
      `{ measures { code source { documentId section note } }
         trust: measureFramework { ${FRAMEWORK} }
         unit: measureFramework(careUnitId: "mid-and-south-essex-community") { ${FRAMEWORK} } }`,
      {},
      undefined,
      null,
    );
    expect(res.errors).toBeUndefined();
    const linesOf = (framework: Framework) =>
      framework.flatMap((o) =>
        o.outcomes.flatMap((x) => x.subOutcomes.flatMap((s) => s.measureLines)),
      );
    const lists = {
      "eput-strategic-plan-2023-28": linesOf(res.data!.trust),
      "msec-care-unit-plan": linesOf(res.data!.unit),
    } as const;
    let careUnitOnly = 0;
    for (const measure of res.data!.measures) {
      const inTrust = lists["eput-strategic-plan-2023-28"].filter((l) =>
        l.measures.some((m) => m.code === measure.code),
      );
      const inUnit = lists["msec-care-unit-plan"].filter((l) =>
        l.measures.some((m) => m.code === measure.code),
      );
      const expected = inTrust.length > 0 ? "eput-strategic-plan-2023-28" : "msec-care-unit-plan";
      if (inTrust.length === 0) careUnitOnly++;
      expect(measure.source.documentId, measure.code).toBe(expected);
      // The lines that name it stand in that plan (its own words, bullets and emphasis aside).
      const text = documentText(expected).replace(/[*•]/g, "");
      for (const line of inTrust.length > 0 ? inTrust : inUnit) {
        expect(text, `${measure.code}: "${line.text}"`).toContain(
          line.text.replace(/[*•]/g, "").trim(),
        );
      }
    }
    expect(careUnitOnly).toBe(9);
  });

  it("says where a definition is an inference, not the plan's words", async () => {
    const res = await h.query<{
      measure: { name: string; definition: string; source: { note: string } };
    }>(
      `{ measure(code: "readmissions-30-days") { name definition source { note } } }`,
      {},
      undefined,
      null,
    );
    expect(res.data!.measure.name).toBe("Admissions and readmissions in the community caseload");
    expect(res.data!.measure.definition).not.toMatch(/30 days/);
    expect(res.data!.measure.source.note).toMatch(/^Inferred: /);
  });
});

describe("what the plans call lived experience roles", () => {
  it("holds the voluntary-sector joint post as a proposed agreement, and no integrated care worker as a lived experience post", async () => {
    const res = await h.query<{
      agreement: {
        status: string;
        type: string;
        parties: { partner: { id: string } }[];
        source: { documentId: string };
      };
      livedExperienceRoleCounts: { total: number };
      livedExperienceRoles: { totalCount: number };
    }>(
      `{ agreement(id: "trust-links-joint-posts") { status type parties { partner { id } } source { documentId } }
         livedExperienceRoleCounts(filter: { kinds: [INTEGRATED_CARE_WORKER] }) { total }
         livedExperienceRoles(filter: { hostPartnerId: "trust-links" }) { totalCount } }`,
      {},
      undefined,
      ["internal"],
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.agreement).toMatchObject({
      status: "PROPOSED",
      type: "JOINT_POST",
      source: { documentId: "msec-care-unit-plan" },
    });
    expect(res.data!.agreement.parties.map((p) => p.partner.id).sort()).toEqual([
      "eput",
      "trust-links",
    ]);
    expect(res.data!.livedExperienceRoleCounts.total).toBe(0);
    expect(res.data!.livedExperienceRoles.totalCount).toBe(0);
  });
});

describe("inferences say so", () => {
  /** The words a reader would look for: the name without "NHS", "Foundation Trust" and the like. */
  const key = (name: string) =>
    name
      .toLowerCase()
      .replace(/^nhs /, "")
      .replace(/ (nhs )?(foundation )?trust$/, "")
      .replace(/ integrated care board$/, "");

  it("every collaborative member and pathway participant its cited plan does not name has a note saying how it was read", async () => {
    const res = await h.query<{
      collaboratives: { members: Named[] }[];
      sharedPathways: { nodes: { participants: Named[] }[] };
    }>(
      `{ collaboratives { members(first: 100) { partner { name } source { documentId note } } }
         sharedPathways(first: 100) { nodes { participants { partner { name } source { documentId note } } } } }`,
      {},
      undefined,
      null,
    );
    expect(res.errors).toBeUndefined();
    const all = [
      ...res.data!.collaboratives.flatMap((c) => c.members),
      ...res.data!.sharedPathways.nodes.flatMap((p) => p.participants),
    ].filter((x) => x.source);
    expect(all.length).toBeGreaterThan(50);
    const unnamed = all.filter(
      (x) => !documentText(x.source!.documentId).toLowerCase().includes(key(x.partner.name)),
    );
    expect(unnamed.length).toBeGreaterThan(0);
    for (const x of unnamed) {
      expect(x.source!.note, `${x.partner.name} in ${x.source!.documentId}`).toBeTruthy();
    }
  });
});

interface Named {
  partner: { name: string };
  source: { documentId: string; note: string | null } | null;
}

interface Source {
  documentId: string;
  section: string | null;
  quote: string | null;
  note: string | null;
}
interface Sourced {
  what: string;
  name: string;
  source: Source | null;
  /** Other words that name the record's subject: a member's or participant's partner. */
  partner?: { id: string; name: string; source: Source | null };
  illustrative?: boolean;
}

describe("every record's citation", () => {
  let records: Sourced[] = [];
  beforeAll(async () => {
    const S = "source { documentId section quote note }";
    const P = `partner { id name ${S} }`;
    const res = await h.query<{
      partners: {
        nodes: { id: string; name: string; source: Source; memberships: { source: Source }[] }[];
      };
      integratedCareSystems: {
        name: string;
        source: Source;
        places: { name: string; source: Source }[];
      }[];
      careUnits: { name: string; source: Source }[];
      collaboratives: { name: string; source: Source }[];
      agreements: { title: string; source: Source }[];
      systemLeadershipRoles: { title: string; source: Source }[];
      sharedPathways: {
        nodes: {
          id: string;
          name: string;
          source: Source;
          participants: { partner: Sourced["partner"]; source: Source }[];
        }[];
      };
      livedExperienceRoles: {
        nodes: { title: string; provenance: { illustrative: boolean; source: Source } }[];
      };
      services: { name: string; source: Source }[];
      awards: { name: string; source: Source }[];
      commitments: { text: string; source: Source }[];
      involvementActivities: {
        nodes: { title: string; provenance: { illustrative: boolean; source: Source } }[];
      };
    }>(
      `{ partners(first: 100) { nodes { id name ${S} memberships { ${S} } } }
         integratedCareSystems { name ${S} places { name ${S} } }
         careUnits { name ${S} }
         collaboratives { name ${S} }
         agreements { title ${S} }
         systemLeadershipRoles { title ${S} }
         sharedPathways(first: 100) { nodes { id name ${S} participants { ${P} ${S} } } }
         livedExperienceRoles(first: 100) { nodes { title provenance { illustrative ${S} } } }
         services { name ${S} }
         awards { name ${S} }
         commitments { text ${S} }
         involvementActivities(first: 100) { nodes { title provenance { illustrative ${S} } } } }`,
      {},
      undefined,
      ["internal"],
    );
    expect(res.errors).toBeUndefined();
    const d = res.data!;
    const partnerOf = new Map(d.partners.nodes.map((p) => [p.id, p]));
    records = [
      ...d.partners.nodes.flatMap((p) => [
        { what: "partner", name: p.name, source: p.source },
        ...p.memberships.map((m) => ({
          what: "membership",
          name: p.name,
          source: m.source,
          partner: partnerOf.get(p.id)!,
        })),
      ]),
      ...d.integratedCareSystems.flatMap((i) => [
        { what: "ICS", name: i.name, source: i.source },
        ...i.places.map((p) => ({ what: "place", name: p.name, source: p.source })),
      ]),
      ...d.careUnits.map((u) => ({ what: "care unit", name: u.name, source: u.source })),
      ...d.collaboratives.map((c) => ({ what: "collaborative", name: c.name, source: c.source })),
      ...d.agreements.map((a) => ({ what: "agreement", name: a.title, source: a.source })),
      ...d.systemLeadershipRoles.map((r) => ({
        what: "leadership role",
        name: r.title,
        source: r.source,
      })),
      ...d.sharedPathways.nodes.flatMap((p) => [
        { what: "pathway", name: p.name, source: p.source },
        ...p.participants.map((x) => ({
          what: `participant of ${p.id}`,
          name: x.partner!.name,
          source: x.source,
          partner: x.partner,
        })),
      ]),
      ...d.services.map((x) => ({ what: "service", name: x.name, source: x.source })),
      ...d.awards.map((x) => ({ what: "award", name: x.name, source: x.source })),
      ...d.commitments.map((x) => ({ what: "commitment", name: x.text, source: x.source })),
      ...[...d.livedExperienceRoles.nodes, ...d.involvementActivities.nodes].map((r) => ({
        what: "lived experience record",
        name: r.title,
        source: r.provenance.source,
        illustrative: r.provenance.illustrative,
      })),
    ];
  });

  it("cites a section that stands in the document, and the words the record relies on stand in that section", () => {
    const sourced = records.filter((r) => r.source && !r.illustrative);
    expect(sourced.length).toBeGreaterThan(400);
    const failures: string[] = [];
    for (const r of sourced) {
      const source = r.source!;
      const text = documentText(source.documentId).toLowerCase();
      const { starts, missing } = sectionStarts(text, source.section ?? "");
      if (missing.length > 0) {
        failures.push(`${r.what} ${r.name}: no heading "${missing.join('", "')}"`);
        continue;
      }
      // The plans are EPUT's own, written in the first person: EPUT's part needs no naming.
      if (r.partner?.id === "eput") continue;
      const words = source.quote
        ? [source.quote]
        : r.partner
          ? [r.partner.source?.quote, r.partner.name].filter((w): w is string => !!w)
          : [r.name];
      if (!words.some((w) => standsInSection(text, starts, w))) {
        failures.push(`${r.what} ${r.name}: "${words[0]}" not in ${source.section}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("says how a name was read wherever the plan does not use it", () => {
    const failures: string[] = [];
    for (const r of records.filter((x) => x.source && !x.illustrative)) {
      const text = documentText(r.source!.documentId).toLowerCase();
      const named = r.partner ? r.partner.name : r.what === "partner" ? r.name : null;
      if (named && r.partner?.id !== "eput" && !text.includes(named.toLowerCase())) {
        // A member's or participant's name is the partner's: the partner's note says how it was read.
        if (!r.source!.note && !r.partner?.source?.note)
          failures.push(`${r.what} ${r.name} (${r.source!.documentId})`);
      }
    }
    expect(failures).toEqual([]);
  });

  it("marks every illustrative record as made up, in its note", () => {
    const illustrative = records.filter((r) => r.illustrative);
    expect(illustrative.length).toBeGreaterThan(0);
    for (const r of illustrative) expect(r.source?.note ?? "", r.name).toMatch(/^Illustrative/);
  });
});
