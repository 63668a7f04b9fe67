import { describe, expect, it } from "vitest";
import { protectCount, smallNumberThreshold } from "./protected-count.js";

describe("protectCount", () => {
  it("shows a count only when it and its complement reach the threshold", () => {
    expect(protectCount(5, 10, 5)).toEqual({
      value: 5,
      suppressed: false,
      display: "5",
      threshold: 5,
    });
    expect(protectCount(4, 10, 5).suppressed).toBe(true);
    expect(protectCount(0, 10, 5).display).toBe("*");
    expect(protectCount(6, 10, 5).suppressed).toBe(true);
    expect(protectCount(2, 10, 2).value).toBe(2);
  });

  it("takes the threshold from SMALL_NUMBER_THRESHOLD and refuses nonsense", () => {
    expect(smallNumberThreshold({})).toBe(5);
    expect(smallNumberThreshold({ SMALL_NUMBER_THRESHOLD: "10" })).toBe(10);
    for (const bad of ["0", "-3", "2.5", "ten", "1000"]) {
      expect(() => smallNumberThreshold({ SMALL_NUMBER_THRESHOLD: bad })).toThrow(/SMALL_NUMBER/);
    }
  });
});
