/**
 * Generated hostile requests against the real gateway process (production, behind one trusted
 * proxy): paths with dot segments, encoded separators, prototype names, very long and invalid
 * UTF-8 segments under every prefix the edge serves; odd methods; and hostile Host,
 * Content-Length, X-Forwarded-For, If-None-Match and X-Request-Id headers, sent as raw bytes on
 * a socket so nothing is tidied on the way. The process must stay up, and every answer must be
 * a well-formed HTTP status that is not a server error.
 */
import fc from "fast-check";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSystemProcess, type SystemProcess } from "./system-process.js";

let system: SystemProcess;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "edge-fuzz-"));
  system = await startSystemProcess(dir, undefined, { TRUST_PROXY: "1" });
}, 120_000);
afterAll(async () => {
  system.child.kill("SIGTERM");
  await system.exited;
  rmSync(dir, { recursive: true, force: true });
});

const PREFIXES = [
  "",
  "/graphql",
  "/oruk",
  "/oruk/services",
  "/oruk/organizations",
  "/oruk/taxonomies",
  "/fhir",
  "/fhir/Organization",
  "/fhir/HealthcareService",
  "/assets",
  "/dashboard",
  "/graphiql",
  "/healthcheck",
  "/readiness",
];
const PROTOTYPE_NAMES = [
  "constructor",
  "__proto__",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "__defineGetter__",
  "isPrototypeOf",
];
const segment = fc.oneof(
  fc.constantFrom(
    ".",
    "..",
    "%2e",
    "%2e%2e",
    "%2E.",
    ".%2e",
    "%2f",
    "%2F..%2F",
    "%5c",
    "\\",
    "%00",
    "%",
    "%zz",
    "%C0%AF",
    "%FF%FE",
    "%E0%A4%A",
    "%ED%A0%80",
    "",
    "metadata",
    "index.html",
    "00000000-0000-5000-8000-000000000000",
  ),
  fc.constantFrom(...PROTOTYPE_NAMES),
  fc.string({ minLength: 1, maxLength: 12 }).map(encodeURIComponent),
  fc.string({ unit: "grapheme", maxLength: 8 }).map(encodeURIComponent),
  fc.integer({ min: 2_000, max: 9_000 }).map((n) => "a".repeat(n)),
);
const path = fc
  .tuple(
    fc.constantFrom(...PREFIXES),
    fc.array(segment, { maxLength: 4 }),
    fc.boolean(),
    fc.option(fc.string({ maxLength: 40 }).map(encodeURIComponent)),
  )
  .map(
    ([prefix, segments, slash, query]) =>
      `${prefix}${segments.map((s) => `/${s}`).join("")}${slash ? "/" : ""}${query ? `?${query}` : ""}` ||
      "/",
  );
const header = (name: string, values: fc.Arbitrary<string>) =>
  fc.option(
    values.map((value) => [name, value] as const),
    { nil: undefined },
  );
const token = fc.string({ unit: fc.constantFrom(..."abcXYZ019-_.:/,;=@ "), maxLength: 60 });
const request = fc.record({
  method: fc.constantFrom("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH", "FOO"),
  path,
  headers: fc.tuple(
    header(
      "Host",
      fc.oneof(token, fc.constantFrom("evil.example", "[::1", "a:b:c", "localhost:99999")),
    ),
    header(
      "Content-Length",
      fc.oneof(fc.nat({ max: 40 }).map(String), fc.constantFrom("-1", "abc", "1e3", "99999999")),
    ),
    header(
      "X-Forwarded-For",
      fc.array(fc.oneof(fc.ipV4(), fc.ipV6(), token), { maxLength: 5 }).map((a) => a.join(", ")),
    ),
    header("If-None-Match", fc.oneof(token, fc.constant('W/"x"'), fc.constant("*"))),
    header("X-Request-Id", fc.oneof(token, fc.string({ maxLength: 300 }))),
    header("Authorization", fc.oneof(token, fc.constant("Bearer a.b.c"))),
    header("Accept", fc.constantFrom("*/*", "text/html", "application/fhir+xml", "x/y;q=z")),
  ),
  body: fc.string({ maxLength: 40 }),
});

