/**
 * The GraphQL over HTTP specification, audited with graphql-http's own server audits against
 * the production gateway. Its MUST 28B9 probes `variables` with an introspection query
 * (`__type`), which production refuses to the public by design (see the README's Access
 * control): the public fails that one probe and nothing else; a developer passes every MUST.
 */
import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../gateway/auth.js";
import { gatewayConfigFromEnv } from "../gateway/config.js";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ production: true });
});
afterAll(() => h.stop());

async function failedMusts(headers: Record<string, string>): Promise<string[]> {
  const failed: string[] = [];
  const fetchFn = (input: RequestInfo | URL, init?: RequestInit) =>
    fetch(input, {
      ...init,
      headers: { ...(init?.headers as Record<string, string>), ...headers, "x-graphql-csrf": "1" },
    });
  for (const audit of serverAudits({ url: h.gateway.url, fetchFn })) {
    if (!audit.name.startsWith("MUST")) continue;
    const result = await audit.fn();
    if (result.status !== "ok") failed.push(audit.id);
  }
  return failed;
}

describe("GraphQL over HTTP", () => {
  it("passes every MUST for a developer, and all but the introspection probe for the public", async () => {
    const token = await issueToken(gatewayConfigFromEnv({}).auth, {
      subject: "auditor",
      scopes: ["developer"],
    });
    expect(await failedMusts({ authorization: `Bearer ${token}` })).toEqual([]);
    expect(await failedMusts({})).toEqual(["28B9"]);
  });
});
