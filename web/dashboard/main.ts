/**
 * The dashboard: shared pathway coverage (SO3), lived experience roles and ward coverage, the
 * workforce scorecard with RAG per care unit, any measure over 12 months, and the partnership
 * web as a network. Filters for ICS, place and care unit; every chart says how much of it is
 * illustrative.
 */
import { ApiError, graphql, hasCredential, useCredential } from "./api.js";
import { bars, figure, fillTable, line, network, RAG_COLOURS } from "./charts.js";
import {
  COVERAGE,
  FILTERS,
  LATEST_WITH_DRAFTS,
  NETWORK,
  ROLES,
  SCORECARD,
  SERIES,
} from "./queries.js";

interface Named {
  id: string;
  name: string;
}
interface Filters {
  integratedCareSystems: (Named & { places: Named[] })[];
  careUnits: Named[];
  measures: { code: string; name: string; unit: string; frequency: Frequency }[];
  workforceScorecard: { trust: { measure: { code: string }; period: string }[] };
}
type Frequency = "MONTHLY" | "QUARTERLY" | "ANNUAL";

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const select = {
  ics: $<HTMLSelectElement>("ics"),
  place: $<HTMLSelectElement>("place"),
  careUnit: $<HTMLSelectElement>("care-unit"),
  measure: $<HTMLSelectElement>("measure"),
};
const label = (code: string) => code.charAt(0) + code.slice(1).toLowerCase().replaceAll("_", " ");
let options: Filters;
/** Set when the pasted credential opens draft figures: the trust's latest period, drafts included. */
let drafts: Filters["workforceScorecard"]["trust"] | null = null;

/** Whether the pasted credential opens draft workforce figures (the API says, not the page). */
async function checkDrafts(): Promise<string> {
  drafts = null;
  if (!hasCredential()) return "Public data only.";
  try {
    drafts = (await graphql<Pick<Filters, "workforceScorecard">>(LATEST_WITH_DRAFTS))
      .workforceScorecard.trust;
    return "Using your credential: draft workforce figures are included.";
  } catch {
    return "Using your credential (it does not open draft workforce figures).";
  }
}

function fillSelect(el: HTMLSelectElement, items: Named[], keep = true): void {
  const current = el.value;
  el.replaceChildren(
    ...(keep ? [new Option("All", "")] : []),
    ...items.map((i) => new Option(i.name, i.id)),
  );
  if ([...el.options].some((o) => o.value === current)) el.value = current;
}

function provenance(id: string, text: string): void {
  $(id).textContent = text;
}

function sectionFigures(id: string): HTMLElement {
  const el = $(id);
  el.replaceChildren();
  return el;
}

/** The places and care units the ICS filter leaves, for narrowing lists. */
function inIcs(): { places: Set<string> | null } {
  const ics = options.integratedCareSystems.find((i) => i.id === select.ics.value);
  return { places: ics ? new Set(ics.places.map((p) => p.id)) : null };
}

async function drawCoverage(): Promise<void> {
  const { pathwayCoverage: c } = await graphql<{
    pathwayCoverage: {
      total: number;
      withoutPartner: number;
      bySector: { sector: string; count: number }[];
      byStatus: { status: string; count: number }[];
      byPlace: { place: Named | null; count: number }[];
      byCareUnit: { careUnit: Named | null; count: number }[];
    };
  }>(COVERAGE, { placeId: select.place.value || null, careUnitId: select.careUnit.value || null });
  const { places } = inIcs();
  provenance(
    "coverage-provenance",
    `${c.total} shared pathways with at least one partner besides EPUT (${c.withoutPartner} with EPUT alone are not counted). Sourced from the plans: no illustrative records.${places ? " Places are those of the chosen ICS." : ""}`,
  );
  const el = sectionFigures("coverage");
  const parts: [string, string, [string, number][]][] = [
    ["coverage-sector", "By sector", c.bySector.map((s) => [label(s.sector), s.count])],
    ["coverage-status", "By status", c.byStatus.map((s) => [label(s.status), s.count])],
    [
      "coverage-place",
      "By place",
      c.byPlace
        .filter((p) => p.place && (!places || places.has(p.place.id)))
        .map((p) => [p.place!.name, p.count]),
    ],
    [
      "coverage-care-unit",
      "By care unit",
      c.byCareUnit.filter((u) => u.careUnit).map((u) => [u.careUnit!.name, u.count]),
    ],
  ];
  for (const [id, caption, rows] of parts) {
    const f = figure(el, id, caption);
    bars(
      f.chart,
      rows.map((r) => r[0]),
      [{ name: "Shared pathways", values: rows.map((r) => r[1]) }],
    );
    fillTable(f.table, [caption.replace("By ", ""), "Shared pathways"], rows);
  }
}

