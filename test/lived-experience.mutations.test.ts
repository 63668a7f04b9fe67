import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { today } from "../subgraphs/kit/dates.js";
import { type Harness, snapshot, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

const TABLES = [
  "roles",
  "role_status_changes",
  "activities",
  "recognitions",
  "coproductions",
  "coproduction_partners",
];

async function expectRefused(
  query: string,
  variables: Record<string, unknown>,
  code: string,
  message?: RegExp,
) {
  const before = snapshot(h.databases["lived-experience"]!, TABLES);
  const res = await h.query(query, variables);
  expect(res.errors, JSON.stringify(res)).toBeDefined();
  expect(res.errors![0]!.extensions!.code).toBe(code);
  if (message) expect(res.errors![0]!.message).toMatch(message);
  expect(snapshot(h.databases["lived-experience"]!, TABLES)).toBe(before);
}

const ok = async <T = Record<string, unknown>>(q: string, v: Record<string, unknown>) => {
  const res = await h.query<T>(q, v);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
};

const CREATE = `mutation ($input: CreateRoleInput!) {
  createLivedExperienceRole(input: $input) { id status level careUnit { name } history { toStatus decidedBy } }
}`;
const ADVERTISE = `mutation ($input: RoleMoveInput!) { advertiseLivedExperienceRole(input: $input) { status } }`;
const FILL = `mutation ($input: FillRoleInput!) { fillLivedExperienceRole(input: $input) { status startDate } }`;
const VACATE = `mutation ($input: RoleMoveInput!) { vacateLivedExperienceRole(input: $input) { status history { fromStatus toStatus reason } } }`;

const WARD_POST = {
  title: "Peer support worker, Test Ward",
  kind: "PEER_SUPPORT_WORKER",
  level: "WARD",
  careUnitId: "urgent-care-and-inpatient-services",
  wardOrTeam: "Test Ward",
  band: "BAND_3",
  hoursPerWeek: 30,
  decidedBy: "Inpatient care unit leadership",
};
const move = (id: string, extra = {}) => ({
  input: { id, effectiveOn: today(), decidedBy: "Ward manager", reason: "Test", ...extra },
});
const flagOf = (id: string) =>
  (
    h.databases["lived-experience"]!.sqlite.prepare(
      "SELECT ld_or_autism AS flag FROM roles WHERE id = ?",
    ).get(id) as { flag: number | null }
  ).flag;

describe("a post's lifecycle", () => {
  it("creates, advertises, fills and vacates a post, erasing the holder's flag", async () => {
    const created = await ok<{ createLivedExperienceRole: Record<string, unknown> }>(CREATE, {
      input: WARD_POST,
    });
    expect(created.createLivedExperienceRole).toMatchObject({
      id: "peer-support-worker-test-ward",
      status: "PLANNED",
      careUnit: { name: "Urgent Care and Inpatient Services" },
      history: [{ toStatus: "PLANNED", decidedBy: "Inpatient care unit leadership" }],
    });
    const id = "peer-support-worker-test-ward";
    await ok(ADVERTISE, move(id));
    const filled = await ok<{ fillLivedExperienceRole: { status: string; startDate: string } }>(
      FILL,
      move(id, { holderHasLdOrAutism: true }),
    );
    expect(filled.fillLivedExperienceRole).toEqual({ status: "FILLED", startDate: today() });
    expect(flagOf(id)).toBe(1);
    const vacated = await ok<{ vacateLivedExperienceRole: { history: unknown[] } }>(
      VACATE,
      move(id),
    );
    expect(vacated.vacateLivedExperienceRole.history).toHaveLength(4);
    expect(flagOf(id)).toBeNull();
    await ok(FILL, move(id));
    expect(flagOf(id)).toBeNull();
  });

  it("refuses moves the lifecycle does not allow", async () => {
    await ok(CREATE, { input: { ...WARD_POST, id: "lifecycle-refusals", wardOrTeam: "Ward R" } });
    await expectRefused(FILL, move("lifecycle-refusals"), "BAD_USER_INPUT", /PLANNED to FILLED/);
    await expectRefused(
      VACATE,
      move("lifecycle-refusals"),
      "BAD_USER_INPUT",
      /can move to ADVERTISED/,
    );
    await ok(ADVERTISE, move("lifecycle-refusals"));
    await expectRefused(
      ADVERTISE,
      move("lifecycle-refusals"),
      "BAD_USER_INPUT",
      /ADVERTISED to ADVERTISED/,
    );
    await expectRefused(
      FILL,
      move("lifecycle-refusals", { effectiveOn: "2099-01-01" }),
      "BAD_USER_INPUT",
      /future/,
    );
    await expectRefused(
      FILL,
      move("lifecycle-refusals", { effectiveOn: "2020-01-01" }),
      "BAD_USER_INPUT",
      /before the previous change/,
    );
    await expectRefused(
      FILL,
      move("lifecycle-refusals", { reason: "" }),
      "BAD_USER_INPUT",
      /reason/,
    );
    await expectRefused(FILL, move("no-such-post"), "NOT_FOUND");
  });

  it("takes the LD/autism flag only for peer support posts", async () => {
    await ok(CREATE, {
      input: {
        title: "Expert by experience, test",
        kind: "EXPERT_BY_EXPERIENCE",
        level: "TEAM",
        decidedBy: "x",
      },
    });
    await ok(ADVERTISE, move("expert-by-experience-test"));
    await expectRefused(
      FILL,
      move("expert-by-experience-test", { holderHasLdOrAutism: false }),
      "BAD_USER_INPUT",
      /only for peer support posts/,
    );
  });

  it("refuses posts whose place, host or pay do not fit", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ title: " " }, /input\.title/],
      [{ id: "inpatient-peer-support-worker-01" }, /already exists/],
      [{ careUnitId: null }, /needs its care unit/],
      [{ wardOrTeam: null }, /needs its ward/],
      [{ level: "TRUST_BOARD" }, /above the care units/],
      [{ arrangement: "JOINT_POST" }, /needs the partner/],
      [{ hostPartnerId: "mind" }, /use JOINT_POST/],
      [{ arrangement: "JOINT_POST", hostPartnerId: "Not a slug" }, /hostPartnerId/],
      [{ kind: "LIVED_EXPERIENCE_AMBASSADOR" }, /sessional/],
      [{ hoursPerWeek: 0 }, /hoursPerWeek/],
      [{ hoursPerWeek: 80 }, /hoursPerWeek/],
      [{ decidedBy: "" }, /decidedBy/],
    ];
    for (const [change, message] of cases) {
      await expectRefused(
        CREATE,
        { input: { ...WARD_POST, title: "Refused post", ...change } },
        "BAD_USER_INPUT",
        message,
      );
    }
  });
});

