/**
 * Every GraphQL example in README.md, run as written, in order, against the whole system over
 * HTTP, with the credentials the README says it needs (`<!-- example as: scope … -->` just above
 * it; anonymous otherwise). Examples that write use no fixed dates, so they work on any day.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

interface Example {
  line: number;
  document: string;
  as: string[] | null;
}

function examples(markdown: string): Example[] {
  const lines = markdown.split("\n");
  const found: Example[] = [];
  lines.forEach((text, i) => {
    if (text.trim() !== "```graphql") return;
    const end = lines.indexOf("```", i + 1);
    const before = lines.slice(Math.max(0, i - 3), i).join("\n");
    const as = /<!-- example as: ([^>]*?) -->/.exec(before)?.[1]?.split(/\s+/) ?? null;
    found.push({ line: i + 1, document: lines.slice(i + 1, end).join("\n"), as });
  });
  return found;
}

const all = examples(readFileSync("README.md", "utf8"));
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ production: true });
});
afterAll(() => h.stop());

describe("README.md's GraphQL examples", () => {
  it("are all found", () => {
    expect(all.length).toBeGreaterThanOrEqual(14);
  });

  for (const example of all) {
    const who = example.as ? example.as.join(" ") : "anonymously";
    it(`line ${example.line} works as written (${who})`, async () => {
      const res = await h.query(example.document, undefined, undefined, example.as);
      expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
      expect(res.status).toBe(200);
      // Each root field answers something a reader would see.
      for (const [field, value] of Object.entries(res.data ?? {})) {
        expect(value, `${field} at line ${example.line}`).not.toBeNull();
        if (Array.isArray(value)) expect(value.length, field).toBeGreaterThan(0);
      }
    });
  }
});
