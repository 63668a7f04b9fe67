/** Reading the source documents as a careful reader would, for tests that check citations. */
import { readFileSync } from "node:fs";
import { SOURCE_DOCUMENTS } from "../subgraphs/kit/sources.js";

/** A document's text with line breaks and runs of spaces folded, as a reader reads it. */
export function documentText(id: string): string {
  const doc = SOURCE_DOCUMENTS.find((d) => d.id === id)!;
  return readFileSync(`../shared/seeds/${doc.file}`, "utf8").replace(/\s+/g, " ");
}

/**
 * Where a cited section starts: each place its heading stands (the section's last part, its
 * bracketed detail aside, e.g. "Strategic objective 3: Introduction" → "introduction"), with
 * the headings of every part standing somewhere in the document. Sections may list several,
 * separated by "; ".
 */
export function sectionStarts(
  text: string,
  section: string,
): { starts: number[]; missing: string[] } {
  const starts: number[] = [];
  const missing: string[] = [];
  for (const alternative of section.replace(/\s*\([^)]*\)/g, "").split("; ")) {
    const parts = alternative.split(": ").map((p) => p.trim().toLowerCase());
    missing.push(...parts.filter((p) => !text.includes(p)));
    for (let at = text.indexOf(parts.at(-1)!); at !== -1; at = text.indexOf(parts.at(-1)!, at + 1))
      starts.push(at);
  }
  return { starts, missing };
}

/** Whether the words stand in the cited section: after its heading, or just before it (a caption). */
export function standsInSection(text: string, starts: number[], words: string): boolean {
  const lower = words.toLowerCase();
  for (let at = text.indexOf(lower); at !== -1; at = text.indexOf(lower, at + 1)) {
    if (starts.some((start) => at - start > -1_000 && at - start < 6_000)) return true;
  }
  return false;
}