const PUBLISH = `mutation ($input: PublishActivityInput!) {
  publishInvolvementActivity(input: $input) { id status recognitionOffer pathway { name } }
}`;
const COMPLETE = `mutation ($input: CompleteActivityInput!) {
  completeInvolvementActivity(input: $input) { status deliveredHours }
}`;
const RECOGNISE = `mutation ($input: RecordRecognitionInput!) {
  recordRecognition(input: $input) { recognitions { kind people hours amountPence rate { id } } }
}`;
const ACTIVITY = {
  id: "crisis-pathway-review",
  title: "Review the crisis pathway",
  shapes: "Crisis care",
  pathwayId: "nhs-111-mental-health",
  date: "2024-05-14",
  expectedHours: 12,
  places: 4,
  recognitionOffer: "PAYMENT_PER_HOUR",
  stage: "CO_EVALUATION",
};

describe("involvement activities", () => {
  it("publishes, fills and completes an activity, then records recognition at the rate in force", async () => {
    const published = await ok<{ publishInvolvementActivity: Record<string, unknown> }>(PUBLISH, {
      input: ACTIVITY,
    });
    expect(published.publishInvolvementActivity).toEqual({
      id: "crisis-pathway-review",
      status: "OPEN",
      recognitionOffer: "PAYMENT_PER_HOUR",
      pathway: { name: "NHS 111 press 2 for mental health" },
    });
    await ok(`mutation { fillInvolvementActivity(id: "crisis-pathway-review") { status } }`, {});
    await expectRefused(
      RECOGNISE,
      { input: { activityId: "crisis-pathway-review", kind: "PAID", people: 4, hours: 10 } },
      "BAD_USER_INPUT",
      /once the activity is COMPLETED/,
    );
    await ok(COMPLETE, { input: { id: "crisis-pathway-review", deliveredHours: 10 } });
    const paid = await ok<{ recordRecognition: { recognitions: Record<string, unknown>[] } }>(
      RECOGNISE,
      { input: { activityId: "crisis-pathway-review", kind: "PAID", people: 3, hours: 7.5 } },
    );
    expect(paid.recordRecognition.recognitions).toEqual([
      { kind: "PAID", people: 3, hours: 7.5, amountPence: 9750, rate: { id: "per-hour-2024-04" } },
    ]);
    await ok(RECOGNISE, {
      input: { activityId: "crisis-pathway-review", kind: "DECLINED", people: 1, hours: 2.5 },
    });
    await expectRefused(
      RECOGNISE,
      { input: { activityId: "crisis-pathway-review", kind: "VOUCHER", people: 1, hours: 0.5 } },
      "BAD_USER_INPUT",
      /10 hours were delivered and 10 already recognised/,
    );
  });

  it("refuses recognition the offer does not allow, and bad counts", async () => {
    await expectRefused(
      RECOGNISE,
      {
        input: {
          activityId: "illustrative-involvement-session-04",
          kind: "PAID",
          people: 1,
          hours: 1,
        },
      },
      "BAD_USER_INPUT",
      /offered VOLUNTARY/,
    );
    await expectRefused(
      RECOGNISE,
      {
        input: {
          activityId: "illustrative-involvement-session-01",
          kind: "PAID",
          people: 0,
          hours: -1,
        },
      },
      "BAD_USER_INPUT",
      /people.*hours|hours.*people/,
    );
    await expectRefused(
      RECOGNISE,
      { input: { activityId: "no-such-activity", kind: "PAID", people: 1, hours: 1 } },
      "NOT_FOUND",
    );
  });

  it("refuses bad activities and impossible moves", async () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ title: "" }, /input\.title/],
      [{ shapes: "" }, /input\.shapes/],
      [{ expectedHours: 0 }, /expectedHours/],
      [{ places: 0 }, /places/],
      [{ pathwayId: "Bad Id" }, /pathwayId/],
      [{ date: "2021-01-01" }, /no PER_HOUR payment rate is in force on 2021-01-01/],
    ];
    for (const [change, message] of cases) {
      await expectRefused(
        PUBLISH,
        { input: { ...ACTIVITY, id: "refused-activity", ...change } },
        "BAD_USER_INPUT",
        message,
      );
    }
    await expectRefused(
      `mutation { fillInvolvementActivity(id: "illustrative-involvement-session-01") { status } }`,
      {},
      "BAD_USER_INPUT",
      /only an OPEN activity/,
    );
    await expectRefused(
      COMPLETE,
      { input: { id: "illustrative-involvement-session-01", deliveredHours: 3 } },
      "BAD_USER_INPUT",
      /already COMPLETED/,
    );
    await ok(PUBLISH, { input: { ...ACTIVITY, id: "future-activity", date: "2099-06-01" } });
    await expectRefused(
      COMPLETE,
      { input: { id: "future-activity", deliveredHours: 3 } },
      "BAD_USER_INPUT",
      /not yet/,
    );
  });
});

