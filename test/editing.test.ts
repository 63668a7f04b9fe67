/**
 * The editing lifecycle, as an editor would use it: every correction is validated whole, refused
 * with nothing changed when wrong, written with who decided and why, and kept in history with
 * the values before and after. Final statuses stay final.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, snapshot, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

const EDITOR = ["pathways:write"];
const today = new Date().toISOString().slice(0, 10);
const PATHWAY_TABLES = [
  "pathways",
  "pathway_sectors",
  "pathway_places",
  "pathway_participants",
  "pathway_steps",
  "referral_routes",
  "pathway_status_changes",
  "change_log",
];

async function ok<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown>,
  as: string[] = EDITOR,
): Promise<T> {
  const res = await h.query<T>(query, variables, undefined, as);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

/** A refused write: BAD_USER_INPUT on `field`, and the database exactly as it was. */
async function refused(
  subgraph: string,
  tables: string[],
  query: string,
  variables: Record<string, unknown>,
  field: string,
  as: string[] = EDITOR,
) {
  const before = snapshot(h.databases[subgraph]!, tables);
  const res = await h.query(query, variables, undefined, as);
  expect(res.errors?.[0]?.extensions?.code, JSON.stringify(res)).toBe("BAD_USER_INPUT");
  const problems = res.errors![0]!.extensions!.problems as { field: string; message: string }[];
  expect(problems.map((p) => p.field)).toContain(field);
  expect(snapshot(h.databases[subgraph]!, tables)).toBe(before);
  return problems;
}

const PROPOSE = `mutation ($input: ProposePathwayInput!) { proposePathway(input: $input) { id status } }`;
const MOVE = `mutation ($input: MovePathwayInput!) { movePathway(input: $input) { id status } }`;
const UPDATE = `mutation ($input: UpdatePathwayInput!) { updatePathway(input: $input) { id name purpose sectors places { id } leadCareUnit { id } } }`;
const PARTICIPANTS = `mutation ($input: SetParticipantsInput!) { setPathwayParticipants(input: $input) { participants { role partner { id } source { documentTitle } } } }`;
const STEPS = `mutation ($input: SetStepsInput!) { setPathwaySteps(input: $input) { steps { position kind description responsiblePartner { id } } } }`;
const ROUTES = `mutation ($input: SetReferralRoutesInput!) { setPathwayReferralRoutes(input: $input) { referralRoutes { kind description contact { method value } } } }`;
const CHANGES = `query ($id: ID!) { sharedPathway(id: $id) { changes { sequence change fields { field before after } decidedBy reason recordedBy } history { toStatus } } }`;
const decided = { decidedBy: "Pathway board", reason: "Corrected after review" };

let serial = 0;
async function propose(): Promise<string> {
  const data = await ok<{ proposePathway: { id: string } }>(PROPOSE, {
    input: {
      name: `Editing test pathway ${++serial}`,
      purpose: "To be corrected",
      sectors: ["HOUSING"],
      placeIds: ["thurrock"],
      participants: [
        { partnerId: "eput", role: "LEAD" },
        { partnerId: "thurrock-council", role: "PROVIDER" },
      ],
      steps: [{ kind: "REFERRAL", description: "Refer in", responsiblePartnerId: "eput" }],
      referralRoutes: [{ kind: "PROFESSIONAL_REFERRAL", description: "From a GP" }],
      proposedBy: "Test",
    },
  });
  return data.proposePathway.id;
}

