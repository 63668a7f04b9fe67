import { describe, expect, it } from "vitest";
import { SignatureVerifier, signRequest } from "./signing.js";

const SECRET = "s".repeat(40);

describe("request signing", () => {
  it("accepts a fresh signature once, with its caller", () => {
    let now = 1_000_000;
    const verifier = new SignatureVerifier(SECRET, () => now);
    const headers = signRequest(SECRET, "body", { subject: "a", client: "c", scopes: ["x"] }, now);
    const header = (name: string) => headers[name];
    expect(verifier.verify(header, "body")).toEqual({
      caller: { subject: "a", client: "c", scopes: ["x"] },
    });
    expect(verifier.verify(header, "body")).toEqual({
      refused: "the request was already received (a replay)",
    });
    now += 61_000;
    const late = signRequest(SECRET, "body", undefined, now - 61_000);
    expect(verifier.verify((n) => late[n], "body")).toEqual({ refused: "the request is stale" });
  });

  it("refuses missing headers, other secrets and other bodies", () => {
    const verifier = new SignatureVerifier(SECRET);
    expect(verifier.verify(() => undefined, "body")).toEqual({
      refused: "the request is not signed",
    });
    const other = signRequest("o".repeat(40), "body");
    expect(verifier.verify((n) => other[n], "body")).toEqual({
      refused: "the signature does not match the request",
    });
    const signed = signRequest(SECRET, "body");
    expect(verifier.verify((n) => signed[n], "bodY")).toEqual({
      refused: "the signature does not match the request",
    });
  });
});
