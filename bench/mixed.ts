/**
 * The mixed workload: partner systems looking up organisations and pathways by varied ids,
 * dashboards asking their heavier questions, and 1% writes, in a fixed shuffled order. The same
 * requests and credentials go to every gateway compared.
 */
import Database from "better-sqlite3";
import type { BenchRequest } from "./load.js";
import { operations } from "./operations.js";
import { benchAuthorization } from "./system.js";

const PARTNER = `query PartnerById($id: ID!) {
  partner(id: $id) { id name kind odsCode description places { name } }
}`;
const PATHWAY = `query PathwayById($id: ID!) {
  sharedPathway(id: $id) {
    id name status purpose
    steps { position kind description }
    referralRoutes { kind criteria }
    participants { role partner { name odsCode } }
  }
}`;
const WRITE = `mutation Revise($input: UpdatePathwayInput!) { updatePathway(input: $input) { id } }`;
const DASHBOARD = ["scorecard", "partner-profile", "pathway-search"];

/** In every 100 requests: partner lookups, pathway lookups, dashboard queries, writes. */
export const MIX = { partner: 55, pathway: 20, dashboard: 24, write: 1 };
const LENGTH = 400;

function ids(file: string, table: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare(`SELECT id FROM ${table} ORDER BY id`).all() as { id: string }[]).map(
      (r) => r.id,
    );
  } finally {
    db.close();
  }
}

/** A small seeded generator, so every run and every gateway gets the same order. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function mixedWorkload(dataDir: string): Promise<BenchRequest[]> {
  // A partner system reads public data; a dashboard and an editor hold an administrator's scopes.
  const partnerSystem = await benchAuthorization([], "partner-system");
  const admin = await benchAuthorization(["admin"], "dashboard");
  const partnerIds = ids(`${dataDir}/partners.sqlite`, "partners");
  const pathwayIds = ids(`${dataDir}/pathways.sqlite`, "pathways");
  const dashboards = operations().filter((op) => DASHBOARD.includes(op.name));
  const next = random(20261130);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  let revision = 0;
  const kinds = Object.entries(MIX).flatMap(([kind, n]) =>
    Array.from({ length: (n * LENGTH) / 100 }, () => kind),
  );
  kinds.sort(() => next() - 0.5);
  return kinds.map((kind): BenchRequest => {
    switch (kind) {
      case "partner":
        return {
          body: JSON.stringify({ query: PARTNER, variables: { id: pick(partnerIds) } }),
          authorization: partnerSystem,
        };
      case "pathway":
        return {
          body: JSON.stringify({ query: PATHWAY, variables: { id: pick(pathwayIds) } }),
          authorization: partnerSystem,
        };
      case "dashboard":
        return { body: pick(dashboards).body, authorization: admin };
      default: {
        const id = pick(pathwayIds);
        const body = () =>
          JSON.stringify({
            query: WRITE,
            variables: {
              input: {
                id,
                purpose: `Revised by the benchmark (${++revision})`,
                decidedBy: "Benchmark",
                reason: "Mixed workload write",
              },
            },
          });
        return { body: body(), vary: body, authorization: admin };
      }
    }
  });
}

/** Answers served from the response cache so far, from the gateway's Prometheus metrics. */
export async function cacheHits(metricsUrl: string): Promise<number> {
  const text = await (await fetch(metricsUrl)).text();
  return Number(/^gateway_response_cache_hits_total (\d+)/m.exec(text)?.[1] ?? 0);
}
