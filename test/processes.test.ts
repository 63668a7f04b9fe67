/**
 * The system as separate, supervised OS processes (scripts/start.ts in production over real
 * SQLite files): one subgraph killed under load, the gateway killed, and a write lock held on
 * one subgraph's database. Each part fails alone and comes back alone.
 */
import Database from "better-sqlite3";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "../gateway/auth.js";
import { authConfig } from "../gateway/config.js";
import { type SystemProcess, startSystemProcess, TEST_TOKEN_SECRET } from "./system-process.js";

const dir = mkdtempSync(join(tmpdir(), "processes-"));
const TOKEN_SECRET = TEST_TOKEN_SECRET;
const NAMES = ["gateway", "partners", "pathways", "lived-experience", "workforce"];
let system: SystemProcess;
let output = "";
let url = "";

/** The newest pid the supervisor reported for a service. */
function pidOf(name: string): number {
  const matches = [
    ...output.matchAll(new RegExp(`\\[supervisor\\] ${name} started \\(pid (\\d+)\\)`, "g")),
  ];
  return Number(matches.at(-1)![1]);
}

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 60_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`${what} did not happen:\n${output.slice(-3000)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function ask(query: string, headers: Record<string, string> = {}) {
  const started = performance.now();
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query }),
  });
  const body = (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { extensions?: { code?: string; serviceName?: string } }[];
  };
  return { status: response.status, body, ms: performance.now() - started };
}

beforeAll(async () => {
  system = await startSystemProcess(dir, undefined, { LOG_LEVEL: "info" });
  url = system.url;
  // Kept current for the helpers below, which read what the system has printed.
  system.child.stdout!.on("data", () => (output = system.output()));
  system.child.stderr!.on("data", () => (output = system.output()));
  output = system.output();
}, 120_000);

afterAll(async () => {
  system.child.kill("SIGTERM");
  await system.exited;
  rmSync(dir, { recursive: true, force: true });
}, 60_000);

const PROFILE = `{ partner(id: "eput") { name pathways(first: 3) { name } } }`;

describe("separate processes", () => {
  it("runs each subgraph and the gateway as its own process", () => {
    const pids = NAMES.map(pidOf);
    expect(new Set(pids).size).toBe(NAMES.length);
    expect(pids).not.toContain(system.child.pid);
  });

  it("checks a write's references with their owner across processes", async () => {
    const token = await issueToken(authConfig({ AUTH_JWT_SECRET: TOKEN_SECRET }), {
      subject: "editor@example.nhs.uk",
      scopes: ["pathways:write"],
    });
    const propose = (partnerId: string) =>
      ask(
        `mutation { proposePathway(input: { name: "Across processes ${partnerId}", purpose: "A test", sectors: [HEALTH], participants: [{ partnerId: "${partnerId}", role: LEAD }], proposedBy: "test" }) { id } }`,
        { authorization: `Bearer ${token}` },
      );
    const refused = await propose("no-such-partner");
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(refused.body.errors)).toContain("input.participants[0].partnerId");
    const accepted = await propose("eput");
    expect(accepted.body.errors).toBeUndefined();
  }, 30_000);

  it("a write lock held on one subgraph's database slows only that subgraph", async () => {
    const lock = new Database(join(dir, "workforce.sqlite"));
    lock.pragma("busy_timeout = 0");
    lock.exec("BEGIN IMMEDIATE");
    try {
      const token = await issueToken(
        { ...authConfig({ AUTH_JWT_SECRET: TOKEN_SECRET }) },
        { subject: "analyst", scopes: ["workforce:write"] },
      );
      const blocked = ask(
        `mutation { publishObservations(measureCode: "vacancy-rate", period: "2031-01") }`,
        { authorization: `Bearer ${token}` },
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      const other = await ask(PROFILE);
      expect(other.body.errors).toBeUndefined();
      expect(other.ms).toBeLessThan(1_000);
      lock.exec("ROLLBACK");
      const write = await blocked;
      expect(write.ms).toBeGreaterThan(300);
    } finally {
      if (lock.inTransaction) lock.exec("ROLLBACK");
      lock.close();
    }
  }, 30_000);

  it("keeps answering when a subgraph is killed under load, and has it serving again within 5 s", async () => {
    const killedPid = pidOf("pathways");
    let stop = false;
    const seen = { whole: 0, partial: 0, other: [] as string[] };
    const load = (async () => {
      while (!stop) {
        const res = await ask(PROFILE);
        const partner = res.body.data?.partner as { name?: string; pathways?: unknown } | undefined;
        if (partner?.name && partner.pathways && !res.body.errors) seen.whole++;
        else if (
          partner?.name &&
          partner.pathways === null &&
          res.body.errors?.length === 1 &&
          res.body.errors[0]!.extensions?.code === "SUBGRAPH_UNAVAILABLE"
        )
          seen.partial++;
        else seen.other.push(JSON.stringify(res.body).slice(0, 300));
      }
    })();
    await until("some load", () => seen.whole > 5);
    const killedAt = Date.now();
    process.kill(killedPid, "SIGKILL");
    await until("a partial answer", () => seen.partial > 0, 5_000);
    await until(
      "pathways back",
      async () => {
        const res = await ask(PROFILE);
        return Array.isArray((res.body.data?.partner as { pathways?: unknown })?.pathways);
      },
      5_000,
    );
    const back = Date.now() - killedAt;
    stop = true;
    await load;
    expect(back).toBeLessThan(5_000);
    expect(seen.other).toEqual([]);
    expect(output).toMatch(/pathways exited \(SIGKILL\); restarting in \d+ ms/);
    expect(pidOf("pathways")).not.toBe(killedPid);
  }, 30_000);

  it("restarts a killed gateway, and the subgraphs are unaffected", async () => {
    const subgraphPids = NAMES.slice(1).map(pidOf);
    const gatewayPid = pidOf("gateway");
    process.kill(gatewayPid, "SIGKILL");
    await until(
      "the gateway back",
      async () => {
        try {
          return (await ask(PROFILE)).body.data !== undefined;
        } catch {
          return false;
        }
      },
      15_000,
    );
    expect(pidOf("gateway")).not.toBe(gatewayPid);
    expect(NAMES.slice(1).map(pidOf)).toEqual(subgraphPids);
    expect(output).toMatch(/gateway exited \(SIGKILL\); restarting/);
  }, 30_000);

  it("writes one request's log lines as JSON with the same request id in the gateway, the subgraph and the audit log", async () => {
    const token = await issueToken(authConfig({ AUTH_JWT_SECRET: TOKEN_SECRET }), {
      subject: "editor@example.nhs.uk",
      scopes: ["pathways:write", "internal"],
    });
    const requestId = `trace-${Date.now()}`;
    const response = await fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        authorization: `Bearer ${token}`,
        "x-request-id": requestId,
      },
      body: JSON.stringify({
        query: `mutation { movePathway(input: { id: "no-such-pathway", to: LIVE, effectiveOn: "2025-01-01", decidedBy: "x", reason: "x" }) { id } }`,
      }),
    });
    expect(response.headers.get("x-request-id")).toBe(requestId);
    await response.json();
    const services = () =>
      new Set(
        output
          .split("\n")
          .filter((line) => line.includes(requestId))
          .map((line) => (JSON.parse(line) as { service: string; requestId: string }).service),
      );
    await until("both services' lines", () => services().size >= 2, 5_000);
    expect([...services()].sort()).toEqual(["gateway", "pathways"]);
    expect(output).not.toMatch(/"authorization"|Bearer ey|x-pw-signature":"[A-Za-z0-9_-]{10}/);

    const audit = await ask(`{ pathwaysAuditLog(first: 1) { operation requestId outcome } }`, {
      authorization: `Bearer ${token}`,
    });
    expect(audit.body.data, JSON.stringify(audit.body)).toEqual({
      pathwaysAuditLog: [{ operation: "(anonymous operation)", requestId, outcome: "NOT_FOUND" }],
    });

    // A request id that is not plain is replaced by one the gateway makes.
    const odd = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", "x-request-id": "a b;<script>" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    expect(odd.headers.get("x-request-id")).toMatch(/^[A-Za-z0-9._:-]+$/);
  }, 30_000);

  it("serves Prometheus text on a separate port for the gateway and each subgraph, and its counters move", async () => {
    const metricsOf = async (port: number) => {
      const response = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(response.status).toBe(200);
      return response.text();
    };
    const sample = (text: string, name: string, label = "") =>
      text
        .split("\n")
        .filter((line) => line.startsWith(name) && line.includes(label))
        .reduce((sum, line) => sum + Number(line.split(" ").at(-1)), 0);
    const before = {
      gateway: await metricsOf(system.metricsPorts[0]!),
      pathways: await metricsOf(system.metricsPorts[2]!),
    };
    for (let i = 0; i < 3; i++) await ask(PROFILE);
    const after = {
      gateway: await metricsOf(system.metricsPorts[0]!),
      pathways: await metricsOf(system.metricsPorts[2]!),
    };
    for (const text of Object.values(after)) {
      for (const line of text.split("\n")) {
        if (line === "" || line.startsWith("# HELP ") || line.startsWith("# TYPE ")) continue;
        expect(line).toMatch(
          /^[a-zA-Z_:][a-zA-Z0-9_:]*(\{[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*"(,[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*")*\})? (-?[0-9.e+-]+|NaN|[+-]Inf)$/,
        );
      }
    }
    expect(sample(after.gateway, "graphql_envelop_request_duration_count")).toBeGreaterThanOrEqual(
      sample(before.gateway, "graphql_envelop_request_duration_count") + 3,
    );
    expect(
      sample(
        after.gateway,
        "graphql_gateway_subgraph_execute_duration_count",
        'subgraphName="pathways"',
      ),
    ).toBeGreaterThan(
      sample(
        before.gateway,
        "graphql_gateway_subgraph_execute_duration_count",
        'subgraphName="pathways"',
      ),
    );
    expect(sample(after.pathways, "subgraph_http_requests_total")).toBeGreaterThanOrEqual(
      sample(before.pathways, "subgraph_http_requests_total") + 3,
    );
    expect(sample(after.pathways, "subgraph_sql_statement_duration_seconds_count")).toBeGreaterThan(
      sample(before.pathways, "subgraph_sql_statement_duration_seconds_count"),
    );
    // Not on the public port.
    expect((await fetch(url.replace(/\/graphql$/, "/metrics"))).status).toBe(404);
  }, 30_000);
});