async function drawRoles(): Promise<void> {
  const careUnitId = select.careUnit.value || null;
  const data = await graphql<{
    livedExperienceRoleCounts: {
      total: number;
      illustrative: number;
      byLevel: { level: string; count: number; illustrative: number }[];
    };
    careUnits: (Named & {
      peerSupportWardCoverage: {
        wardCount: number | null;
        wardsWithPeerSupport: number;
        illustrativeWards: number;
        percent: number | null;
      } | null;
    })[];
  }>(ROLES, { careUnitId });
  const counts = data.livedExperienceRoleCounts;
  const wards = data.careUnits.filter(
    (u) => u.peerSupportWardCoverage?.wardCount && (!careUnitId || u.id === careUnitId),
  );
  const illustrativeWards = wards.reduce(
    (n, u) => n + u.peerSupportWardCoverage!.illustrativeWards,
    0,
  );
  provenance(
    "roles-provenance",
    `${counts.total} lived experience posts, of which ${counts.illustrative} are illustrative (made up for demonstration); of the wards with peer support, ${illustrativeWards} are illustrative.`,
  );
  const el = sectionFigures("roles");
  const levels = figure(el, "roles-level", "Posts by level");
  const rows = counts.byLevel.map(
    (l) => [label(l.level), l.count - l.illustrative, l.illustrative] as const,
  );
  bars(
    levels.chart,
    rows.map((r) => r[0]),
    [
      { name: "Sourced", values: rows.map((r) => r[1]) },
      { name: "Illustrative", values: rows.map((r) => r[2]), colour: "#CC79A7" },
    ],
  );
  fillTable(
    levels.table,
    ["Level", "Sourced", "Illustrative"],
    rows.map((r) => [...r]),
  );
  const coverage = figure(el, "roles-wards", "Wards with peer support, by care unit (%)");
  const wardRows = wards.map((u) => {
    const w = u.peerSupportWardCoverage!;
    return [
      u.name,
      Math.round(w.percent ?? 0),
      w.wardsWithPeerSupport,
      w.wardCount!,
      w.illustrativeWards,
    ] as const;
  });
  bars(
    coverage.chart,
    wardRows.map((r) => r[0]),
    [{ name: "% of wards", values: wardRows.map((r) => r[1]) }],
  );
  fillTable(
    coverage.table,
    ["Care unit", "% of wards", "Wards with peer support", "Wards", "Illustrative"],
    wardRows.map((r) => [...r]),
  );
}

async function drawScorecard(): Promise<void> {
  const careUnitIds = select.careUnit.value ? [select.careUnit.value] : null;
  const { workforceScorecard } = await graphql<{
    workforceScorecard: {
      careUnits: {
        careUnit: Named | null;
        rows: { measure: { code: string }; rag: string; provenance: { kind: string } }[];
      }[];
    };
  }>(SCORECARD, { careUnitIds, includeDrafts: drafts !== null });
  const units = workforceScorecard.careUnits.filter((u) => u.careUnit && u.rows.length);
  const all = units.flatMap((u) => u.rows);
  const illustrative = all.filter((r) => r.provenance.kind === "ILLUSTRATIVE").length;
  provenance(
    "scorecard-provenance",
    `Each care unit's latest figure for each measure, by RAG${drafts ? ", drafts included" : ""}. ${illustrative} of ${all.length} figures are illustrative (made up for demonstration).`,
  );
  const el = sectionFigures("scorecard");
  const f = figure(el, "scorecard-rag", "Measures by RAG, per care unit");
  const rags = ["GREEN", "AMBER", "RED", "NO_TARGET"];
  const count = (u: (typeof units)[number], rag: string) =>
    u.rows.filter((r) => r.rag === rag).length;
  bars(
    f.chart,
    units.map((u) => u.careUnit!.name),
    rags.map((rag) => ({
      name: label(rag),
      values: units.map((u) => count(u, rag)),
      colour: RAG_COLOURS[rag]!,
    })),
  );
  fillTable(
    f.table,
    ["Care unit", ...rags.map(label)],
    units.map((u) => [u.careUnit!.name, ...rags.map((rag) => count(u, rag))]),
  );
}

