import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

const PARTNERS = ["thurrock-council", "mind", "provide", "essex-county-council", "trust-links"];
let made = 0;

/** Adds synthetic pathways straight to the pathways database, each with EPUT and one partner. */
function addSyntheticPathways(count: number): string[] {
  const sqlite = h.databases.pathways!.sqlite;
  const pathway = sqlite.prepare(
    `INSERT INTO pathways (id, name, purpose, status, lead_care_unit_id, source_note)
     VALUES (?, ?, 'Synthetic pathway for the N+1 test', 'LIVE', 'west-essex-community', 'Synthetic: made by a test')`,
  );
  const sector = sqlite.prepare(`INSERT INTO pathway_sectors VALUES (?, 'HEALTH')`);
  const place = sqlite.prepare(`INSERT INTO pathway_places VALUES (?, 'west-essex')`);
  const participant = sqlite.prepare(
    `INSERT INTO pathway_participants (pathway_id, partner_id, role) VALUES (?, ?, ?)`,
  );
  const step = sqlite.prepare(
    `INSERT INTO pathway_steps (pathway_id, position, kind, description, responsible_partner_id) VALUES (?, 1, 'ASSESSMENT', 'Assessment', ?)`,
  );
  const route = sqlite.prepare(
    `INSERT INTO referral_routes (pathway_id, position, kind, description) VALUES (?, 1, 'SELF_REFERRAL', 'Self-referral')`,
  );
  const history = sqlite.prepare(
    `INSERT INTO pathway_status_changes (pathway_id, to_status, decided_by, reason) VALUES (?, 'LIVE', 'test', 'synthetic')`,
  );
  const ids: string[] = [];
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const id = `synthetic-pathway-${++made}`;
      const partner = PARTNERS[made % PARTNERS.length]!;
      pathway.run(id, `Synthetic pathway ${made}`);
      sector.run(id);
      place.run(id);
      participant.run(id, "eput", "LEAD");
      participant.run(id, partner, "PROVIDER");
      step.run(id, partner);
      route.run(id);
      history.run(id);
      ids.push(id);
    }
  })();
  return ids;
}

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on SharedPathway {
      id name sectors places { id } leadCareUnit { id }
      participants { role partner { id } }
      steps { kind responsiblePartner { id } }
      referralRoutes { kind }
      history { toStatus }
    }
  }
}`;

async function resolveEntities(ids: string[]) {
  let answered = 0;
  const counts = await h.countStatements(async () => {
    const res = await h.query<{ _entities: { id: string; participants: unknown[] }[] }>(
      ENTITIES,
      { representations: ids.map((id) => ({ __typename: "SharedPathway", id })) },
      h.subgraphs.pathways!.url,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!._entities.map((e) => e.id)).toEqual(ids);
    answered = res.data!._entities.filter((e) => e.participants.length === 2).length;
  });
  return { statements: counts.pathways, answered };
}

const PROFILE = `{
  partner(id: "eput") {
    name
    pathways(statuses: [LIVE]) { name participants { role partner { name kind } } }
    connections { partner { name } sharedPathwayCount }
  }
}`;

describe("no N+1", () => {
  it("resolves 50 or 500 pathways with their participants and parts in the same statements", async () => {
    const fifty = await resolveEntities(addSyntheticPathways(50));
    const fiveHundred = await resolveEntities(addSyntheticPathways(500));
    expect(fifty.answered).toBe(50);
    expect(fiveHundred.answered).toBe(500);
    // One statement for the pathways, one for each of sectors, places, participants, steps,
    // routes and history.
    expect(fifty.statements).toBe(7);
    expect(fiveHundred.statements).toBe(7);
  });

  it("serves a partner's profile with pathways and connections in fixed statements per subgraph", async () => {
    const before = await h.countStatements(() => h.query(PROFILE));
    addSyntheticPathways(200);
    let pathwayCount = 0;
    const after = await h.countStatements(async () => {
      const res = await h.query<{ partner: { pathways: unknown[] } }>(PROFILE);
      expect(res.errors).toBeUndefined();
      pathwayCount = res.data!.partner.pathways.length;
    });
    // Over 700 pathways now hold EPUT; the list gives its default 50 (see DEFAULT_LIST_SIZE).
    expect(pathwayCount).toBe(50);
    expect(after).toEqual(before);
    // Pathways: the partner's participations, the pathways, their participants, the links.
    // Partners: the partner, then every participant and connection in one entity batch (the
    // query planner fetches the two lists' partners together).
    expect(after).toMatchObject({ partners: 2, pathways: 4 });
  });
});
