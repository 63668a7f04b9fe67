/**
 * Special-category data (a post holder's lived experience of learning disability or autism)
 * attacked as a penetration tester did: read back from the audit log, and recovered by
 * differencing the published count with writes. The flag may live only in its own column.
 */
import { getNamedType, type GraphQLInputType, isInputObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildLivedExperienceSchema } from "../subgraphs/lived-experience/index.js";
import { REDACTED, sensitiveFields } from "../subgraphs/kit/sensitive.js";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ production: true });
});
afterAll(() => h.stop());

const EDITOR_AND_INTERNAL = ["lived-experience:write", "internal"];
const today = new Date().toISOString().slice(0, 10);
const sqlite = () => h.databases["lived-experience"]!.sqlite;

async function ok<T>(query: string, variables: Record<string, unknown>, as: string[]) {
  const res = await h.query<T>(query, variables, undefined, as);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

let serial = 0;
/** Creates, advertises and fills a peer support post with the flag set, as an editor. */
async function plantFlaggedPost(flagAs: "nested" | "variable"): Promise<string> {
  const id = `planted-${++serial}`;
  await ok(
    `mutation($input: CreateRoleInput!) { createLivedExperienceRole(input: $input) { id } }`,
    {
      input: {
        id,
        title: `Planted peer support post ${serial}`,
        kind: "PEER_SUPPORT_WORKER",
        level: "TEAM",
        careUnitId: "urgent-care-and-inpatient-services",
        decidedBy: "attacker",
      },
    },
    EDITOR_AND_INTERNAL,
  );
  const move = { id, effectiveOn: today, decidedBy: "attacker", reason: "test" };
  await ok(
    `mutation($input: RoleMoveInput!) { advertiseLivedExperienceRole(input: $input) { id } }`,
    { input: move },
    EDITOR_AND_INTERNAL,
  );
  if (flagAs === "nested") {
    await ok(
      `mutation Fill($input: FillRoleInput!) { fillLivedExperienceRole(input: $input) { id status } }`,
      { input: { ...move, holderHasLdOrAutism: true } },
      EDITOR_AND_INTERNAL,
    );
  } else {
    await ok(
      `mutation Fill($id: ID!, $on: Date!, $flag: Boolean) {
        fillLivedExperienceRole(input: { id: $id, effectiveOn: $on, decidedBy: "attacker", reason: "test", holderHasLdOrAutism: $flag }) { id }
      }`,
      { id, on: today, flag: true, unused: { holderHasLdOrAutism: true } },
      EDITOR_AND_INTERNAL,
    );
  }
  return id;
}

const COUNT = `{ peerSupportWorkersWithLdOrAutism { period value suppressed display } }`;

describe("the audit log keeps no special-category value", () => {
  it("knows every mutation that takes a sensitive argument, so each is covered here", () => {
    const schema = buildLivedExperienceSchema();
    const mutations = Object.values(schema.getMutationType()!.getFields()).filter((field) =>
      field.args.some(
        (arg) =>
          sensitiveFields(arg.type as GraphQLInputType).length > 0 &&
          isInputObjectType(getNamedType(arg.type)),
      ),
    );
    expect(mutations.map((m) => m.name)).toEqual(["fillLivedExperienceRole"]);
  });

  it("records that the flag was given, never its value, however it is sent", async () => {
    const before = (
      sqlite().prepare("SELECT coalesce(max(id), 0) AS id FROM audit_log").get() as { id: number }
    ).id;
    await plantFlaggedPost("nested");
    await plantFlaggedPost("variable");
    const rows = sqlite()
      .prepare("SELECT * FROM audit_log WHERE id > ? AND fields = 'fillLivedExperienceRole'")
      .all(before) as { summary: string }[];
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.summary).toContain(REDACTED);
      expect(row.summary).not.toMatch(/true|false/);
    }
    // Read back as an internal caller, as the attack did: the same.
    const read = await ok<{ livedExperienceAuditLog: { summary: string }[] }>(
      `{ livedExperienceAuditLog(first: 20) { summary } }`,
      {},
      ["internal"],
    );
    const all = read.livedExperienceAuditLog.map((e) => e.summary).join("\n");
    expect(all).not.toMatch(/holderHasLdOrAutism":(true|false)|"flag":(true|false)/);
    expect(all).toContain(REDACTED);
  });

  it("keeps no value either when the flag is refused or the fill fails", async () => {
    const before = (
      sqlite().prepare("SELECT coalesce(max(id), 0) AS id FROM audit_log").get() as { id: number }
    ).id;
    const res = await h.query(
      `mutation($input: FillRoleInput!) { fillLivedExperienceRole(input: $input) { id } }`,
      {
        input: {
          id: "lived-experience-ambassador-01",
          effectiveOn: today,
          decidedBy: "x",
          reason: "x",
          holderHasLdOrAutism: true,
        },
      },
      undefined,
      EDITOR_AND_INTERNAL,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const rows = sqlite().prepare("SELECT summary FROM audit_log WHERE id > ?").all(before) as {
      summary: string;
    }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]!.summary).not.toMatch(/true/);
  });
});

