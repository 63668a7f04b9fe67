/**
 * Figures the plans give about an organisation are in the graph as figures, and each is checked
 * against its source as a careful reader would: the quoted words stand in the cited document,
 * under the cited section's heading, and the number the graph holds is the number they state.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SOURCE_DOCUMENTS } from "../subgraphs/kit/sources.js";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

/** A document's text with line breaks and runs of spaces folded, as a reader reads it. */
function documentText(id: string): string {
  const doc = SOURCE_DOCUMENTS.find((d) => d.id === id)!;
  return readFileSync(`../shared/seeds/${doc.file}`, "utf8").replace(/\s+/g, " ");
}

/** How far a section may run past its heading: the plans' sections are a page or two. */
const SECTION_LENGTH = 4_000;

interface Fact {
  label: string;
  value: number;
  qualifier: string;
  unit: string;
  quote: string;
  source: { documentId: string; section: string; note: string | null };
}

describe("EPUT's key facts", () => {
  let facts: Fact[] = [];
  beforeAll(async () => {
    const res = await h.query<{ partner: { keyFacts: Fact[] } }>(
      `{ partner(odsCode: "R1L") { keyFacts { label value qualifier unit quote source { documentId section note } } } }`,
      {},
      undefined,
      null,
    );
    expect(res.errors).toBeUndefined();
    facts = res.data!.partner.keyFacts;
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

  it("quotes each from the cited section of the cited document, and states the number it holds", () => {
    for (const fact of facts) {
      const text = documentText(fact.source.documentId);
      const at = text.indexOf(fact.quote);
      expect(at, `"${fact.quote}" in ${fact.source.documentId}`).toBeGreaterThan(-1);
      // The heading is the section's last part ("Context: Who are we?" → "Who are we?"). In the
      // plans' text a page's caption can follow its text (the foreword's does), so the nearest
      // occurrence either side counts.
      const heading = fact.source.section.split(": ").at(-1)!;
      const before = text.lastIndexOf(heading, at);
      const after = text.indexOf(heading, at);
      const distance = Math.min(
        before === -1 ? Infinity : at - before,
        after === -1 ? Infinity : after - at,
      );
      expect(distance, `"${fact.quote}" under "${heading}"`).toBeLessThan(SECTION_LENGTH);
      const stated =
        fact.value >= 1_000_000
          ? `${fact.value / 1_000_000} million`
          : fact.value.toLocaleString("en-GB");
      expect(fact.quote, fact.label).toContain(stated);
      if (fact.qualifier === "MORE_THAN") expect(fact.quote).toMatch(/more than|over/);
    }
  });
});
