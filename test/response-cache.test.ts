/**
 * The gateway's response cache, through real HTTP over real subgraphs: what it serves again is
 * what the caller would be given afresh, a write through the gateway is seen on the next read,
 * and answers never cross from one caller's scopes to another's.
 */
import { hashSHA256 } from "@graphql-yoga/plugin-response-cache";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gatewayConfigFromEnv } from "../gateway/config.js";
import { startGateway } from "../gateway/serve.js";
import { type Harness, startHarness } from "./harness.js";
import { publishQuarterJustEnded, quarterJustEnded } from "./publication-quarter.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ production: true, responseCacheTtlMs: 60_000 });
});
afterAll(() => h.stop());

const partners = () => h.databases.partners!.sqlite;
/** Changes a partner's description around the gateway, which the cache cannot see. */
const behindTheGateway = (id: string, description: string) =>
  partners().prepare("UPDATE partners SET description = ? WHERE id = ?").run(description, id);

const DESCRIPTION = `query Description($id: ID!) { partner(id: $id) { id description } }`;
const description = async (id: string, as?: readonly string[] | null) =>
  (await h.query<{ partner: { description: string } }>(DESCRIPTION, { id }, undefined, as)).data!
    .partner.description;

describe("the response cache", () => {
  it("serves a query again from the cache, for the same scopes and variables only", async () => {
    const first = await description("thurrock-council");
    behindTheGateway("thurrock-council", "Changed behind the gateway");
    // The same question by a caller with the same scopes: the cached answer.
    expect(await description("thurrock-council")).toBe(first);
    // Other variables, or other scopes, are other answers, read afresh.
    expect(await description("thurrock-council", ["pathways:write"])).toBe(
      "Changed behind the gateway",
    );
    expect(await description("thurrock-council", null)).toBe("Changed behind the gateway");
  });

  it("shows a mutation made through the gateway on the very next read", async () => {
    await description("southend-city-council"); // cached
    const update = await h.query(
      `mutation { updatePartner(id: "southend-city-council", input: { description: "Updated through the gateway", reason: "Cache test" }) { id } }`,
    );
    expect(update.errors).toBeUndefined();
    expect(await description("southend-city-council")).toBe("Updated through the gateway");
  });

  it("sees a mutation that runs from a document whose first operation is a query", async () => {
    await description("thurrock-council"); // cached
    const document = `query Read { partner(id: "thurrock-council") { id } }
      mutation Write { updatePartner(id: "thurrock-council", input: { description: "Written by the second operation", reason: "Cache test" }) { name } }`;
    const response = await fetch(h.gateway.url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${await h.token(["admin"])}`,
      },
      body: JSON.stringify({ query: document, operationName: "Write" }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(await description("thurrock-council")).toBe("Written by the second operation");
  });

  it("drops answers built from a subgraph's data when that subgraph is written to, whatever the mutation selects", async () => {
    const PROFILE = `{ partner(id: "eput") { name pathways(statuses: [PROPOSED]) { name } } }`;
    const before = await h.query<{ partner: { pathways: { name: string }[] } }>(PROFILE);
    expect(before.data!.partner.pathways.map((p) => p.name)).not.toContain("Cached pathway");
    // The mutation selects only the new pathway's id: no Partner is in its answer.
    const proposed = await h.query(
      `mutation { proposePathway(input: { name: "Cached pathway", purpose: "Cache test", sectors: [HEALTH], participants: [{ partnerId: "eput", role: LEAD }], proposedBy: "Board" }) { id } }`,
    );
    expect(proposed.errors).toBeUndefined();
    const after = await h.query<{ partner: { pathways: { name: string }[] } }>(PROFILE);
    expect(after.data!.partner.pathways.map((p) => p.name)).toContain("Cached pathway");
  });

  it("sees a mutation sent inside a fragment on the mutation type", async () => {
    const PROFILE = `{ partner(id: "eput") { id pathways(statuses: [PROPOSED]) { name } } }`;
    const names = async () =>
      (
        await h.query<{ partner: { pathways: { name: string }[] } }>(PROFILE)
      ).data!.partner.pathways.map((p) => p.name);
    expect(await names()).not.toContain("Proposed from a fragment");
    const proposed = await h.query(
      `fragment Propose on Mutation { proposePathway(input: { name: "Proposed from a fragment", purpose: "Cache test", sectors: [HEALTH], participants: [{ partnerId: "eput", role: LEAD }], proposedBy: "Board" }) { id } }
       mutation { ...Propose }`,
    );
    expect(proposed.errors).toBeUndefined();
    expect(await names()).toContain("Proposed from a fragment");
  });

  it("keeps answers a write to another subgraph cannot change", async () => {
    const first = await description("essex-county-council");
    behindTheGateway("essex-county-council", "Not seen while cached");
    const write = await h.query(
      `mutation { proposePathway(input: { name: "Unrelated pathway", purpose: "Cache test", sectors: [HEALTH], participants: [{ partnerId: "eput", role: LEAD }], proposedBy: "Board" }) { id } }`,
    );
    expect(write.errors).toBeUndefined();
    // A pathway write: the partners subgraph's own fields were not written, so still cached.
    const PROBE = `query Probe($id: ID!) { partner(id: $id) { id description } }`;
    const again = await h.query<{ partner: { description: string } }>(PROBE, {
      id: "essex-county-council",
    });
    expect(again.data!.partner.description).toBe("Not seen while cached");
    expect(await description("essex-county-council")).toBe(first);
  });

  it("keeps a cached pathway a write did not touch, and drops the written one", async () => {
    const PURPOSE = `query Purpose($id: ID!) { sharedPathway(id: $id) { purpose } }`;
    const purpose = async (id: string) =>
      (await h.query<{ sharedPathway: { purpose: string } }>(PURPOSE, { id })).data!.sharedPathway
        .purpose;
    const [written, untouched] = (
      h.databases.pathways!.sqlite.prepare("SELECT id FROM pathways ORDER BY id LIMIT 2").all() as {
        id: string;
      }[]
    ).map((row) => row.id) as [string, string];
    const untouchedBefore = await purpose(untouched);
    await purpose(written);
    h.databases
      .pathways!.sqlite.prepare(
        "UPDATE pathways SET purpose = 'Changed behind the gateway' WHERE id IN (?, ?)",
      )
      .run(written, untouched);
    const write = await h.query(
      `mutation { updatePathway(input: { id: "${written}", name: "Renamed through the gateway", decidedBy: "Board", reason: "Cache test" }) { name } }`,
    );
    expect(write.errors).toBeUndefined();
    // The written pathway is read afresh (and so shows the change made around the gateway too)...
    expect(await purpose(written)).toBe("Changed behind the gateway");
    // ...while another pathway's answer is still the cached one: the write could not change it.
    expect(await purpose(untouched)).toBe(untouchedBefore);
  });

  it("drops derived answers a pathway write changes: another entity's lists and connections", async () => {
    const pathways = h.databases.pathways!.sqlite;
    const pathway = "thurrock-first";
    const current = pathways
      .prepare(
        "SELECT partner_id AS partnerId, role FROM pathway_participants WHERE pathway_id = ?",
      )
      .all(pathway) as { partnerId: string; role: string }[];
    const lead = current.find((p) => p.role === "LEAD")!.partnerId;
    // A partner sharing no pathway with the lead, so neither answer lists the other yet.
    const { id: newcomer } = h.databases
      .partners!.sqlite.prepare(
        `SELECT id FROM partners WHERE id NOT IN (${current.map(() => "?").join(", ")}) ORDER BY id`,
      )
      .all(...current.map((p) => p.partnerId))
      .map((row) => row as { id: string })
      .find(
        ({ id }) =>
          !pathways
            .prepare(
              `SELECT 1 FROM pathway_participants a JOIN pathway_participants b USING (pathway_id)
               WHERE a.partner_id = ? AND b.partner_id = ?`,
            )
            .get(id, lead),
      )!;
    const PATHWAYS = `query Pathways($id: ID!) { partner(id: $id) { id pathways { id } } }`;
    const CONNECTIONS = `query Connections($id: ID!) { partner(id: $id) { id connections { partner { id } } } }`;
    type Pathways = { partner: { pathways: { id: string }[] } };
    type Connections = { partner: { connections: { partner: { id: string } }[] } };
    const listed = async () =>
      (await h.query<Pathways>(PATHWAYS, { id: newcomer })).data!.partner.pathways.map((p) => p.id);
    const connected = async () =>
      (await h.query<Connections>(CONNECTIONS, { id: lead })).data!.partner.connections.map(
        (c) => c.partner.id,
      );
    expect(await listed()).not.toContain(pathway);
    expect(await connected()).not.toContain(newcomer);
    const write = await h.query(
      `mutation Set($input: SetParticipantsInput!) { setPathwayParticipants(input: $input) { id } }`,
      {
        input: {
          id: pathway,
          participants: [...current, { partnerId: newcomer, role: "SUPPORT" }],
          decidedBy: "Board",
          reason: "Cache test",
        },
      },
    );
    expect(write.errors).toBeUndefined();
    expect(await listed()).toContain(pathway);
    expect(await connected()).toContain(newcomer);
  });

  it("drops a cached 'not found' when the entity asked for is created", async () => {
    const LOOKUP = `{ sharedPathway(id: "cache-test-new-pathway") { name } }`;
    const before = await h.query<{ sharedPathway: { name: string } | null }>(LOOKUP);
    expect(before.data!.sharedPathway).toBeNull();
    const proposed = await h.query(
      `mutation { proposePathway(input: { id: "cache-test-new-pathway", name: "Created after a miss", purpose: "Cache test", sectors: [HEALTH], participants: [{ partnerId: "eput", role: LEAD }], proposedBy: "Board" }) { id } }`,
    );
    expect(proposed.errors).toBeUndefined();
    const after = await h.query<{ sharedPathway: { name: string } | null }>(LOOKUP);
    expect(after.data!.sharedPathway?.name).toBe("Created after a miss");
  });

  it("never gives a protected field cached for one caller to a caller without its scope", async () => {
    const HISTORY = `{ partner(id: "eput") { id changes { reason } } }`;
    const admin = await h.query<{ partner: { changes: unknown[] | null } }>(HISTORY);
    expect(admin.errors).toBeUndefined();
    expect(admin.data!.partner.changes).not.toBeNull();
    for (const scopes of [null, [], ["pathways:write"], ["lived-experience:write"]]) {
      const other = await h.query<{ partner: { changes: unknown[] | null } }>(
        HISTORY,
        {},
        undefined,
        scopes,
      );
      expect(other.data!.partner.changes, JSON.stringify(scopes)).toBeNull();
      expect(other.errors![0]!.extensions!.code).toMatch(/FORBIDDEN|UNAUTHENTICATED/);
    }
    // And the other way round: a refusal is never cached for a caller who may see the field.
    const again = await h.query<{ partner: { changes: unknown[] | null } }>(HISTORY);
    expect(again.data!.partner.changes).toEqual(admin.data!.partner.changes);
  });

  it("never holds the special-category count: each read is answered afresh", async () => {
    const COUNT = `{ peerSupportWorkersWithLdOrAutism { period value } }`;
    const scopes = ["special-category:read"];
    const published = await publishQuarterJustEnded(h);
    expect(published.errors).toBeUndefined();
    const first = await h.query(COUNT, {}, undefined, scopes);
    expect(first.errors).toBeUndefined();
    // A later quarter's publication, made around the gateway: read afresh, it is the newest.
    h.databases["lived-experience"]!.sqlite.prepare(
      `INSERT INTO count_publications (measure, period, published_on, value, suppressed, threshold, rounded_to)
       SELECT measure, '9999-Q4', published_on, NULL, 1, threshold, rounded_to FROM count_publications WHERE period = ?`,
    ).run(quarterJustEnded().key);
    const second = await h.query<{ peerSupportWorkersWithLdOrAutism: { period: string } }>(
      COUNT,
      {},
      undefined,
      scopes,
    );
    expect(second.data!.peerSupportWorkersWithLdOrAutism.period).toBe("9999-Q4");
  });
});

describe("conditional requests and the cache's bounds", () => {
  const LOOKUP = `query Lookup { partner(id: "essex-county-council") { id name } }`;
  const post = async (headers: Record<string, string>, query = LOOKUP) =>
    fetch(h.gateway.url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, operationName: "Lookup" }),
    });
  const as = async (scopes: string[], subject = "test-user") => ({
    authorization: `Bearer ${await h.token(scopes, subject)}`,
  });

  it("answer If-None-Match only after the caller is known, with an ETag that is neither the cache key nor another caller's", async () => {
    const internal = await post(await as(["internal"], "internal-reader"));
    const etag = internal.headers.get("etag");
    expect(etag).toMatch(/^W\/"[\w-]{32}"$/);
    expect(internal.headers.get("last-modified")).toBeNull();
    // The plugin's own key for that answer, which it used to take as the ETag.
    const key = await hashSHA256([LOOKUP, "Lookup", "{}", "caller:internal"].join("|"));
    for (const guess of [etag!, key, `"${key}"`, `W/"${key}"`]) {
      const anonymous = await post({ "if-none-match": guess });
      expect(anonymous.status, guess).toBe(200);
      expect(anonymous.headers.get("etag")).not.toBe(etag);
    }
    // Another internal caller with the same scopes gets the same data under another ETag.
    const colleague = await post(await as(["internal"], "colleague"));
    expect(colleague.headers.get("etag")).not.toBe(etag);
    // A wrong credential is refused before any conditional answer.
    const wrong = await post({ authorization: "Bearer nope", "if-none-match": etag! });
    expect(wrong.status).toBe(401);
  });

  it("answer 304 with no body to the same caller while the data is unchanged, and 200 once it changes", async () => {
    const headers = await as(["internal"], "internal-reader");
    const first = await post(headers);
    const etag = first.headers.get("etag")!;
    const again = await post({ ...headers, "if-none-match": etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const renamed = await h.query(
      `mutation { updatePartner(id: "essex-county-council", input: { description: "ETag test", reason: "Cache test" }) { id } }`,
    );
    expect(renamed.errors).toBeUndefined();
    // The description is not selected; the partner's answer is dropped all the same, and the
    // same data read afresh keeps its ETag.
    const after = await post({ ...headers, "if-none-match": etag });
    expect(after.status).toBe(304);
    const changed = await h.query(
      `mutation { updatePartner(id: "essex-county-council", input: { name: "Essex County Council (ETag test)", reason: "Cache test" }) { id } }`,
    );
    expect(changed.errors).toBeUndefined();
    const fresh = await post({ ...headers, "if-none-match": etag });
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("etag")).not.toBe(etag);
    await h.query(
      `mutation { updatePartner(id: "essex-county-council", input: { name: "Essex County Council", reason: "Cache test" }) { id } }`,
    );
  });

  it("refuse a cross-site GET before a conditional answer", async () => {
    const url = `${h.gateway.url}?query=${encodeURIComponent(LOOKUP)}`;
    const allowed = await fetch(url, { headers: { "x-graphql-csrf": "1" } });
    const etag = allowed.headers.get("etag")!;
    expect(etag).toBeTruthy();
    expect((await fetch(url, { headers: { "if-none-match": etag } })).status).toBe(403);
    expect(
      (await fetch(url, { headers: { "if-none-match": etag, "x-graphql-csrf": "1" } })).status,
    ).toBe(304);
  });

  it("see a partner's kind changed through the gateway in answers the pathways subgraph built by asking the partners subgraph", async () => {
    const HOUSING = `{ sharedPathways(first: 100, filter: { partnerSectors: [HOUSING] }) { totalCount } }`;
    const count = async () =>
      (await h.query<{ sharedPathways: { totalCount: number } }>(HOUSING)).data!.sharedPathways
        .totalCount;
    const before = await count();
    const kind = async (value: string) =>
      h.query(
        `mutation { updatePartner(id: "southend-city-council", input: { kind: ${value}, reason: "Cache test" }) { id } }`,
      );
    expect((await kind("HOUSING")).errors).toBeUndefined();
    try {
      expect(await count()).toBeGreaterThan(before);
    } finally {
      await kind("LOCAL_AUTHORITY");
    }
    expect(await count()).toBe(before);
  });
});

describe("the cache's size", () => {
  it("stays within its bound in bytes however many spellings of a large answer are asked", async () => {
    const bound = 256 * 1024;
    const small = await startGateway({
      ...gatewayConfigFromEnv({}),
      port: 0,
      production: true,
      rateLimitPerMinute: 0,
      responseCacheTtlMs: 60_000,
      responseCacheMaxBytes: bound,
      metrics: { port: 0, host: "127.0.0.1" },
      subgraphUrls: Object.fromEntries(Object.entries(h.subgraphs).map(([n, s]) => [n, s.url])),
    });
    try {
      const large = `{ partners(first: 100) { nodes { id name description website } } }`;
      const token = await h.token(["internal"]);
      let answerBytes = 0;
      for (let i = 0; i < 300; i++) {
        const spelling = large.replace("{ id", `{${" ".repeat(i + 1)}id`);
        const res = await fetch(small.url, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: spelling }),
        });
        answerBytes = (await res.text()).length;
      }
      expect(answerBytes * 300).toBeGreaterThan(bound * 5);
      const metrics = await (await fetch(small.metricsUrl!)).text();
      const cached = Number(/^gateway_response_cache_bytes (\d+)/m.exec(metrics)?.[1]);
      expect(cached).toBeGreaterThan(0);
      expect(cached).toBeLessThanOrEqual(bound);
    } finally {
      await small.stop();
    }
  });
});