describe("pathways", () => {
  it("corrects details, keeping the old values, who decided and why in its changes", async () => {
    const id = await propose();
    const data = await ok<{ updatePathway: Record<string, unknown> }>(UPDATE, {
      input: {
        id,
        name: "Corrected name",
        sectors: ["HOUSING", "VOLUNTARY_AND_COMMUNITY"],
        placeIds: [],
        leadCareUnitId: "urgent-care-and-inpatient-services",
        ...decided,
      },
    });
    expect(data.updatePathway).toMatchObject({
      name: "Corrected name",
      purpose: "To be corrected",
      sectors: ["HOUSING", "VOLUNTARY_AND_COMMUNITY"],
      places: [],
      leadCareUnit: { id: "urgent-care-and-inpatient-services" },
    });
    const read = await ok<{
      sharedPathway: {
        changes: {
          change: string;
          fields: { field: string; before: string | null; after: string | null }[];
          decidedBy: string;
          reason: string;
          recordedBy: string;
        }[];
      };
    }>(CHANGES, { id });
    const last = read.sharedPathway.changes.at(-1)!;
    expect(last).toMatchObject({ change: "details", ...decided, recordedBy: "test-user" });
    expect(last.fields).toEqual(
      expect.arrayContaining([
        {
          field: "name",
          before: expect.stringContaining("Editing test pathway"),
          after: '"Corrected name"',
        },
        { field: "placeIds", before: '["thurrock"]', after: "[]" },
        { field: "leadCareUnitId", before: null, after: '"urgent-care-and-inpatient-services"' },
      ]),
    );
  });

  it("refuses a bad correction whole, naming each problem, and changes nothing", async () => {
    const id = await propose();
    const problems = await refused(
      "pathways",
      PATHWAY_TABLES,
      UPDATE,
      {
        input: {
          id,
          name: " ",
          sectors: [],
          placeIds: ["no-such-place"],
          decidedBy: "",
          reason: "x",
        },
      },
      "input.name",
    );
    expect(problems.map((p) => p.field).sort()).toEqual(
      ["input.decidedBy", "input.name", "input.placeIds[0]", "input.sectors"].sort(),
    );
  });

  it("sets participants: adds, removes and changes roles in one change, always one lead", async () => {
    const id = await propose();
    await refused(
      "pathways",
      PATHWAY_TABLES,
      PARTICIPANTS,
      {
        input: {
          id,
          participants: [
            { partnerId: "thurrock-council", role: "LEAD" },
            { partnerId: "eput", role: "LEAD" },
          ],
          ...decided,
        },
      },
      "input.participants",
    );
    // eput is responsible for a step, so it cannot be removed before the steps change.
    const problems = await refused(
      "pathways",
      PATHWAY_TABLES,
      PARTICIPANTS,
      {
        input: { id, participants: [{ partnerId: "thurrock-council", role: "LEAD" }], ...decided },
      },
      "input.participants",
    );
    expect(problems[0]!.message).toMatch(/eput is responsible for step 1/);
    const data = await ok<{
      setPathwayParticipants: { participants: { role: string; partner: { id: string } }[] };
    }>(PARTICIPANTS, {
      input: {
        id,
        participants: [
          { partnerId: "eput", role: "LEAD" },
          { partnerId: "thurrock-council", role: "REFERRER" },
          { partnerId: "essex-county-council", role: "PROVIDER" },
        ],
        ...decided,
      },
    });
    expect(
      data.setPathwayParticipants.participants.map((p) => `${p.partner.id} ${p.role}`).sort(),
    ).toEqual(["eput LEAD", "essex-county-council PROVIDER", "thurrock-council REFERRER"]);
    const changes = (
      await ok<{ sharedPathway: { changes: { change: string }[] } }>(CHANGES, { id })
    ).sharedPathway.changes;
    expect(changes.map((c) => c.change)).toEqual(["proposed", "participants"]);
  });

  it("sets steps (reordered, removed, added) and referral routes with their contacts", async () => {
    const id = await propose();
    await refused(
      "pathways",
      PATHWAY_TABLES,
      STEPS,
      {
        input: {
          id,
          steps: [
            {
              kind: "ASSESSMENT",
              description: "Assess",
              responsiblePartnerId: "essex-county-council",
            },
          ],
          ...decided,
        },
      },
      "input.steps[0].responsiblePartnerId",
    );
    const steps = await ok<{ setPathwaySteps: { steps: { position: number; kind: string }[] } }>(
      STEPS,
      {
        input: {
          id,
          steps: [
            { kind: "ASSESSMENT", description: "Assess", responsiblePartnerId: "thurrock-council" },
            { kind: "REFERRAL", description: "Refer in", responsiblePartnerId: "eput" },
          ],
          ...decided,
        },
      },
    );
    expect(steps.setPathwaySteps.steps.map((s) => `${s.position} ${s.kind}`)).toEqual([
      "1 ASSESSMENT",
      "2 REFERRAL",
    ]);
    await refused(
      "pathways",
      PATHWAY_TABLES,
      ROUTES,
      {
        input: {
          id,
          referralRoutes: [
            {
              kind: "SELF_REFERRAL",
              description: "Email us",
              contact: { method: "EMAIL", value: "not-an-email" },
            },
          ],
          ...decided,
        },
      },
      "input.referralRoutes[0].contact.value",
    );
    const routes = await ok<{ setPathwayReferralRoutes: { referralRoutes: unknown[] } }>(
      ROUTES,
      {
        input: {
          id,
          referralRoutes: [
            {
              kind: "SELF_REFERRAL",
              description: "Email us",
              contact: { method: "EMAIL", value: "team@example.nhs.uk" },
            },
          ],
          ...decided,
        },
      },
      [...EDITOR, "internal"],
    );
    expect(routes.setPathwayReferralRoutes.referralRoutes).toEqual([
      {
        kind: "SELF_REFERRAL",
        description: "Email us",
        contact: { method: "EMAIL", value: "team@example.nhs.uk" },
      },
    ]);
  });

  it("withdraws or rejects a proposal as a final status: no move or correction after it", async () => {
    const withdrawn = await propose();
    await ok(MOVE, { input: { id: withdrawn, to: "WITHDRAWN", effectiveOn: today, ...decided } });
    const rejected = await propose();
    await ok(MOVE, { input: { id: rejected, to: "REJECTED", effectiveOn: today, ...decided } });
    for (const id of [withdrawn, rejected]) {
      const problems = await refused(
        "pathways",
        PATHWAY_TABLES,
        MOVE,
        { input: { id, to: "AGREED", effectiveOn: today, ...decided } },
        "input.to",
      );
      expect(problems[0]!.message).toMatch(/it is final/);
      await refused(
        "pathways",
        PATHWAY_TABLES,
        UPDATE,
        { input: { id, name: "Again", ...decided } },
        "input.id",
      );
    }
    // Only a proposal can be withdrawn.
    const live = (
      h.databases
        .pathways!.sqlite.prepare("SELECT id FROM pathways WHERE status = 'LIVE' LIMIT 1")
        .get() as { id: string }
    ).id;
    await refused(
      "pathways",
      PATHWAY_TABLES,
      MOVE,
      { input: { id: live, to: "WITHDRAWN", effectiveOn: today, ...decided } },
      "input.to",
    );
    const history = (
      await ok<{
        sharedPathway: { history: { toStatus: string }[]; changes: { change: string }[] };
      }>(CHANGES, { id: withdrawn })
    ).sharedPathway;
    expect(history.history.map((c) => c.toStatus)).toEqual(["PROPOSED", "WITHDRAWN"]);
    expect(history.changes.map((c) => c.change)).toEqual(["proposed", "status"]);
  });

  it("keeps a seeded participant's citation when it is unchanged, and drops it when changed", async () => {
    const row = h.databases
      .pathways!.sqlite.prepare(
        `SELECT pathway_id AS id FROM pathway_participants WHERE source_document IS NOT NULL
          AND pathway_id IN (SELECT id FROM pathways WHERE status = 'LIVE')
          GROUP BY pathway_id HAVING count(*) >= 2 LIMIT 1`,
      )
      .get() as { id: string };
    const before = (
      await ok<{
        sharedPathway: {
          participants: { role: string; partner: { id: string }; contribution: string | null }[];
        };
      }>(
        `query ($id: ID!) { sharedPathway(id: $id) { participants { role partner { id } contribution } } }`,
        { id: row.id },
      )
    ).sharedPathway.participants;
    const kept = before.map((p) => ({
      partnerId: p.partner.id,
      role: p.role,
      contribution: p.contribution,
    }));
    kept[1] = { ...kept[1]!, contribution: "Changed by an editor" };
    const after = await ok<{
      setPathwayParticipants: {
        participants: { partner: { id: string }; source: { documentTitle: string } | null }[];
      };
    }>(PARTICIPANTS, { input: { id: row.id, participants: kept, ...decided } });
    const sources = after.setPathwayParticipants.participants.map((p) => p.source);
    expect(sources[0]).not.toBeNull();
    expect(sources[1]).toBeNull();
  });

  it("shows changes to editors and internal readers only: they hold referral contacts", async () => {
    const id = await propose();
    const res = await h.query(
      `query ($id: ID!) { sharedPathway(id: $id) { name changes { change } } }`,
      { id },
      undefined,
      null,
    );
    expect(res.data).toEqual({ sharedPathway: { name: expect.any(String), changes: null } });
    expect(res.errors?.[0]?.extensions?.code).toMatch(/UNAUTHENTICATED|FORBIDDEN/);
  });
});

