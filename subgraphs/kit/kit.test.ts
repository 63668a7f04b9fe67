import { describe, expect, it } from "vitest";
import { heldOn, isIsoDate } from "./dates.js";
import { ftsQuery } from "./fts.js";
import { decodeCursor, listIdentity, encodeCursor } from "./pagination.js";
import { slugify } from "./validate.js";

describe("kit", () => {
  it("accepts only real calendar dates", () => {
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2024-13-01")).toBe(false);
    expect(isIsoDate("2024-1-01")).toBe(false);
  });

  it("judges periods inclusively at both ends", () => {
    const period = { startDate: "2020-09-01", endDate: "2024-06-30" };
    expect(heldOn(period, "2020-09-01")).toBe(true);
    expect(heldOn(period, "2024-06-30")).toBe(true);
    expect(heldOn(period, "2024-07-01")).toBe(false);
    expect(heldOn({ startDate: null, endDate: null }, "1900-01-01")).toBe(true);
  });

  it("turns typed text into a safe FTS5 prefix query", () => {
    expect(ftsQuery("mental heal")).toBe('"mental"* "heal"*');
    expect(ftsQuery(`" OR NEAR( *`)).toBe('"OR"* "NEAR"*');
    expect(ftsQuery("  -- ")).toBeNull();
  });

  it("round-trips cursors and rejects forged ones", () => {
    const list = listIdentity("partners", null, []);
    expect(decodeCursor(encodeCursor(["Essex", "essex-county-council"], list), list)).toEqual([
      "Essex",
      "essex-county-council",
    ]);
    expect(() => decodeCursor("bm90IGpzb24", list)).toThrow(/cursor/);
  });

  it("binds a cursor to its list, its filter and the caller's view", () => {
    const list = listIdentity("livedExperienceRoles", { status: "FILLED" }, ["internal"]);
    const cursor = encodeCursor(["Peer support worker", "role-1"], list);
    for (const other of [
      listIdentity("partners", { status: "FILLED" }, ["internal"]),
      listIdentity("livedExperienceRoles", { status: "VACANT" }, ["internal"]),
      listIdentity("livedExperienceRoles", { status: "FILLED" }, []),
    ]) {
      expect(() => decodeCursor(cursor, other)).toThrow(/another list, filter or caller/);
    }
    // Scopes in any order are one view.
    const same = listIdentity("livedExperienceRoles", { status: "FILLED" }, ["internal"]);
    expect(decodeCursor(cursor, same)).toEqual(["Peer support worker", "role-1"]);
  });

  it("makes stable slugs from names", () => {
    expect(slugify("Essex Children's Partnership Board")).toBe(
      "essex-children-s-partnership-board",
    );
    expect(slugify("Basildon & Brentwood")).toBe("basildon-and-brentwood");
  });
});