describe("the published count cannot be differenced", () => {
  it("is not readable by editors, internal callers or administrators", async () => {
    for (const as of [EDITOR_AND_INTERNAL, ["internal"], ["admin"], ["special-category:publish"]]) {
      const res = await h.query(COUNT, {}, undefined, as);
      expect(res.errors?.[0]?.extensions?.code, as.join()).toBe("FORBIDDEN");
      expect(res.data?.peerSupportWorkersWithLdOrAutism ?? null).toBeNull();
    }
  });

  it("cannot be published by an editor or administrator, nor by a publisher who also edits", async () => {
    for (const as of [
      EDITOR_AND_INTERNAL,
      ["admin"],
      ["special-category:publish", "lived-experience:write"],
      ["special-category:publish", "admin"],
    ]) {
      const res = await h.query(
        `mutation { publishPeerSupportLdOrAutismCount(period: "2024-Q3") { value } }`,
        {},
        undefined,
        as,
      );
      expect(res.errors?.[0]?.extensions?.code, as.join()).toBe("FORBIDDEN");
    }
    expect(sqlite().prepare("SELECT count(*) AS n FROM count_publications").get()).toEqual({
      n: 0,
    });
  });

  it("does not move when an editor plants flagged posts, or vacates and refills real ones", async () => {
    const reader = ["special-category:read"];
    const publisher = ["special-category:publish"];
    // The attacker is as strong as can be: an editor who may also read the published figure.
    const attacker = [...EDITOR_AND_INTERNAL, ...reader];
    await ok(
      `mutation { publishPeerSupportLdOrAutismCount(period: "2025-Q1") { period } }`,
      {},
      publisher,
    );
    const published = JSON.stringify(await ok(COUNT, {}, attacker));

    // Attack 1: fill dummy posts with the flag until the figure would appear, and read.
    for (let i = 0; i < 6; i++) await plantFlaggedPost("nested");
    expect(JSON.stringify(await ok(COUNT, {}, attacker))).toBe(published);

    // Attack 2: vacate and refill each real filled peer support post, reading after each.
    const real = sqlite()
      .prepare(
        "SELECT id FROM roles WHERE status = 'FILLED' AND kind = 'PEER_SUPPORT_WORKER' AND id NOT LIKE 'planted-%'",
      )
      .all() as { id: string }[];
    expect(real.length).toBeGreaterThan(0);
    for (const { id } of real) {
      const move = { id, effectiveOn: today, decidedBy: "attacker", reason: "test" };
      await ok(
        `mutation($input: RoleMoveInput!) { vacateLivedExperienceRole(input: $input) { id } }`,
        { input: move },
        attacker,
      );
      expect(JSON.stringify(await ok(COUNT, {}, attacker))).toBe(published);
      await ok(
        `mutation($input: FillRoleInput!) { fillLivedExperienceRole(input: $input) { id } }`,
        { input: { ...move, holderHasLdOrAutism: false } },
        attacker,
      );
      expect(JSON.stringify(await ok(COUNT, {}, attacker))).toBe(published);
    }

    // Nor can the attacker make a new publication appear, or rewrite the old one.
    const again = await h.query(
      `mutation { publishPeerSupportLdOrAutismCount(period: "2025-Q1") { value } }`,
      {},
      undefined,
      publisher,
    );
    expect(again.errors?.[0]?.message).toMatch(/already published/);
    expect(() => sqlite().prepare("UPDATE count_publications SET value = 10").run()).toThrow(
      /never changed/,
    );
  });

  it("publishes only quarters that have ended, rounded to 5 or suppressed, never the raw count", async () => {
    const quarter = `${new Date().getUTCFullYear()}-Q${Math.floor(new Date().getUTCMonth() / 3) + 1}`;
    const current = await h.query(
      `mutation($p: String!) { publishPeerSupportLdOrAutismCount(period: $p) { value } }`,
      { p: quarter },
      undefined,
      ["special-category:publish"],
    );
    expect(current.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const rows = sqlite().prepare("SELECT value, suppressed FROM count_publications").all() as {
      value: number | null;
      suppressed: number;
    }[];
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.value === null ? row.suppressed : row.value % 5).toBe(row.value === null ? 1 : 0);
    }
  });
});
