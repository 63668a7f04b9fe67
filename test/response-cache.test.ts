/**
 * The gateway's response cache, through real HTTP over real subgraphs: what it serves again is
 * what the caller would be given afresh, a write through the gateway is seen on the next read,
 * and answers never cross from one caller's scopes to another's.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

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
    const published = await h.query(
      `mutation { publishPeerSupportLdOrAutismCount(period: "2026-Q3") { period } }`,
      {},
      undefined,
      ["special-category:publish"],
    );
    expect(published.errors).toBeUndefined();
    const first = await h.query(COUNT, {}, undefined, scopes);
    expect(first.errors).toBeUndefined();
    // A later quarter's publication, made around the gateway: read afresh, it is the newest.
    h.databases["lived-experience"]!.sqlite.exec(
      `INSERT INTO count_publications (measure, period, published_on, value, suppressed, threshold, rounded_to)
       SELECT measure, '2026-Q4', published_on, NULL, 1, threshold, rounded_to FROM count_publications WHERE period = '2026-Q3'`,
    );
    const second = await h.query<{ peerSupportWorkersWithLdOrAutism: { period: string } }>(
      COUNT,
      {},
      undefined,
      scopes,
    );
    expect(second.data!.peerSupportWorkersWithLdOrAutism.period).toBe("2026-Q4");
  });
});