/** Sends raw bytes and reads the status line of the answer (null: the server closed without one). */
function send(port: number, raw: string): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    let received = "";
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within 10 s to ${JSON.stringify(raw.slice(0, 200))}`));
    }, 10_000);
    socket.on("data", (chunk: Buffer) => {
      received += chunk.toString("latin1");
      if (received.includes("\r\n")) {
        clearTimeout(timer);
        socket.destroy();
        resolve(received.slice(0, received.indexOf("\r\n")));
      }
    });
    socket.on("error", () => undefined);
    socket.on("close", () => {
      clearTimeout(timer);
      resolve(received.includes("\r\n") ? received.slice(0, received.indexOf("\r\n")) : null);
    });
    socket.write(raw, "latin1");
  });
}

describe("the gateway's edge under generated hostile requests", () => {
  it("stays up and answers every request with a well-formed status below 500", async () => {
    const port = system.ports[0]!;
    let answered = 0;
    let closed = 0;
    await fc.assert(
      fc.asyncProperty(request, async ({ method, path, headers, body }) => {
        const lines = [`${method} ${path} HTTP/1.1`];
        const given = headers.filter((h) => h !== undefined);
        if (!given.some(([name]) => name === "Host")) lines.push(`Host: 127.0.0.1:${port}`);
        for (const [name, value] of given) lines.push(`${name}: ${value}`);
        if (!given.some(([name]) => name === "Content-Length"))
          lines.push(`Content-Length: ${Buffer.byteLength(body, "latin1")}`);
        lines.push("Connection: close");
        const status = await send(port, `${lines.join("\r\n")}\r\n\r\n${body}`);
        // Node's parser may close a connection whose request it cannot read at all.
        if (status === null) return void closed++;
        answered++;
        const match = /^HTTP\/1\.1 (\d{3}) /.exec(status);
        expect(match, `${method} ${path}: ${status}`).not.toBeNull();
        expect(Number(match![1]), `${method} ${path}: ${status}`).toBeLessThan(500);
      }),
      { numRuns: 1_000 },
    );
    // Most requests are read and answered; only unreadable ones are closed unanswered.
    expect(answered).toBeGreaterThan(closed);
    expect(system.child.exitCode).toBeNull();
    expect(system.output()).not.toMatch(/gateway exited/);
    const answer = await fetch(system.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: '{ partner(id: "eput") { name } }' }),
    });
    expect(answer.status).toBe(200);
    expect(
      ((await answer.json()) as { data: { partner: { name: string } } }).data.partner.name,
    ).toMatch(/Essex Partnership/);
  }, 240_000);

  it("survives each request that used to end the process", async () => {
    for (const path of [
      "/assets/",
      "/assets/.",
      "/oruk/constructor",
      "/oruk/toString",
      "/fhir/__proto__",
    ]) {
      const res = await fetch(`http://127.0.0.1:${system.ports[0]}${path}`);
      expect(res.status, path).toBe(404);
    }
    expect(system.child.exitCode).toBeNull();
    expect(system.output()).not.toMatch(/gateway exited/);
  });
});

describe("metrics and memory under client-chosen names", () => {
  const metricsUrl = () => `http://127.0.0.1:${system.metricsPorts[0]}/metrics`;
  const scrape = async () => (await fetch(metricsUrl())).text();
  const resident = (text: string) =>
    Number(/^process_resident_memory_bytes (\d+)/m.exec(text)?.[1] ?? NaN);
  /** A document naming its operation `name`, whose aliased field is refused to the public. */
  const send = (name: string, alias: string) =>
    fetch(system.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: `query ${name} { ${alias}: peerSupportWorkersWithLdOrAutism { display } }`,
        operationName: name,
      }),
    });
  const flood = async (count: number, make: (i: number) => [string, string]) => {
    const statuses = new Set<number>();
    for (let i = 0; i < count; i += 10) {
      const batch = Array.from({ length: 10 }, (_, j) => send(...make(i + j)));
      for (const r of await Promise.all(batch)) {
        statuses.add(r.status);
        await r.text();
      }
    }
    return statuses;
  };

  it("refuse distinct 50 KB operation names before parsing, leaving /metrics and memory flat", async () => {
    await flood(20, (i) => [`Warm${i}`, `w${i}`]);
    const long = (round: number) => (i: number) =>
      [`Op${round}_${i}_${"n".repeat(50_000)}`, `a${i}`] as [string, string];
    // The first thousand settle the process's ordinary churn (buffers, heap growth).
    expect([...(await flood(1_000, long(0)))]).toEqual([400]);
    const before = await scrape();
    expect([...(await flood(2_000, long(1)))]).toEqual([400]);
    const after = await scrape();
    expect(after).not.toMatch(/nnnnnnnnnn/);
    expect(after.length - before.length).toBeLessThan(2_000);
    // 100 MB of names went by and nothing of them stays.
    expect(resident(after) - resident(before)).toBeLessThan(64 * 1024 * 1024);
  }, 120_000);

  it("label no client-chosen name or alias among 1,000 distinct ones inside the limits", async () => {
    await flood(20, (i) => [`Warm${i}`, `w${i}`]);
    const before = await scrape();
    const statuses = await flood(1_000, (i) => [
      `Op${i}_${"m".repeat(4_000)}`,
      `b${i}_${"x".repeat(4_000)}`,
    ]);
    expect([...statuses]).toEqual([200]);
    const after = await scrape();
    expect(after).not.toMatch(/mmmmmmmmmm|xxxxxxxxxx|Op\d+_/);
    // Counts move; the series do not multiply.
    expect(after.length - before.length).toBeLessThan(2_000);
    expect(after).toMatch(
      /graphql_envelop_request\{operationName="unregistered",operationType="query"\}/,
    );
  }, 120_000);
});