describe("co-production", () => {
  const RECORD = `mutation ($input: RecordCoproductionInput!) {
    recordCoproduction(input: $input) { id stage happenedOn partners { name } activity { id } pathway { name } }
  }`;

  it("records that involvement shaped a pathway, and the pathway shows it", async () => {
    const res = await ok<{ recordCoproduction: Record<string, unknown> }>(RECORD, {
      input: {
        pathwayId: "thurrock-first",
        activityId: "illustrative-involvement-session-01",
        stage: "CO_DESIGN",
        summary: "Service users redesigned the Thurrock First triage script.",
        happenedOn: "2024-02-01",
        partnerIds: ["healthwatch-thurrock", "thurrock-council"],
      },
    });
    expect(res.recordCoproduction).toEqual({
      id: "thurrock-first-co-design-1",
      stage: "CO_DESIGN",
      happenedOn: "2024-02-01",
      partners: [{ name: "Healthwatch Thurrock" }, { name: "Thurrock Council" }],
      activity: { id: "illustrative-involvement-session-01" },
      pathway: { name: "Thurrock First" },
    });
    const pathway = await ok<{ sharedPathway: { coproduction: { summary: string }[] } }>(
      `{ sharedPathway(id: "thurrock-first") { coproduction { summary } } }`,
      {},
    );
    expect(pathway.sharedPathway.coproduction).toHaveLength(1);
  });

  it("refuses bad co-production records", async () => {
    const base = { pathwayId: "thurrock-first", stage: "CO_DESIGN", summary: "x" };
    await expectRefused(RECORD, { input: { ...base, summary: " " } }, "BAD_USER_INPUT", /summary/);
    await expectRefused(
      RECORD,
      { input: { ...base, happenedOn: "2099-01-01" } },
      "BAD_USER_INPUT",
      /future/,
    );
    await expectRefused(
      RECORD,
      { input: { ...base, partnerIds: ["mind", "mind"] } },
      "BAD_USER_INPUT",
      /twice/,
    );
    await expectRefused(
      RECORD,
      { input: { ...base, activityId: "no-such-activity" } },
      "NOT_FOUND",
    );
  });
});
