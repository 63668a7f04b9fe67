import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

let made = 0;

/** Adds synthetic filled peer support posts, each on its own ward of a synthetic care unit. */
function addSyntheticPosts(count: number): { roleIds: string[]; unitIds: string[] } {
  const sqlite = h.databases["lived-experience"]!.sqlite;
  const role = sqlite.prepare(
    `INSERT INTO roles (id, title, kind, level, care_unit_id, ward_or_team, arrangement, host_partner_id, status, illustrative, source_note)
     VALUES (?, 'Synthetic peer support worker', 'PEER_SUPPORT_WORKER', 'WARD', ?, ?, 'JOINT_POST', 'mind', 'FILLED', 1, 'Synthetic: made by a test')`,
  );
  const history = sqlite.prepare(
    `INSERT INTO role_status_changes (role_id, to_status, decided_by, reason) VALUES (?, 'FILLED', 'test', 'synthetic')`,
  );
  const coproduction = sqlite.prepare(
    `INSERT INTO coproductions (id, pathway_id, activity_id, stage, summary, illustrative) VALUES (?, ?, 'illustrative-involvement-session-01', 'CO_DESIGN', 'synthetic', 1)`,
  );
  const partner = sqlite.prepare(`INSERT INTO coproduction_partners VALUES (?, 'mind')`);
  const roleIds: string[] = [];
  const unitIds: string[] = [];
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const n = ++made;
      const id = `synthetic-post-${n}`;
      const unit = `synthetic-care-unit-${n}`;
      role.run(id, unit, `Ward ${n}`);
      history.run(id);
      coproduction.run(`synthetic-coproduction-${n}`, `synthetic-pathway-${n}`);
      partner.run(`synthetic-coproduction-${n}`);
      roleIds.push(id);
      unitIds.push(unit);
    }
  })();
  return { roleIds, unitIds };
}

const ENTITIES = `query ($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on LivedExperienceRole { id title careUnit { id } hostPartner { id } history { toStatus } }
    ... on CareUnit {
      id
      livedExperienceRoles { id }
      livedExperienceRoleCounts { total byLevel { level count } }
      peerSupportWardCoverage { wardCount wardsWithPeerSupport percent }
    }
    ... on SharedPathway { id coproduction { stage activity { id } partners { id } } }
  }
}`;

async function statements(representations: Record<string, unknown>[]) {
  let answered: unknown[] = [];
  const counts = await h.countStatements(async () => {
    const res = await h.query<{ _entities: unknown[] }>(
      ENTITIES,
      { representations },
      h.subgraphs["lived-experience"]!.url,
    );
    expect(res.errors).toBeUndefined();
    answered = res.data!._entities;
  });
  return { count: counts["lived-experience"], answered };
}

describe("no N+1 in the lived-experience subgraph", () => {
  it("resolves 50 or 500 posts, care units and pathways in the same statements", async () => {
    const results: Record<string, number[]> = { roles: [], units: [], pathways: [] };
    for (const size of [50, 500]) {
      const { roleIds, unitIds } = addSyntheticPosts(size);
      const roles = await statements(
        roleIds.map((id) => ({ __typename: "LivedExperienceRole", id })),
      );
      expect(roles.answered).toHaveLength(size);
      results.roles!.push(roles.count!);
      const units = await statements(
        unitIds.map((id) => ({ __typename: "CareUnit", id, wardCount: 2 })),
      );
      expect(units.answered[0]).toMatchObject({
        peerSupportWardCoverage: { wardCount: 2, wardsWithPeerSupport: 1, percent: 50 },
      });
      results.units!.push(units.count!);
      const pathways = await statements(
        unitIds.map((_, i) => ({
          __typename: "SharedPathway",
          id: `synthetic-pathway-${made - size + i + 1}`,
        })),
      );
      expect(pathways.answered[size - 1]).toMatchObject({
        coproduction: [
          {
            stage: "CO_DESIGN",
            activity: { id: "illustrative-involvement-session-01" },
            partners: [{ id: "mind" }],
          },
        ],
      });
      results.pathways!.push(pathways.count!);
    }
    // Posts: the posts and their histories. Care units: posts, grouped counts, covered wards.
    // Pathways: co-production records, their partners, their activities.
    expect(results).toEqual({ roles: [2, 2], units: [3, 3], pathways: [3, 3] });
  });

  it("serves the dashboard query through the gateway in fixed statements per subgraph", async () => {
    const DASHBOARD = `{ careUnits { name
      livedExperienceRoleCounts { byLevel { level count } }
      peerSupportWardCoverage { percent }
      livedExperienceRoles(statuses: [FILLED], first: 100) { title hostPartner { name } } } }`;
    // Move 50 synthetic posts (hosted by Mind) into a real care unit, then all 550.
    const moveIn = (where: string) =>
      h.databases["lived-experience"]!.sqlite.exec(
        `UPDATE roles SET care_unit_id = 'urgent-care-and-inpatient-services' WHERE ${where}`,
      );
    moveIn("id IN (SELECT id FROM roles WHERE id LIKE 'synthetic-post-%' LIMIT 50)");
    const before = await h.countStatements(() => h.query(DASHBOARD));
    moveIn("id LIKE 'synthetic-post-%'");
    let shown = 0;
    const after = await h.countStatements(async () => {
      const res = await h.query<{ careUnits: { livedExperienceRoles: unknown[] }[] }>(DASHBOARD);
      expect(res.errors).toBeUndefined();
      shown = res.data!.careUnits.reduce((n, u) => n + u.livedExperienceRoles.length, 0);
    });
    expect(shown).toBe(100); // 550 posts in one care unit, a page of 100 shown
    expect(after).toEqual(before);
    // Partners: the care units, then every host in one entity batch.
    expect(after).toMatchObject({ partners: 2, pathways: 0, "lived-experience": 3 });
  });
});