describe("workforce figures", () => {
  const WF_TABLES = ["observations", "observation_revisions"];
  const KEY = {
    measureCode: "vacancy-rate",
    orgUnit: { kind: "TRUST", id: "eput" },
  };
  const WF_EDITOR = ["workforce:write"];
  const RECORD = `{ status value numerator denominator revisions { sequence change value status decidedBy reason recordedBy } }`;
  const SCORECARD = `{ workforceScorecard { trust { measure { code } period value } } }`;
  const SERIES = `query ($from: String!, $to: String!) { measureSeries(measureCode: "vacancy-rate", from: $from, to: $to, units: [{ kind: TRUST, id: "eput" }]) { points { period value } } }`;

  /** The trust's latest published vacancy rate, as the public scorecard shows it. */
  async function latest() {
    const data = await ok<{
      workforceScorecard: { trust: { measure: { code: string }; period: string; value: number }[] };
    }>(SCORECARD, {}, []);
    return data.workforceScorecard.trust.find((r) => r.measure.code === "vacancy-rate")!;
  }

  it("corrects a published figure: the new value supersedes the old, which stays in history", async () => {
    const before = await latest();
    const data = await ok<{ correctObservation: Record<string, unknown> }>(
      `mutation ($input: CorrectObservationInput!) { correctObservation(input: $input) ${RECORD} }`,
      { input: { ...KEY, period: before.period, numerator: 50, denominator: 1000, ...decided } },
      WF_EDITOR,
    );
    expect(data.correctObservation).toMatchObject({
      status: "PUBLISHED",
      value: 5,
      revisions: [
        {
          sequence: 1,
          change: "CORRECTED",
          value: before.value,
          status: "PUBLISHED",
          ...decided,
          recordedBy: "test-user",
        },
      ],
    });
    expect((await latest()).value).toBe(5);
  });

  it("refuses a correction with bad figures, or none at all, and changes nothing", async () => {
    const { period } = await latest();
    for (const figures of [
      { numerator: 20, denominator: 10 },
      { value: 5 },
      { numerator: 50, denominator: 1000 },
    ]) {
      await refused(
        "workforce",
        WF_TABLES,
        `mutation ($input: CorrectObservationInput!) { correctObservation(input: $input) { value } }`,
        { input: { ...KEY, period, ...figures, ...decided } },
        "input",
        WF_EDITOR,
      );
    }
  });

  it("retracts a figure: it leaves the scorecard and the series, and stays in history", async () => {
    const { period, value } = await latest();
    const data = await ok<{
      retractObservation: { status: string; revisions: { change: string; value: number }[] };
    }>(
      `mutation ($input: RetractObservationInput!) { retractObservation(input: $input) ${RECORD} }`,
      { input: { ...KEY, period, ...decided } },
      WF_EDITOR,
    );
    expect(data.retractObservation.status).toBe("RETRACTED");
    expect(data.retractObservation.revisions.at(-1)).toMatchObject({ change: "RETRACTED", value });
    expect((await latest()).period).not.toBe(period);
    const series = await ok<{ measureSeries: { points: { period: string }[] }[] }>(
      SERIES,
      { from: period, to: period },
      [],
    );
    expect(series.measureSeries.flatMap((s) => s.points).map((p) => p.period)).not.toContain(
      period,
    );
    // Still there for an editor, with every version; and it cannot be retracted twice.
    const history = await ok<{ observationHistory: { status: string; revisions: unknown[] } }>(
      `query ($input: ObservationKeyInput!) { observationHistory(input: $input) ${RECORD} }`,
      { input: { ...KEY, period } },
      WF_EDITOR,
    );
    expect(history.observationHistory.status).toBe("RETRACTED");
    expect(history.observationHistory.revisions.length).toBeGreaterThanOrEqual(1);
    await refused(
      "workforce",
      WF_TABLES,
      `mutation ($input: RetractObservationInput!) { retractObservation(input: $input) { status } }`,
      { input: { ...KEY, period, ...decided } },
      "input",
      WF_EDITOR,
    );
  });

  it("keeps a published figure that a later return changes", async () => {
    const { period, value } = await latest();
    const csv = `measure,unit,org_unit_type,org_unit,period,value,numerator,denominator,target,status\nvacancy-rate,PERCENT,TRUST,eput,${period},,77,1000,,PUBLISHED\n`;
    await ok(
      `mutation ($csv: String!) { importObservations(csv: $csv, source: "later.csv") { rows } }`,
      { csv },
      WF_EDITOR,
    );
    const history = await ok<{
      observationHistory: { value: number; revisions: { change: string; value: number }[] };
    }>(
      `query ($input: ObservationKeyInput!) { observationHistory(input: $input) ${RECORD} }`,
      { input: { ...KEY, period } },
      WF_EDITOR,
    );
    expect(history.observationHistory.value).toBe(7.7);
    expect(history.observationHistory.revisions.at(-1)).toMatchObject({
      change: "IMPORTED",
      value,
    });
  });

  it("never lets a figure's history be rewritten, even in the database", () => {
    const sqlite = h.databases.workforce!.sqlite;
    expect(() => sqlite.prepare("DELETE FROM observation_revisions").run()).toThrow(/append-only/);
    expect(() =>
      h.databases.pathways!.sqlite.prepare("UPDATE change_log SET reason = 'x'").run(),
    ).toThrow(/append-only/);
  });
});

