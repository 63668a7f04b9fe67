/**
 * What a person sees, in a real browser: headless Chromium from Debian, driven by puppeteer-core,
 * with every request that leaves this machine blocked (no internet). The dashboard draws the
 * API's numbers and its filters change them; the explorer works offline and sends credentials;
 * the Sandbox page says when it cannot load; no page logs an error; axe-core finds no serious
 * accessibility violation; and a screenshot of each page is written to docs/screenshots/.
 * It runs when Chromium is installed (.ci/run installs it; CHROMIUM_PATH names another).
 */
import { existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import puppeteer, { type Browser, type Page } from "puppeteer-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.js";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SCREENSHOTS = "docs/screenshots";
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let h: Harness;
let base: string;
let browser: Browser;

beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  h = await startHarness();
  base = h.origin;
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
}, 180_000);
afterAll(async () => {
  await browser?.close();
  await h?.stop();
});

interface Opened {
  page: Page;
  errors: string[];
  blocked: string[];
}

/** A page as a person offline would open it: nothing off this machine loads. */
async function open(path: string, width = 1280): Promise<Opened> {
  const page = await browser.newPage();
  await page.setViewport({ width, height: 900 });
  const errors: string[] = [];
  const blocked: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  // axe-core is added to the page by the test: the pages' own CSP would rightly refuse it.
  await page.setBypassCSP(true);
  await page.setRequestInterception(true);
  page.on("request", (request) => {
    if (request.url().startsWith(base) || request.url().startsWith("data:"))
      void request.continue();
    else {
      blocked.push(request.url());
      void request.abort("internetdisconnected");
    }
  });
  await page.goto(`${base}${path}`, { waitUntil: "networkidle0" });
  return { page, errors, blocked };
}

async function ready(page: Page) {
  await page.waitForFunction(
    () => document.body.dataset["ready"] === "true" || document.body.dataset["ready"] === "error",
    { timeout: 30_000 },
  );
  expect(await page.evaluate(() => document.body.dataset["ready"])).toBe("true");
}

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> };
      }
    ).axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.nodes})`);
}

/** The text an SVG chart draws: its labels and values. */
function drawn(page: Page, figureId: string): Promise<string[]> {
  return page.$$eval(`#${figureId} svg text`, (nodes) => nodes.map((n) => n.textContent ?? ""));
}

const label = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replaceAll("_", " ");

async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await h.query<T>(query, variables, undefined, null);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

