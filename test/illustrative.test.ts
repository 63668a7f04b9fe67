/**
 * Aggregates say how much of them is illustrative (made up for demonstration), so a dashboard can
 * show "sourced only": role counts, ward coverage, involvement hours and the live workforce
 * figure counted from posts. Each is checked against the records themselves, as listed.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.stop());

async function ok<T>(query: string, as: string[] | null = ["internal"]): Promise<T> {
  const res = await h.query<T>(query, {}, undefined, as);
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

interface Post {
  kind: string;
  level: string;
  status: string;
  wardOrTeam: string | null;
  careUnit: { id: string } | null;
  provenance: { illustrative: boolean };
}

/** Every post, page by page, as an internal reader sees them. */
async function allPosts(): Promise<Post[]> {
  const posts: Post[] = [];
  let after: string | null = null;
  for (;;) {
    const data: {
      livedExperienceRoles: {
        nodes: Post[];
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    } = await ok(
      `{ livedExperienceRoles(first: 100${after ? `, after: "${after}"` : ""}) {
          nodes { kind level status wardOrTeam careUnit { id } provenance { illustrative } }
          pageInfo { hasNextPage endCursor } } }`,
    );
    posts.push(...data.livedExperienceRoles.nodes);
    if (!data.livedExperienceRoles.pageInfo.hasNextPage) return posts;
    after = data.livedExperienceRoles.pageInfo.endCursor;
  }
}

describe("aggregates say how much of them is illustrative", () => {
  it("role counts: in total and in every breakdown, and none when illustrative posts are left out", async () => {
    const posts = await allPosts();
    const made = posts.filter((p) => p.provenance.illustrative);
    expect(made.length).toBeGreaterThan(0);
    const data = await ok<{
      all: {
        total: number;
        illustrative: number;
        byLevel: { level: string; count: number; illustrative: number }[];
      };
      sourced: { total: number; illustrative: number };
    }>(`{ all: livedExperienceRoleCounts { total illustrative byLevel { level count illustrative } }
          sourced: livedExperienceRoleCounts(filter: { includeIllustrative: false }) { total illustrative } }`);
    expect(data.all.total).toBe(posts.length);
    expect(data.all.illustrative).toBe(made.length);
    for (const row of data.all.byLevel) {
      expect(row.illustrative, row.level).toBe(made.filter((p) => p.level === row.level).length);
    }
    expect(data.sourced).toEqual({ total: posts.length - made.length, illustrative: 0 });
  });

  it("ward coverage: the wards covered only by illustrative posts", async () => {
    const posts = await allPosts();
    const peer = posts.filter(
      (p) =>
        p.level === "WARD" &&
        p.status === "FILLED" &&
        ["PEER_SUPPORT_WORKER", "SENIOR_PEER_SUPPORT_WORKER"].includes(p.kind),
    );
    const data = await ok<{
      careUnits: {
        id: string;
        peerSupportWardCoverage: { wardsWithPeerSupport: number; illustrativeWards: number } | null;
      }[];
    }>(
      `{ careUnits { id peerSupportWardCoverage { wardsWithPeerSupport illustrativeWards } } }`,
      null,
    );
    let checked = 0;
    for (const unit of data.careUnits) {
      const here = peer.filter((p) => p.careUnit?.id === unit.id);
      const wards = new Set(here.map((p) => p.wardOrTeam));
      const sourced = new Set(
        here.filter((p) => !p.provenance.illustrative).map((p) => p.wardOrTeam),
      );
      expect(unit.peerSupportWardCoverage?.wardsWithPeerSupport ?? 0, unit.id).toBe(wards.size);
      expect(unit.peerSupportWardCoverage?.illustrativeWards ?? 0, unit.id).toBe(
        wards.size - sourced.size,
      );
      if (wards.size > 0) checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("involvement hours: illustrative activities and hours each month, cancelled activities not counted", async () => {
    const data = await ok<{
      months: {
        month: string;
        activities: number;
        illustrativeActivities: number;
        deliveredHours: number;
        illustrativeDeliveredHours: number;
      }[];
      list: {
        nodes: {
          date: string | null;
          status: string;
          deliveredHours: number | null;
          provenance: { illustrative: boolean };
        }[];
        pageInfo: { hasNextPage: boolean };
      };
    }>(`{ months: involvementHoursByMonth(from: "2023-04", to: "2025-03") { month activities illustrativeActivities deliveredHours illustrativeDeliveredHours }
          list: involvementActivities(first: 100, filter: { from: "2023-04-01", to: "2025-03-31" }) { nodes { date status deliveredHours provenance { illustrative } } pageInfo { hasNextPage } } }`);
    expect(data.list.pageInfo.hasNextPage).toBe(false);
    const counted = data.list.nodes.filter((a) => a.status !== "CANCELLED" && a.date);
    for (const month of data.months) {
      const here = counted.filter((a) => a.date!.startsWith(month.month));
      expect(month.activities, month.month).toBe(here.length);
      expect(month.illustrativeActivities, month.month).toBe(
        here.filter((a) => a.provenance.illustrative).length,
      );
      const hours = here
        .filter((a) => a.provenance.illustrative && a.status === "COMPLETED")
        .reduce((sum, a) => sum + (a.deliveredHours ?? 0), 0);
      expect(month.illustrativeDeliveredHours, month.month).toBeCloseTo(hours, 6);
    }
    expect(data.months.reduce((n, m) => n + m.illustrativeActivities, 0)).toBeGreaterThan(0);
  });

  it("the live workforce figure counted from posts says how many of them are illustrative", async () => {
    const posts = await allPosts();
    const data = await ok<{
      careUnits: {
        id: string;
        workforce: {
          value: number;
          provenance: { kind: string; illustrativePart: number | null };
        }[];
      }[];
    }>(
      `{ careUnits { id workforce(measureCodes: ["lived-experience-roles"]) { value provenance { kind illustrativePart } } } }`,
      null,
    );
    for (const unit of data.careUnits) {
      const filled = posts.filter((p) => p.careUnit?.id === unit.id && p.status === "FILLED");
      const [point] = unit.workforce;
      expect(point, unit.id).toMatchObject({
        value: filled.length,
        provenance: {
          kind: "LIVE",
          illustrativePart: filled.filter((p) => p.provenance.illustrative).length,
        },
      });
    }
  });
});
