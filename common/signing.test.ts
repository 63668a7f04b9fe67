import { describe, expect, it } from "vitest";
import { type SignedRequest, SignatureVerifier, signPost, signRequest } from "./signing.js";

const SECRET = "s".repeat(40);
const POST: SignedRequest = { method: "POST", path: "/graphql", audience: "partners", body: "b" };

describe("request signing", () => {
  it("accepts a fresh signature once, with its caller", () => {
    let now = 1_000_000;
    const verifier = new SignatureVerifier(SECRET, () => now);
    const headers = signRequest(SECRET, POST, { subject: "a", client: "c", scopes: ["x"] }, now);
    const header = (name: string) => headers[name];
    expect(verifier.verify(header, POST)).toEqual({
      caller: { subject: "a", client: "c", scopes: ["x"] },
    });
    expect(verifier.verify(header, POST)).toEqual({
      refused: "the request was already received (a replay)",
    });
    now += 61_000;
    const late = signRequest(SECRET, POST, undefined, now - 61_000);
    expect(verifier.verify((n) => late[n], POST)).toEqual({ refused: "the request is stale" });
  });

  it("refuses missing headers, other secrets, and any other body, method, path or audience", () => {
    const verifier = new SignatureVerifier(SECRET);
    expect(verifier.verify(() => undefined, POST)).toEqual({
      refused: "the request is not signed",
    });
    const other = signRequest("o".repeat(40), POST);
    expect(verifier.verify((n) => other[n], POST)).toEqual({
      refused: "the signature does not match the request",
    });
    for (const changed of [
      { body: "B" },
      { method: "GET" },
      { path: "/graphql/" },
      { path: "//graphql" },
      { audience: "workforce" },
    ]) {
      const signed = signPost(SECRET, "partners", "b");
      expect(verifier.verify((n) => signed[n], { ...POST, ...changed })).toEqual({
        refused: "the signature does not match the request",
      });
    }
  });
});
