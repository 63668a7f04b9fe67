/**
 * Charts drawn with Apache ECharts as SVG (so a screen reader and a test can read the labels),
 * in the Okabe–Ito colour-blind-safe palette, with ECharts' ARIA description and decal patterns,
 * and the numbers in a table under each chart.
 */
import { BarChart, GraphChart, LineChart } from "echarts/charts";
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from "echarts/components";
import * as echarts from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

echarts.use([
  BarChart,
  LineChart,
  GraphChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  AriaComponent,
  SVGRenderer,
]);

/** Okabe–Ito, without its yellow (too pale against white for a graphic, WCAG 1.4.11). */
export const PALETTE = [
  "#0072B2",
  "#D55E00",
  "#009E73",
  "#CC79A7",
  "#E69F00",
  "#56B4E9",
  "#000000",
];
export const RAG_COLOURS: Record<string, string> = {
  GREEN: "#009E73",
  AMBER: "#E69F00",
  RED: "#D55E00",
  NO_TARGET: "#7a7a7a",
};

const charts = new Set<echarts.ECharts>();
window.addEventListener("resize", () => charts.forEach((c) => c.resize()));

export interface Figure {
  chart: HTMLDivElement;
  table: HTMLTableElement;
}

/** A figure in a section: its caption, the chart, and its numbers as a table. */
export function figure(container: HTMLElement, id: string, caption: string): Figure {
  const el = document.createElement("figure");
  el.id = id;
  el.innerHTML = `<figcaption>${caption}</figcaption><div class="chart" role="img" aria-label="${caption}"></div>
    <details><summary>The numbers</summary><table></table></details>`;
  container.append(el);
  return { chart: el.querySelector(".chart")!, table: el.querySelector("table")! };
}

export function fillTable(
  table: HTMLTableElement,
  head: string[],
  rows: (string | number)[][],
): void {
  const cell = (v: string | number) =>
    typeof v === "number" ? `<td class="number">${v}</td>` : `<td>${escapeHtml(v)}</td>`;
  table.innerHTML = `<thead><tr>${head.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead>
    <tbody>${rows.map((r) => `<tr>${r.map(cell).join("")}</tr>`).join("")}</tbody>`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function draw(el: HTMLDivElement, option: echarts.EChartsCoreOption): void {
  const existing = echarts.getInstanceByDom(el);
  const chart = existing ?? echarts.init(el, undefined, { renderer: "svg" });
  charts.add(chart);
  chart.setOption(
    { aria: { enabled: true, decal: { show: true } }, color: PALETTE, animation: false, ...option },
    true,
  );
}

export interface Series {
  name: string;
  values: number[];
  colour?: string;
}

/** Horizontal bars, one per category, each labelled with its value; stacked when several. */
export function bars(el: HTMLDivElement, categories: string[], series: Series[]): void {
  draw(el, {
    tooltip: { trigger: "axis" },
    legend: series.length > 1 ? { top: 0 } : undefined,
    grid: { left: 8, right: 40, top: series.length > 1 ? 30 : 10, bottom: 10 },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: {
      type: "category",
      data: categories,
      inverse: true,
      axisLabel: { interval: 0, width: 150, overflow: "break", lineHeight: 14 },
    },
    series: series.map((s) => ({
      type: "bar",
      name: s.name,
      stack: series.length > 1 ? "total" : undefined,
      data: s.values,
      itemStyle: s.colour ? { color: s.colour } : undefined,
      label: {
        show: true,
        position: series.length > 1 ? "inside" : "right",
        formatter: (p: { value: number }) => (p.value ? String(p.value) : ""),
      },
    })),
  });
}

/** A line over periods; gaps stay gaps. */
export function line(
  el: HTMLDivElement,
  periods: string[],
  series: { name: string; values: (number | null)[] }[],
): void {
  draw(el, {
    tooltip: { trigger: "axis" },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 30, bottom: 10 },
    xAxis: { type: "category", data: periods, axisLabel: { interval: 0, rotate: 45 } },
    yAxis: { type: "value" },
    series: series.map((s) => ({
      type: "line",
      name: s.name,
      data: s.values,
      connectNulls: false,
      symbolSize: 8,
      label: {
        show: true,
        formatter: (p: { value: number | null }) => (p.value === null ? "" : String(p.value)),
      },
    })),
  });
}

export interface Node {
  id: string;
  name: string;
  size: number;
}
export interface Link {
  source: string;
  target: string;
  value: number;
}

/** Partners as nodes sized by their shared pathways, linked by the pathways they share. */
export function network(el: HTMLDivElement, nodes: Node[], links: Link[]): void {
  const largest = Math.max(1, ...nodes.map((n) => n.size));
  draw(el, {
    tooltip: {},
    series: [
      {
        type: "graph",
        layout: "force",
        roam: true,
        draggable: true,
        force: { repulsion: 260, edgeLength: [60, 180], gravity: 0.08 },
        label: { show: true, position: "right", fontSize: 11, color: "#1b1b1b" },
        lineStyle: { color: "#595959", opacity: 0.6 },
        data: nodes.map((n) => ({
          id: n.id,
          name: n.name,
          value: n.size,
          symbolSize: 10 + (30 * n.size) / largest,
        })),
        links: links.map((l) => ({
          source: l.source,
          target: l.target,
          value: l.value,
          lineStyle: { width: 1 + l.value },
        })),
      },
    ],
  });
}
