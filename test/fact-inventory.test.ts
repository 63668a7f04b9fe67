/**
 * The fact inventory (docs/fact-inventory.json) lists every fact taken from the two plans, by
 * document and section, with the plan's words and where the fact lives in the graph. Each entry
 * is read against its section, and the gateway is asked for it, as a public caller would ask.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";
import { documentText, sectionStarts, standsInSection } from "./source-text.js";

interface Fact {
  kind: string;
  words: string;
  note?: string;
  /** A root field of the gateway's schema with its selection. */
  query: string;
  /** What the answer must contain: objects by their fields, lists by some item matching. */
  expect: unknown;
  /** The scopes a caller needs, where the fact is not public. */
  scopes?: string[];
}
interface Inventory {
  documents: { id: string; sections: { section: string; facts: Fact[] }[] }[];
}

const inventory = JSON.parse(readFileSync("docs/fact-inventory.json", "utf8")) as Inventory;
const facts = inventory.documents.flatMap((d) =>
  d.sections.flatMap((s) =>
    s.facts.map((fact) => ({ ...fact, document: d.id, section: s.section })),
  ),
);

/** Whether `actual` holds everything `expected` says: a list holds each expected item somewhere. */
function contains(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.every((item) => actual.some((a) => contains(a, item)));
  }
  if (expected !== null && typeof expected === "object") {
    if (actual === null || typeof actual !== "object") return false;
    return Object.entries(expected).every(([key, value]) =>
      contains((actual as Record<string, unknown>)[key], value),
    );
  }
  return actual === expected;
}

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

describe("the fact inventory", () => {
  it("lists the facts of every section it draws on, from both plans", () => {
    expect(inventory.documents.map((d) => d.id).sort()).toEqual([
      "eput-strategic-plan-2023-28",
      "msec-care-unit-plan",
    ]);
    expect(facts.length).toBeGreaterThanOrEqual(500);
    for (const d of inventory.documents) {
      for (const s of d.sections)
        expect(s.facts.length, `${d.id}: ${s.section}`).toBeGreaterThan(0);
    }
  });

  it("finds each fact's words in the section it names", () => {
    const failures = facts.filter((fact) => {
      const text = documentText(fact.document).toLowerCase();
      const { starts, missing } = sectionStarts(text, fact.section);
      return missing.length > 0 || !standsInSection(text, starts, fact.words);
    });
    expect(failures.map((f) => `${f.section}: "${f.words}"`)).toEqual([]);
  });

  it("is answered by the gateway for every entry, to a caller with no credentials where it is public", async () => {
    const asked = (f: Fact) => `${f.scopes?.join(" ") ?? ""}|${f.query}`;
    const queries = [...new Map(facts.map((f) => [asked(f), f])).values()];
    const answers = new Map<string, unknown>();
    for (const scopes of [...new Set(queries.map((f) => f.scopes?.join(" ") ?? ""))]) {
      const mine = queries.filter((f) => (f.scopes?.join(" ") ?? "") === scopes);
      for (let i = 0; i < mine.length; i += 25) {
        const batch = mine.slice(i, i + 25);
        const res = await h.query<Record<string, unknown>>(
          `{ ${batch.map((f, j) => `q${j}: ${f.query}`).join("\n")} }`,
          {},
          undefined,
          scopes ? scopes.split(" ") : null,
        );
        expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
        batch.forEach((f, j) => answers.set(asked(f), res.data![`q${j}`]));
      }
    }
    expect(facts.filter((f) => !f.scopes).length).toBeGreaterThan(480);
    const missing = facts.filter((fact) => !contains(answers.get(asked(fact)), fact.expect));
    expect(missing.map((f) => `${f.kind}: ${f.query} ⊉ ${JSON.stringify(f.expect)}`)).toEqual([]);
  });
});