describe.skipIf(!existsSync(CHROMIUM))("in a real browser", () => {
  describe("the dashboard", () => {
    it("draws the API's numbers in every chart, says what is illustrative, and logs no error", async () => {
      const { page, errors, blocked } = await open("/dashboard");
      await ready(page);
      const { pathwayCoverage: c } = await api<{
        pathwayCoverage: {
          bySector: { sector: string; count: number }[];
          byStatus: { status: string; count: number }[];
        };
      }>(`{ pathwayCoverage { bySector { sector count } byStatus { status count } } }`);
      const sector = await drawn(page, "coverage-sector");
      for (const s of c.bySector) {
        // A long name may break over lines, each its own text.
        for (const word of label(s.sector).split(" "))
          expect(sector.join(" ").split(" ")).toContain(word);
        if (s.count > 0) expect(sector).toContain(String(s.count));
      }
      const status = await drawn(page, "coverage-status");
      for (const s of c.byStatus.filter((x) => x.count > 0))
        expect(status).toContain(String(s.count));

      const { livedExperienceRoleCounts: roles } = await api<{
        livedExperienceRoleCounts: {
          byLevel: { level: string; count: number; illustrative: number }[];
        };
      }>(`{ livedExperienceRoleCounts { byLevel { level count illustrative } } }`);
      const levels = await drawn(page, "roles-level");
      for (const l of roles.byLevel) {
        if (l.count - l.illustrative > 0)
          expect(levels).toContain(String(l.count - l.illustrative));
        if (l.illustrative > 0) expect(levels).toContain(String(l.illustrative));
      }
      const { workforceScorecard } = await api<{
        workforceScorecard: {
          careUnits: { careUnit: { name: string }; rows: { rag: string }[] }[];
        };
      }>(`{ workforceScorecard { careUnits { careUnit { name } rows { rag } } } }`);
      const rag = await drawn(page, "scorecard-rag");
      for (const unit of workforceScorecard.careUnits.filter((u) => u.rows.length)) {
        for (const r of ["GREEN", "AMBER", "RED"]) {
          const n = unit.rows.filter((x) => x.rag === r).length;
          if (n > 0) expect(rag).toContain(String(n));
        }
      }
      // A monthly measure draws its last 12 months, a quarterly one its last 4 quarters.
      const { measures } = await api<{ measures: { code: string; frequency: string }[] }>(
        `{ measures { code frequency } }`,
      );
      const offered = await page.$$eval("#measure option", (os) =>
        os.map((o) => (o as HTMLOptionElement).value),
      );
      for (const [frequency, count] of [
        ["MONTHLY", 12],
        ["QUARTERLY", 4],
      ] as const) {
        const measure = measures.find(
          (m) => m.frequency === frequency && offered.includes(m.code),
        )!.code;
        await page.evaluate(() => (document.body.dataset["ready"] = "false"));
        await page.select("#measure", measure);
        await ready(page);
        const periods = await page.$$eval("#series-chart tbody tr td:first-child", (tds) =>
          tds.map((td) => td.textContent!),
        );
        expect(periods).toHaveLength(count);
        const { measureSeries } = await api<{
          measureSeries: { periods: { point: { value: number } | null }[] }[];
        }>(
          `query($m: String!, $from: String!, $to: String!) { measureSeries(measureCode: $m, from: $from, to: $to, units: [{ kind: TRUST, id: "eput" }]) { periods { point { value } } } }`,
          { m: measure, from: periods[0], to: periods.at(-1) },
        );
        const line = await drawn(page, "series-chart");
        for (const p of measureSeries[0]!.periods)
          if (p.point) expect(line).toContain(String(p.point.value));
      }
      const network = await drawn(page, "network-graph");
      expect(network.join(" ")).toContain("Essex Partnership University NHS Foundation Trust");
      expect(network.join(" ")).toContain("Thurrock Council");

      for (const id of [
        "coverage-provenance",
        "roles-provenance",
        "scorecard-provenance",
        "series-provenance",
        "network-provenance",
      ]) {
        expect(await page.$eval(`#${id}`, (el) => el.textContent)).toMatch(/illustrative/);
      }
      expect(await page.$eval("#roles-provenance", (el) => el.textContent)).toMatch(
        /of which [1-9]\d* are illustrative/,
      );
      expect(errors).toEqual([]);
      expect(blocked).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}/dashboard.png`, fullPage: true });
      await page.close();
    });

    it("redraws when a filter changes, by keyboard, with the API's numbers for that care unit", async () => {
      const { page, errors } = await open("/dashboard");
      await ready(page);
      await page.focus("#care-unit");
      await page.evaluate(() => (document.body.dataset["ready"] = "false"));
      await page.keyboard.press("ArrowDown");
      await ready(page);
      const careUnitId = await page.$eval("#care-unit", (el) => (el as HTMLSelectElement).value);
      expect(careUnitId).not.toBe("");
      const { pathwayCoverage: c, careUnit } = await api<{
        pathwayCoverage: { byStatus: { status: string; count: number }[] };
        careUnit: { name: string };
      }>(
        `query($id: ID!) { pathwayCoverage(careUnitId: $id) { byStatus { status count } } careUnit(id: $id) { name } }`,
        { id: careUnitId },
      );
      const table = await page.$$eval("#coverage-status tbody tr", (rows) =>
        rows.map((r) => [...r.querySelectorAll("td")].map((td) => td.textContent)),
      );
      expect(table).toEqual(c.byStatus.map((s) => [label(s.status), String(s.count)]));
      const scorecard = await page.$$eval("#scorecard-rag tbody tr", (rows) =>
        rows.map((r) => r.querySelector("td")!.textContent),
      );
      expect(scorecard).toEqual([careUnit.name]);
      expect(errors).toEqual([]);
      await page.close();
    });

    it("shows draft figures to a caller whose pasted token opens them, and says when it does not", async () => {
      const { page, errors } = await open("/dashboard");
      await ready(page);
      const token = await h.token(["internal"], "analyst");
      const sent: string[] = [];
      page.on("request", (r) => {
        if (r.url().endsWith("/graphql")) sent.push(r.headers()["authorization"] ?? "");
      });
      await page.type("#credential", token);
      await page.evaluate(() => (document.body.dataset["ready"] = "false"));
      await page.click("#credentials button[type=submit]");
      await ready(page);
      expect(sent.length).toBeGreaterThan(0);
      expect(sent.some((h) => h === `Bearer ${token}`)).toBe(true);
      // An internal caller may read draft figures, so the scorecard and series include them.
      expect(await page.$eval("#who", (el) => el.textContent)).toBe(
        "Using your credential: draft workforce figures are included.",
      );
      expect(await page.$eval("#scorecard-provenance", (el) => el.textContent)).toMatch(
        /drafts included/,
      );
      expect(await page.$eval("#series-provenance", (el) => el.textContent)).toMatch(
        /[1-9]\d* are drafts/,
      );
      // A partner system's credential opens no drafts: the page says so, and shows published figures.
      await page.$eval("#credential", (el) => ((el as HTMLInputElement).value = ""));
      await page.type("#credential", await h.token(["partner-systems"], "directory"));
      await page.evaluate(() => (document.body.dataset["ready"] = "false"));
      await page.click("#credentials button[type=submit]");
      await ready(page);
      expect(await page.$eval("#who", (el) => el.textContent)).toMatch(/does not open draft/);
      expect(await page.$eval("#scorecard-provenance", (el) => el.textContent)).not.toMatch(
        /drafts/,
      );
      expect(errors).toEqual([]);
      await page.close();
    });

    it("passes axe-core with no serious violation, and fits a narrow screen", async () => {
      const wide = await open("/dashboard");
      await ready(wide.page);
      expect(await axe(wide.page)).toEqual([]);
      await wide.page.close();
      const narrow = await open("/dashboard", 360);
      await ready(narrow.page);
      expect(
        await narrow.page.evaluate(() => document.documentElement.scrollWidth),
      ).toBeLessThanOrEqual(360);
      await narrow.page.screenshot({
        path: `${SCREENSHOTS}/dashboard-narrow.png`,
        fullPage: false,
      });
      await narrow.page.close();
    });
  });

  describe("the offline explorer", () => {
    it("runs a query with no internet, sending a bearer token from its headers", async () => {
      const { page, errors, blocked } = await open("/graphiql");
      await page.waitForSelector(".graphiql-container");
      const token = await h.token(["admin"], "developer");
      const sent: string[] = [];
      page.on("request", (r) => {
        if (r.url().endsWith("/graphql") && r.method() === "POST")
          sent.push(r.headers()["authorization"] ?? "");
      });
      await page.evaluate(
        (query, headers) => {
          const editors = [...document.querySelectorAll(".CodeMirror")] as (Element & {
            CodeMirror: { setValue(v: string): void };
          })[];
          editors[0]!.CodeMirror.setValue(query);
          // The headers editor is the one shown in the tools pane: variables is hidden.
          const headerEditor = document.querySelector(
            ".graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror",
          ) as Element & { CodeMirror: { setValue(v: string): void } };
          headerEditor.CodeMirror.setValue(headers);
        },
        '{ partnersAuditLog(first: 1) { __typename } partner(odsCode: "R1L") { name } }',
        JSON.stringify({ Authorization: `Bearer ${token}` }),
      );
      await page.click(".graphiql-execute-button");
      await page.waitForFunction(
        () => document.querySelector(".result-window")?.textContent?.includes("Essex Partnership"),
        { timeout: 15_000 },
      );
      const result = await page.$eval(".result-window", (el) => el.textContent ?? "");
      expect(result).not.toMatch(/UNAUTHENTICATED|FORBIDDEN/);
      expect(sent.at(-1)).toBe(`Bearer ${token}`);
      // The token is kept nowhere the page outlives or another script reads.
      const stored = await page.evaluate(() =>
        JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]),
      );
      expect(stored).not.toContain(token.split(".")[2]!);
      expect(stored).not.toMatch(/Bearer/);
      expect(blocked).toEqual([]);
      expect(errors).toEqual([]);
      expect(await axe(page)).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}/graphiql.png` });
      await page.close();
    });
  });

  describe("the Sandbox page, offline", () => {
    it("says plainly that Sandbox cannot load and links to the offline explorer", async () => {
      const { page, blocked } = await open("/");
      expect(blocked.some((u) => u.includes("apollographql.com"))).toBe(true);
      expect(await page.$eval("#offline", (el) => (el as HTMLElement).hidden)).toBe(false);
      expect(await page.$eval("#offline h1", (el) => el.textContent)).toBe(
        "Apollo Sandbox could not load",
      );
      expect(await page.$eval("#offline a[href='/graphiql']", (el) => el.textContent)).toBe(
        "offline GraphQL explorer",
      );
      expect(await axe(page)).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOTS}/sandbox-offline.png` });
      await page.close();
    });
  });
});
