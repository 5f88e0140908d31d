/**
 * Turns a chart that recharts drew in a simulated DOM (happy-dom, see scripts/chart-render-worker.tsx) into static
 * markup for the server HTML. No React and no recharts here: plain DOM work, unit-tested with happy-dom.
 *
 * - `recharts-` class names become `sc-` ("static chart"): the live chart keeps its own names, so the export code and
 *   the specs that look for `.recharts-surface` find only the live chart, never one of the static copies.
 * - The keyboard layer's tabindex/role go (the static copy is one image; keyboard focus loads the live chart).
 * - The SVG gets a viewBox and scales down (never up) to its frame; the HTML legend keeps its place.
 * - `data-pos` lists, in the SVG's own units, where each category sits along the category axis (a bar chart's rows
 *   on y, a line chart's periods on x), so a light tooltip can find the row under the pointer without recharts.
 * - The tooltip's (empty) wrapper and transient layers go.
 */
export type StaticAxis = "x" | "y";

const round = (n: number) => Math.round(n * 10) / 10;

/** Rounds every number in an attribute value to one decimal: recharts writes 12 of them; bytes, not precision. */
export function roundNumbers(value: string): string {
  return value.replace(/-?\d+\.\d{2,}/g, (m) => String(round(Number(m))));
}

/** Props recharts spreads onto SVG elements where they mean nothing (a path's `name`, a line's `width`, …). */
const JUNK_EVERYWHERE = ["name", "radius", "angle", "orientation", "offset", "tabindex", "role", "aria-label", "id", "clip-path"];
const JUNK_ON: Record<string, string[]> = {
  line: ["x", "y", "width", "height"], path: ["x", "y", "width", "height"], g: ["x", "y", "width", "height", "style"],
  text: ["width", "height"], div: ["width", "height"],
};

/** The only class names the static copy keeps (renamed `sc-`): for its CSS, the light tooltip and the tests. */
const KEEP_CLASSES = new Set([
  "recharts-wrapper", "recharts-surface", "recharts-legend-wrapper", "recharts-legend-item-text", "recharts-bar-rectangle",
  "recharts-cartesian-axis-tick-value", "recharts-label", "recharts-line-curve", "recharts-dot", "recharts-reference-line",
]);

const NUMERIC_ATTRS = ["d", "x", "y", "x1", "x2", "y1", "y2", "cx", "cy", "r", "width", "height", "points", "transform", "viewBox"];

/**
 * Positions along the category axis: for bars the y of each category tick (every row has a tick), for lines the x
 * of each period, taken from the dots of all series (a period every series misses has no dot: then null).
 */
export function categoryPositions(svg: Element, axis: StaticAxis, count: number): (number | null)[] {
  if (axis === "y") {
    const ticks = [...svg.querySelectorAll(".recharts-yAxis .recharts-cartesian-axis-tick-line")];
    return Array.from({ length: count }, (_, i) => (ticks[i] ? round(Number(ticks[i].getAttribute("y1"))) : null));
  }
  const xs = new Set<number>();
  svg.querySelectorAll(".recharts-line-dots circle, .recharts-line-dots .recharts-dot").forEach((c) => {
    const cx = Number(c.getAttribute("cx"));
    if (Number.isFinite(cx)) xs.add(round(cx));
  });
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length === count ? sorted : Array.from({ length: count }, (_, i) => sorted[i] ?? null);
}

/** The static markup of one drawn chart (the `.recharts-wrapper` element) at `width` × `height` px. */
export function staticMarkup(drawn: Element, { width, axis, count }: { width: number; axis: StaticAxis; count: number }): string {
  // A copy: the drawn tree still belongs to React, which removes it later.
  const wrapper = drawn.cloneNode(true) as Element;
  wrapper.querySelectorAll(".recharts-tooltip-wrapper, .recharts-tooltip-cursor, .recharts-active-dot").forEach((n) => n.remove());
  const svg = wrapper.querySelector(":scope > svg.recharts-surface");
  if (!svg) throw new Error("no chart surface drawn");
  // The height the chart took at this width (wrapped names make rows taller on narrow cards).
  const height = Math.round(Number(svg.getAttribute("height")) || Number.parseFloat(svg.getAttribute("style")?.match(/height:\s*([\d.]+)/)?.[1] ?? "0"));
  svg.setAttribute("data-pos", categoryPositions(svg, axis, count).map((p) => (p === null ? "" : String(p))).join(","));
  svg.setAttribute("data-axis", axis);
  for (const n of [wrapper, ...wrapper.querySelectorAll("*")]) {
    for (const a of [...JUNK_EVERYWHERE, ...(JUNK_ON[n.tagName.toLowerCase()] ?? [])]) n.removeAttribute(a);
    if (n.getAttribute("display") !== "none") n.removeAttribute("display");
    for (const a of NUMERIC_ATTRS) {
      const v = n.getAttribute(a);
      if (v !== null) n.setAttribute(a, roundNumbers(v));
    }
    const kept = (n.getAttribute("class") ?? "").split(/\s+/).filter((c) => KEEP_CLASSES.has(c)).map((c) => c.replace(/^recharts-/, "sc-"));
    if (kept.length) n.setAttribute("class", kept.join(" "));
    else n.removeAttribute("class");
  }
  // Groups left with no attributes only nest: their children move up; empty groups go.
  for (const g of [...svg.querySelectorAll("g")].reverse()) {
    if (g.attributes.length === 0) g.replaceWith(...g.childNodes);
  }
  // clipPath definitions are referenced by id, which would repeat across the copies of the chart: drawn unclipped.
  wrapper.querySelectorAll("defs, title, desc").forEach((d) => d.remove());
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("preserveAspectRatio", "xMinYMin meet");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  svg.removeAttribute("width");
  svg.removeAttribute("height");
  svg.removeAttribute("style");
  wrapper.setAttribute("style", `position:relative;width:100%;height:${height}px`);
  return wrapper.outerHTML;
}