/** How many of a measure's periods make 12 months. */
const PER_YEAR: Record<Frequency, number> = { MONTHLY: 12, QUARTERLY: 4, ANNUAL: 1 };

/** The period `steps` before `period` (2024-03, 2024-Q1 or 2024/25), of the same kind. */
function periodBefore(period: string, steps: number): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const d = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1 - steps, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const index = Number(quarter[1]) * 4 + Number(quarter[2]) - 1 - steps;
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  }
  const start = Number(period.slice(0, 4)) - steps;
  return `${start}/${String((start + 1) % 100).padStart(2, "0")}`;
}

async function drawSeries(): Promise<void> {
  const measure = options.measures.find((m) => m.code === select.measure.value);
  const el = sectionFigures("series");
  if (!measure) return;
  const careUnit = options.careUnits.find((u) => u.id === select.careUnit.value);
  const units = [
    { kind: "TRUST", id: "eput" },
    ...(careUnit ? [{ kind: "CARE_UNIT", id: careUnit.id }] : []),
  ];
  // The periods covering the 12 months up to the trust's latest figure for this measure.
  const latest = (drafts ?? options.workforceScorecard.trust).find(
    (p) => p.measure.code === measure.code,
  );
  if (!latest) {
    provenance("series-provenance", `${measure.name}: no figure yet.`);
    return;
  }
  const count = PER_YEAR[measure.frequency];
  const months = Array.from({ length: count }, (_, i) =>
    periodBefore(latest.period, count - 1 - i),
  );
  const { measureSeries } = await graphql<{
    measureSeries: {
      orgUnit: { id: string; kind: string };
      periods: {
        period: string;
        point: { value: number | null; status: string; provenance: { kind: string } } | null;
      }[];
    }[];
  }>(SERIES, {
    measureCode: measure.code,
    from: months[0],
    to: months.at(-1),
    units,
    includeDrafts: drafts !== null,
  });
  const points = measureSeries.flatMap((s) => s.periods.flatMap((p) => (p.point ? [p.point] : [])));
  const illustrative = points.filter((p) => p.provenance.kind === "ILLUSTRATIVE").length;
  provenance(
    "series-provenance",
    `${measure.name} (${label(measure.unit)}), ${months[0]} to ${months.at(-1)}: ${illustrative} of ${points.length} figures are illustrative (made up for demonstration)${drafts ? `; ${points.filter((p) => p.status === "DRAFT").length} are drafts` : ""}.`,
  );
  const f = figure(el, "series-chart", measure.name);
  const name = (s: (typeof measureSeries)[number]) =>
    s.orgUnit.kind === "TRUST" ? "EPUT" : (careUnit?.name ?? s.orgUnit.id);
  line(
    f.chart,
    months,
    measureSeries.map((s) => ({
      name: name(s),
      values: s.periods.map((p) => p.point?.value ?? null),
    })),
  );
  fillTable(
    f.table,
    ["Month", ...measureSeries.map(name)],
    months.map((m, i) => [m, ...measureSeries.map((s) => s.periods[i]?.point?.value ?? "none")]),
  );
}

