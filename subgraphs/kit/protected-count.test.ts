import { describe, expect, it } from "vitest";
import { publishableCount, smallNumberThreshold } from "./protected-count.js";

describe("publishableCount", () => {
  it("publishes a count only when it and its complement reach the threshold, rounded to 5", () => {
    expect(publishableCount(5, 10, 5)).toEqual({ value: 5, suppressed: false });
    expect(publishableCount(4, 10, 5)).toEqual({ value: null, suppressed: true });
    expect(publishableCount(0, 10, 5).suppressed).toBe(true);
    expect(publishableCount(6, 10, 5).suppressed).toBe(true);
    expect(publishableCount(12, 40, 5)).toEqual({ value: 10, suppressed: false });
    expect(publishableCount(13, 40, 5)).toEqual({ value: 15, suppressed: false });
    // One person more or less inside a rounding band changes nothing that is published.
    expect(publishableCount(11, 40, 5)).toEqual(publishableCount(12, 40, 5));
  });

  it("takes the threshold from SMALL_NUMBER_THRESHOLD and refuses nonsense", () => {
    expect(smallNumberThreshold({})).toBe(5);
    expect(smallNumberThreshold({ SMALL_NUMBER_THRESHOLD: "10" })).toBe(10);
    for (const bad of ["0", "-3", "2.5", "ten", "1000"]) {
      expect(() => smallNumberThreshold({ SMALL_NUMBER_THRESHOLD: bad })).toThrow(/SMALL_NUMBER/);
    }
  });
});
