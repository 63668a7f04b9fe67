import { describe, expect, it } from "vitest";
import { ragStatus, trendOf } from "./rag.js";

describe("RAG status", () => {
  it("when higher is better: green at or above target, amber within 5%, red below", () => {
    expect(ragStatus(95, 95, "HIGHER_IS_BETTER")).toBe("GREEN");
    expect(ragStatus(99, 95, "HIGHER_IS_BETTER")).toBe("GREEN");
    expect(ragStatus(90.25, 95, "HIGHER_IS_BETTER")).toBe("AMBER");
    expect(ragStatus(90.2, 95, "HIGHER_IS_BETTER")).toBe("RED");
  });

  it("when lower is better: green at or below target, amber within 5%, red above", () => {
    expect(ragStatus(10, 10, "LOWER_IS_BETTER")).toBe("GREEN");
    expect(ragStatus(8, 10, "LOWER_IS_BETTER")).toBe("GREEN");
    expect(ragStatus(10.5, 10, "LOWER_IS_BETTER")).toBe("AMBER");
    expect(ragStatus(10.6, 10, "LOWER_IS_BETTER")).toBe("RED");
  });

  it("treats a zero target strictly and says when there is no target", () => {
    expect(ragStatus(0, 0, "LOWER_IS_BETTER")).toBe("GREEN");
    expect(ragStatus(1, 0, "LOWER_IS_BETTER")).toBe("RED");
    expect(ragStatus(50, null, "HIGHER_IS_BETTER")).toBe("NO_TARGET");
  });

  it("reads a change as improving or worsening by the measure's direction", () => {
    expect(trendOf(2, "HIGHER_IS_BETTER")).toBe("IMPROVING");
    expect(trendOf(2, "LOWER_IS_BETTER")).toBe("WORSENING");
    expect(trendOf(-1, "LOWER_IS_BETTER")).toBe("IMPROVING");
    expect(trendOf(0, "LOWER_IS_BETTER")).toBe("UNCHANGED");
    expect(trendOf(null, "LOWER_IS_BETTER")).toBeNull();
  });
});