async function drawNetwork(): Promise<void> {
  const { partners } = await graphql<{
    partners: {
      nodes: (Named & {
        connections: { partner: Named | null; sharedPathwayCount: number }[] | null;
      })[];
    };
  }>(NETWORK, { icsId: select.ics.value || null, placeId: select.place.value || null });
  const inScope = new Map(partners.nodes.map((p) => [p.id, p]));
  const links = new Map<string, { source: string; target: string; value: number }>();
  for (const p of partners.nodes) {
    for (const c of p.connections ?? []) {
      if (!c.partner || !inScope.has(c.partner.id)) continue;
      const key = [p.id, c.partner.id].sort().join("|");
      links.set(key, { source: p.id, target: c.partner.id, value: c.sharedPathwayCount });
    }
  }
  const linked = new Set([...links.values()].flatMap((l) => [l.source, l.target]));
  const nodes = partners.nodes
    .filter((p) => linked.has(p.id))
    .map((p) => ({
      id: p.id,
      name: p.name,
      size: (p.connections ?? []).reduce((n, c) => n + c.sharedPathwayCount, 0),
    }));
  provenance(
    "network-provenance",
    `${nodes.length} partners linked by the shared pathways they take part in together (${links.size} links), sized by how many they share. Sourced from the plans: no illustrative records.`,
  );
  const el = sectionFigures("network");
  const f = figure(el, "network-graph", "Partners linked by shared pathways");
  network(f.chart, nodes, [...links.values()]);
  const names = new Map(nodes.map((n) => [n.id, n.name]));
  fillTable(
    f.table,
    ["Partner", "Partner", "Shared pathways"],
    [...links.values()].map((l) => [names.get(l.source)!, names.get(l.target)!, l.value]),
  );
}

async function refresh(): Promise<void> {
  const problem = $("problem");
  problem.hidden = true;
  try {
    await Promise.all([drawCoverage(), drawRoles(), drawScorecard(), drawSeries(), drawNetwork()]);
    document.body.dataset["ready"] = "true";
  } catch (error) {
    problem.textContent = `The API refused a request: ${error instanceof ApiError ? error.message : String(error)}`;
    problem.hidden = false;
    document.body.dataset["ready"] = "error";
  }
}

function narrowPlaces(): void {
  const ics = options.integratedCareSystems.find((i) => i.id === select.ics.value);
  fillSelect(
    select.place,
    ics ? ics.places : options.integratedCareSystems.flatMap((i) => i.places),
  );
}

async function start(): Promise<void> {
  options = await graphql<Filters>(FILTERS);
  fillSelect(select.ics, options.integratedCareSystems);
  narrowPlaces();
  fillSelect(select.careUnit, options.careUnits);
  fillSelect(
    select.measure,
    options.measures.map((m) => ({ id: m.code, name: m.name })),
    false,
  );
  select.ics.addEventListener("change", () => {
    narrowPlaces();
    void refresh();
  });
  for (const el of [select.place, select.careUnit])
    el.addEventListener("change", () => void refresh());
  select.measure.addEventListener("change", () => {
    document.body.dataset["ready"] = "false";
    void drawSeries().then(() => (document.body.dataset["ready"] = "true"));
  });
  $("credentials").addEventListener("submit", (event) => {
    event.preventDefault();
    const value = $<HTMLInputElement>("credential").value.trim();
    const kind = $<HTMLSelectElement>("credential-kind").value as "bearer" | "api-key";
    useCredential(value ? { kind, value } : null);
    document.body.dataset["ready"] = "false";
    void checkDrafts().then((who) => {
      $("who").textContent = who;
      return refresh();
    });
  });
  $("forget").addEventListener("click", () => {
    useCredential(null);
    $<HTMLInputElement>("credential").value = "";
    document.body.dataset["ready"] = "false";
    void checkDrafts().then((who) => {
      $("who").textContent = who;
      return refresh();
    });
  });
  await refresh();
}

void start().catch((error: unknown) => {
  const problem = $("problem");
  problem.textContent = `The dashboard could not start: ${String(error)}`;
  problem.hidden = false;
  document.body.dataset["ready"] = "error";
});
