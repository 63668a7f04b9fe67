/**
 * Special-category data (a post holder's lived experience of learning disability or autism)
 * attacked as a penetration tester did: read back from the audit log, and recovered by
 * differencing the published count with writes. The flag may live only in its own column.
 */
import { getNamedType, type GraphQLInputType, isInputObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildLivedExperienceSchema } from "../subgraphs/lived-experience/index.js";
import { REDACTED, sensitiveFields } from "../subgraphs/kit/sensitive.js";
import { nextPeriod, periodContaining } from "../subgraphs/kit/periods.js";
import {
  DEFAULT_SMALL_NUMBER_THRESHOLD,
  publishableCount,
} from "../subgraphs/kit/protected-count.js";
import { type Harness, startHarness } from "./harness.js";
import { quarterBefore, quarterJustEnded, recordPostsAsOf } from "./publication-quarter.js";

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
  const reader = ["special-category:read"];
  // A publisher may also hold internal; the strongest attacker edits and reads the figure too.
  const publisher = ["special-category:publish", "internal"];
  const attacker = [...EDITOR_AND_INTERNAL, ...reader];
  const PUBLISH = `mutation($p: String!) { publishPeerSupportLdOrAutismCount(period: $p) { period publishedOn asAt } }`;
  const publish = (period: string, as: string[] = publisher) =>
    h.query<{ publishPeerSupportLdOrAutismCount: Record<string, unknown> }>(
      PUBLISH,
      { p: period },
      undefined,
      as,
    );
  const publications = () =>
    (sqlite().prepare("SELECT count(*) AS n FROM count_publications").get() as { n: number }).n;
  /** What the rules give for the posts as they stand now (filled peer support, flagged). */
  const figureNow = () => {
    const { filled, flagged } = sqlite()
      .prepare(
        "SELECT count(*) AS filled, count(*) FILTER (WHERE ld_or_autism = 1) AS flagged FROM roles WHERE status = 'FILLED' AND kind IN ('PEER_SUPPORT_WORKER', 'SENIOR_PEER_SUPPORT_WORKER')",
      )
      .get() as { filled: number; flagged: number };
    return publishableCount(flagged, filled, DEFAULT_SMALL_NUMBER_THRESHOLD);
  };

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
      const res = await publish(quarterJustEnded().key, as);
      expect(res.errors?.[0]?.extensions?.code, as.join()).toBe("FORBIDDEN");
    }
    expect(publications()).toBe(0);
  });

  it("is not published for a quarter that ended before the feature went live", async () => {
    // This database's history of posts begins today, after the quarter just ended.
    const res = await publish(quarterJustEnded().key);
    expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(res.errors?.[0]?.message).toMatch(/history of posts .* begins/);
    expect(publications()).toBe(0);
  });

  it("is published only for the quarter just ended, once, as the posts stood at its end, whatever is written after", async () => {
    // The system has been live through the quarter just ended: the posts stood as they stand now.
    recordPostsAsOf(sqlite());
    const expected = figureNow();

    // Any other quarter, however old or new, is refused and stores nothing.
    const current = periodContaining("QUARTER", today);
    for (const period of [
      "1800-Q1",
      "0001-Q1",
      "2019-Q3",
      quarterBefore(),
      current.key,
      nextPeriod(current).key,
      "2025-13",
    ]) {
      const res = await publish(period);
      expect(res.errors?.[0]?.extensions?.code, period).toBe("BAD_USER_INPUT");
    }
    expect(publications()).toBe(0);

    // After the quarter's end, an editor plants flagged posts and vacates and refills real ones.
    for (let i = 0; i < 6; i++) await plantFlaggedPost("nested");
    const real = sqlite()
      .prepare(
        "SELECT id FROM roles WHERE status = 'FILLED' AND kind = 'PEER_SUPPORT_WORKER' AND id NOT LIKE 'planted-%' LIMIT 3",
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
    }
    expect(figureNow()).not.toEqual(expected);

    // The publisher's answer says what was published, not the figure.
    const receipt = await publish(quarterJustEnded().key);
    expect(receipt.errors).toBeUndefined();
    expect(Object.keys(receipt.data!.publishPeerSupportLdOrAutismCount).sort()).toEqual([
      "asAt",
      "period",
      "publishedOn",
    ]);
    const type = buildLivedExperienceSchema().getType("CountPublicationReceipt");
    expect(Object.keys((type as { getFields(): object }).getFields()).sort()).toEqual([
      "asAt",
      "period",
      "publishedOn",
    ]);

    // The reader sees the figure as the posts stood at the quarter's end: none of the writes since.
    const read = await ok<{ peerSupportWorkersWithLdOrAutism: { value: number | null } }>(
      COUNT,
      {},
      reader,
    );
    expect(read.peerSupportWorkersWithLdOrAutism.value).toBe(expected.value);

    // Once only, and never rewritten.
    const again = await publish(quarterJustEnded().key);
    expect(again.errors?.[0]?.message).toMatch(/already published/);
    expect(publications()).toBe(1);
    expect(() => sqlite().prepare("UPDATE count_publications SET value = 10").run()).toThrow(
      /never changed/,
    );
    // Nor can the history the figure came from be rewritten.
    expect(() => sqlite().prepare("UPDATE role_states SET ld_or_autism = 1").run()).toThrow(
      /append-only/,
    );
    expect(() => sqlite().prepare("DELETE FROM role_states").run()).toThrow(/append-only/);
  });

  it("stores only a rounded or suppressed figure, never the raw count", () => {
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
