/**
 * Subgraphs keep other subgraphs' keys, never their code: the keys a seed uses must be ones the
 * owning subgraph's seed holds. And no subgraph's code imports another's, nor the gateway any
 * subgraph's (the boundaries of the federation).
 */
import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { CARE_UNITS } from "../subgraphs/partners/db/seed-data/geography.js";
import { CARE_UNIT_IDS } from "../subgraphs/workforce/db/seed-data/care-units.js";

const SUBGRAPHS = ["partners", "pathways", "lived-experience", "workforce"];

describe("boundaries", () => {
  it("workforce's care unit keys are the partners seed's care units", () => {
    expect([...CARE_UNIT_IDS].sort()).toEqual(CARE_UNITS.map((u) => u.id).sort());
  });

  it("no subgraph's code imports another's, and the gateway imports none", () => {
    const files = execFileSync("git", ["ls-files", "*.ts"], { encoding: "utf8" })
      .split("\n")
      // Seed tests may read another subgraph's seed to check the keys they share.
      .filter((file) => file && !file.endsWith(".test.ts"));
    const crossings: string[] = [];
    for (const file of files) {
      const text = execFileSync("cat", [file], { encoding: "utf8" });
      const imports = [...text.matchAll(/from "([^"]+)"/g)].map((m) => m[1]!);
      if (file.startsWith("gateway/")) {
        for (const i of imports) if (i.includes("subgraphs/")) crossings.push(`${file} → ${i}`);
      }
      const own = SUBGRAPHS.find((s) => file.startsWith(`subgraphs/${s}/`));
      if (own) {
        for (const i of imports) {
          const other = SUBGRAPHS.find((s) => s !== own && new RegExp(`(^|/)${s}/`).test(i));
          if (other && i.startsWith(".")) crossings.push(`${file} → ${i}`);
        }
      }
    }
    expect(crossings).toEqual([]);
  });
});