describe("partners: agreements, identifiers and memberships", () => {
  const P_EDITOR = ["partners:write"];
  const P_TABLES = [
    "agreements",
    "agreement_parties",
    "partner_identifiers",
    "memberships",
    "change_log",
  ];
  const AGREEMENT = `{ id status startDate endDate parties { role partner { id } } changes { change fields { field before after } decidedBy reason } }`;
  const MOVE_AGREEMENT = `mutation ($input: MoveAgreementInput!) { moveAgreement(input: $input) ${AGREEMENT} }`;

  async function proposedAgreement(): Promise<string> {
    const data = await ok<{ recordAgreement: { id: string } }>(
      `mutation ($input: RecordAgreementInput!) { recordAgreement(input: $input) { id } }`,
      {
        input: {
          title: `Editing agreement ${Math.random()}`,
          type: "JOINT_SERVICE",
          status: "PROPOSED",
          parties: [{ partnerId: "eput" }, { partnerId: "thurrock-council" }],
        },
      },
      P_EDITOR,
    );
    return data.recordAgreement.id;
  }

  it("moves an agreement PROPOSED → ACTIVE → ENDED with its dates, and refuses any other move", async () => {
    const id = await proposedAgreement();
    const active = await ok<{ moveAgreement: { status: string; startDate: string } }>(
      MOVE_AGREEMENT,
      { input: { id, to: "ACTIVE", effectiveOn: "2026-01-01", ...decided } },
      P_EDITOR,
    );
    expect(active.moveAgreement).toMatchObject({ status: "ACTIVE", startDate: "2026-01-01" });
    await refused(
      "partners",
      P_TABLES,
      MOVE_AGREEMENT,
      { input: { id, to: "PROPOSED", effectiveOn: today, ...decided } },
      "input.to",
      P_EDITOR,
    );
    await refused(
      "partners",
      P_TABLES,
      MOVE_AGREEMENT,
      { input: { id, to: "ENDED", effectiveOn: "2025-12-31", ...decided } },
      "input.effectiveOn",
      P_EDITOR,
    );
    const ended = await ok<{
      moveAgreement: {
        status: string;
        endDate: string;
        changes: {
          change: string;
          fields: { field: string; before: string | null; after: string | null }[];
        }[];
      };
    }>(MOVE_AGREEMENT, { input: { id, to: "ENDED", effectiveOn: today, ...decided } }, P_EDITOR);
    expect(ended.moveAgreement).toMatchObject({ status: "ENDED", endDate: today });
    expect(ended.moveAgreement.changes.map((c) => c.change)).toEqual(["status", "status"]);
    expect(ended.moveAgreement.changes[1]!.fields).toContainEqual({
      field: "status",
      before: '"ACTIVE"',
      after: '"ENDED"',
    });
    const problems = await refused(
      "partners",
      P_TABLES,
      MOVE_AGREEMENT,
      { input: { id, to: "ACTIVE", effectiveOn: today, ...decided } },
      "input.to",
      P_EDITOR,
    );
    expect(problems[0]!.message).toMatch(/final/);
  });

  it("changes an agreement's parties, at least two, each a known partner", async () => {
    const id = await proposedAgreement();
    const SET = `mutation ($input: SetAgreementPartiesInput!) { setAgreementParties(input: $input) ${AGREEMENT} }`;
    await refused(
      "partners",
      P_TABLES,
      SET,
      { input: { id, parties: [{ partnerId: "eput" }], ...decided } },
      "input.parties",
      P_EDITOR,
    );
    const res = await h.query(
      SET,
      {
        input: {
          id,
          parties: [{ partnerId: "eput" }, { partnerId: "no-such-partner" }],
          ...decided,
        },
      },
      undefined,
      P_EDITOR,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    const data = await ok<{
      setAgreementParties: { parties: { role: string | null; partner: { id: string } }[] };
    }>(
      SET,
      {
        input: {
          id,
          parties: [
            { partnerId: "eput", role: "Host" },
            { partnerId: "essex-county-council", role: "Commissioner" },
          ],
          ...decided,
        },
      },
      P_EDITOR,
    );
    expect(data.setAgreementParties.parties.map((p) => `${p.partner.id} ${p.role}`).sort()).toEqual(
      ["eput Host", "essex-county-council Commissioner"],
    );
  });

  it("corrects a partner's identifiers and a membership, keeping the old values", async () => {
    const IDS = `mutation ($input: CorrectIdentifiersInput!) { correctPartnerIdentifiers(input: $input) { identifiers { scheme value } changes { change fields { field before after } } } }`;
    await refused(
      "partners",
      P_TABLES,
      IDS,
      {
        input: {
          partnerId: "thurrock-council",
          identifiers: [{ scheme: "ods", value: "X" }],
          ...decided,
        },
      },
      "input.identifiers[0].value",
      P_EDITOR,
    );
    const data = await ok<{
      correctPartnerIdentifiers: {
        identifiers: unknown[];
        changes: { fields: { field: string; before: string; after: string }[] }[];
      };
    }>(
      IDS,
      {
        input: {
          partnerId: "thurrock-council",
          identifiers: [{ scheme: "CHARITY", value: "123456" }],
          ...decided,
        },
      },
      P_EDITOR,
    );
    expect(data.correctPartnerIdentifiers.identifiers).toEqual([
      { scheme: "CHARITY", value: "123456" },
    ]);
    expect(data.correctPartnerIdentifiers.changes.at(-1)!.fields[0]!.after).toBe(
      '[{"scheme":"CHARITY","value":"123456"}]',
    );
    const MEMBERSHIP = `mutation ($input: CorrectMembershipInput!) { correctMembership(input: $input) { role startDate endDate changes { fields { field before after } decidedBy } } }`;
    await refused(
      "partners",
      P_TABLES,
      MEMBERSHIP,
      {
        input: {
          membershipId: "mid-and-south-essex--eput",
          startDate: "2022-07-01",
          endDate: "2022-01-01",
          ...decided,
        },
      },
      "input.endDate",
      P_EDITOR,
    );
    const membership = await ok<{
      correctMembership: { role: string; startDate: string; changes: { fields: unknown[] }[] };
    }>(
      MEMBERSHIP,
      {
        input: {
          membershipId: "mid-and-south-essex--eput",
          role: "Mental health provider",
          startDate: "2022-07-01",
          ...decided,
        },
      },
      P_EDITOR,
    );
    expect(membership.correctMembership).toMatchObject({
      role: "Mental health provider",
      startDate: "2022-07-01",
    });
    expect(membership.correctMembership.changes[0]!.fields).toContainEqual({
      field: "role",
      before: '"NHS provider"',
      after: '"Mental health provider"',
    });
  });
});

describe("lived experience: posts and activities", () => {
  const LE_EDITOR = ["lived-experience:write"];
  const LE_TABLES = ["roles", "activities", "change_log"];

  it("corrects a post's details, checked whole, without touching its holder", async () => {
    const created = await ok<{ createLivedExperienceRole: { id: string } }>(
      `mutation ($input: CreateRoleInput!) { createLivedExperienceRole(input: $input) { id } }`,
      {
        input: {
          title: `Editing post ${Math.random()}`,
          kind: "PEER_SUPPORT_WORKER",
          level: "CARE_UNIT",
          careUnitId: "urgent-care-and-inpatient-services",
          decidedBy: "test",
        },
      },
      LE_EDITOR,
    );
    const id = created.createLivedExperienceRole.id;
    const UPDATE_ROLE = `mutation ($input: UpdateRoleInput!) { updateLivedExperienceRole(input: $input) { title level careUnit { id } changes { fields { field before after } reason } } }`;
    // A WARD post needs its ward; a care unit must exist.
    await refused(
      "lived-experience",
      LE_TABLES,
      UPDATE_ROLE,
      { input: { id, level: "WARD", ...decided } },
      "input.wardOrTeam",
      LE_EDITOR,
    );
    await refused(
      "lived-experience",
      LE_TABLES,
      UPDATE_ROLE,
      { input: { id, careUnitId: "no-such-unit", ...decided } },
      "input.careUnitId",
      LE_EDITOR,
    );
    const data = await ok<{
      updateLivedExperienceRole: {
        title: string;
        level: string;
        changes: { fields: { field: string }[]; reason: string }[];
      };
    }>(
      UPDATE_ROLE,
      {
        input: {
          id,
          title: "Corrected post",
          level: "WARD",
          wardOrTeam: "Willow Ward",
          ...decided,
        },
      },
      LE_EDITOR,
    );
    expect(data.updateLivedExperienceRole).toMatchObject({
      title: "Corrected post",
      level: "WARD",
    });
    expect(data.updateLivedExperienceRole.changes[0]!.fields.map((f) => f.field).sort()).toEqual([
      "level",
      "title",
      "wardOrTeam",
    ]);
    expect(JSON.stringify(data)).not.toMatch(/ldOrAutism|holder/i);
  });

  it("cancels an open activity as a final status, and refuses to cancel a completed one", async () => {
    const CANCEL = `mutation ($input: CancelActivityInput!) { cancelInvolvementActivity(input: $input) { status changes { fields { field before after } } } }`;
    const published = await ok<{ publishInvolvementActivity: { id: string } }>(
      `mutation ($input: PublishActivityInput!) { publishInvolvementActivity(input: $input) { id } }`,
      {
        input: {
          title: `Editing activity ${Math.random()}`,
          shapes: "A test",
          date: today,
          expectedHours: 2,
          recognitionOffer: "VOLUNTARY",
          stage: "CO_DESIGN",
        },
      },
      LE_EDITOR,
    );
    const id = published.publishInvolvementActivity.id;
    const data = await ok<{
      cancelInvolvementActivity: { status: string; changes: { fields: unknown[] }[] };
    }>(CANCEL, { input: { id, ...decided } }, LE_EDITOR);
    expect(data.cancelInvolvementActivity.status).toBe("CANCELLED");
    expect(data.cancelInvolvementActivity.changes[0]!.fields).toEqual([
      { field: "status", before: '"OPEN"', after: '"CANCELLED"' },
    ]);
    await refused(
      "lived-experience",
      LE_TABLES,
      CANCEL,
      { input: { id, ...decided } },
      "input.id",
      LE_EDITOR,
    );
    const fill = await h.query(
      `mutation { fillInvolvementActivity(id: "${id}") { status } }`,
      {},
      undefined,
      LE_EDITOR,
    );
    expect(fill.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
