import { formatDate } from "../format";
import { translator } from "../i18n";
import { PUBLISHER, type ExportMeta } from "./types";
import { escapeXml, stripInvalidXml } from "./xml";

/**
 * Captioned chart images (SVG, and the PNG drawn from it): title and subtitle above the chart; source, credit,
 * notes, "Regionläget", the export date and the link to the view below; the description as <desc>.
 *
 * The layout (`captionSvg` with a serialized chart) is pure and unit-tested. `captureChart`/`captureSvgElement` read
 * the live DOM: they copy computed styles into the clone, because a standalone file has neither the page's
 * stylesheet nor its CSS variables (`var(--text)` would paint black or nothing).
 */

/** System fonts only (no web fonts), with fallbacks every viewer has; the page uses the same stack. */
export const EXPORT_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', Arial, sans-serif";

/** Export colours are always the light theme's: the image lands on white paper and white slides. */
const INK = "#1b1f24";
const MUTED = "#4a5360";
const RULE = "#d5d9de";
const BACKGROUND = "#ffffff";

const PAD = 24;
const MIN_WIDTH = 480;
const TITLE = { size: 20, bold: true, line: 26 };
const SUBTITLE = { size: 15, bold: false, line: 20 };
const FOOTER = { size: 13, bold: false, line: 18 };

/** Width in px of `text` at `size` px. The browser passes a canvas-based measure; the default is an estimate. */
export type Measure = (text: string, size: number, bold: boolean) => number;

/** Average advance of a sans-serif glyph (Liberation Sans / Arial), slightly generous so estimated lines never overflow. */
export const estimateWidth: Measure = (text, size, bold) => text.length * size * (bold ? 0.6 : 0.55);

/** A chart as SVG markup with its size in px (what `captureChart` returns). */
export type ChartGraphic = { markup: string; width: number; height: number };
export type CaptionedSvg = { svg: string; width: number; height: number };

/** Greedy word wrap; a word longer than a line (a URL) is broken between characters. No-break spaces hold. */
export function wrapText(text: string, maxWidth: number, size: number, bold: boolean, measure: Measure = estimateWidth): string[] {
  const fits = (s: string) => measure(s, size, bold) <= maxWidth;
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = "";
    for (const word of paragraph.split(/[ \t]+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line) lines.push(line);
      line = "";
      let rest = word;
      while (!fits(rest)) {
        let cut = 1;
        while (cut < rest.length && fits(rest.slice(0, cut + 1))) cut++;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    if (line || lines.length === 0) lines.push(line);
  }
  return lines;
}

function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

function parseSize(markup: string): { width: number; height: number } {
  const open = /<svg\b[^>]*>/i.exec(markup)?.[0] ?? "";
  const attr = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, "i").exec(open)?.[1];
  const w = Number.parseFloat(attr("width") ?? "");
  const h = Number.parseFloat(attr("height") ?? "");
  const vb = (attr("viewBox") ?? "").trim().split(/[\s,]+/).map(Number);
  const fromUnit = (v: number, raw: string | undefined) => (Number.isFinite(v) && !/%/.test(raw ?? "") ? v : undefined);
  return {
    width: fromUnit(w, attr("width")) ?? (vb.length === 4 && vb[2] > 0 ? vb[2] : 600),
    height: fromUnit(h, attr("height")) ?? (vb.length === 4 && vb[3] > 0 ? vb[3] : 400),
  };
}

/** Drop an XML declaration or doctype so the chart can be nested. */
function nestable(markup: string): string {
  return stripInvalidXml(markup).replace(/<\?xml[^>]*\?>/gi, "").replace(/<!DOCTYPE[^>]*>/gi, "").trim();
}

/** The footer lines, in reading order: sources (or credit, then where it was taken from), notes, publisher and date, link. */
export function footerLines(meta: ExportMeta): string[] {
  const lang = meta.lang ?? "sv";
  const t = translator(lang);
  const sourceList = meta.sources.map((s) => `${s.title} (${s.url})`).join("; ");
  const lines: string[] = [];
  if (meta.credit) lines.push(meta.credit);
  if (sourceList) lines.push(`${meta.credit ? t("Hämtat från:", "Retrieved from:") : t("Källa:", "Source:")} ${sourceList}`);
  for (const n of meta.notes) lines.push(`${t("Obs:", "Note:")} ${n}`);
  lines.push(`${PUBLISHER} · ${t("Exporterad", "Exported")} ${formatDate(meta.exportedAt, lang)}`);
  lines.push(meta.link);
  return lines;
}

/**
 * A standalone, captioned SVG of one chart. `chart` is the chart's <svg> element (styles are inlined), a graphic from
 * `captureChart`, or serialized SVG markup. Returns the markup and its size in px.
 */
export function captionSvg(
  chart: SVGSVGElement | ChartGraphic | string,
  meta: ExportMeta & { measure?: Measure },
): CaptionedSvg {
  const graphic: ChartGraphic =
    typeof chart === "string"
      ? { markup: nestable(chart), ...parseSize(nestable(chart)) }
      : "markup" in chart
        ? chart
        : captureSvgElement(chart);
  const measure = meta.measure ?? estimateWidth;
  const width = Math.ceil(Math.max(MIN_WIDTH, graphic.width + 2 * PAD));
  const textWidth = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;

  const block = (text: string, style: { size: number; bold: boolean; line: number }, fill: string) => {
    for (const line of wrapText(text, textWidth, style.size, style.bold, measure)) {
      // Baseline about 0.8 em below the top of the line box.
      const baseline = y + (style.line - style.size) / 2 + style.size * 0.8;
      parts.push(
        `<text x="${PAD}" y="${num(baseline)}" font-size="${style.size}"${style.bold ? ' font-weight="700"' : ""} fill="${fill}" xml:space="preserve">${escapeXml(line)}</text>`,
      );
      y += style.line;
    }
  };

  block(meta.title, TITLE, INK);
  y += 2;
  block(meta.subtitle, SUBTITLE, MUTED);
  y += 12;
  const chartX = PAD + Math.max(0, (textWidth - graphic.width) / 2);
  parts.push(`<g transform="translate(${num(chartX)} ${num(y)})">${graphic.markup}</g>`);
  y += graphic.height + 12;
  parts.push(`<line x1="${PAD}" x2="${width - PAD}" y1="${num(y)}" y2="${num(y)}" stroke="${RULE}" stroke-width="1"/>`);
  y += 8;
  for (const line of footerLines(meta)) block(line, FOOTER, MUTED);
  const height = Math.ceil(y + PAD - 6);

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" version="1.1"` +
    ` width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img"` +
    ` aria-labelledby="export-title export-desc" font-family="${EXPORT_FONT}">` +
    `<title id="export-title">${escapeXml(meta.title)}</title>` +
    `<desc id="export-desc">${escapeXml(meta.description)}</desc>` +
    `<rect x="0" y="0" width="${width}" height="${height}" fill="${BACKGROUND}"/>` +
    parts.join("") +
    `</svg>`;
  return { svg, width, height };
}

/* ------------------------------------------------------------------------------------------------------------------ */
/* DOM side: used in the browser only.                                                                                 */

/** Properties that inherit: written on an element only where they differ from its parent. */
const INHERITED = [
  "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray",
  "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "font-size", "font-weight",
  "font-style", "font-variant-numeric", "letter-spacing", "text-anchor", "dominant-baseline", "visibility", "color",
  "paint-order",
] as const;
const PAINT_SERVERS = new Set(["defs", "pattern", "clippath", "mask", "marker", "lineargradient", "radialgradient", "symbol", "filter"]);
const NO_STYLE = new Set(["title", "desc", "metadata", "style", "script"]);
/** Hover state that must not end up in a file. */
const TRANSIENT = ".recharts-tooltip-cursor, .recharts-active-dot";
/** Legends drawn in HTML next to the chart (recharts, the choropleth map, or anything marked up for export). */
const LEGEND_LISTS = "[data-testid='map-legend'], [data-export-legend]";
const LEGEND_ITEMS = ".recharts-legend-item, [data-testid='map-legend'] li, [data-export-legend] li";

function inlineStyles(orig: Element, clone: Element, parent: CSSStyleDeclaration | null, insidePaint: boolean): void {
  const tag = orig.localName.toLowerCase();
  if (NO_STYLE.has(tag)) return;
  if (orig.matches(TRANSIENT)) {
    clone.setAttribute("data-export-drop", "");
    return;
  }
  const cs = getComputedStyle(orig);
  const decl: string[] = [];
  for (const p of INHERITED) {
    const v = cs.getPropertyValue(p);
    // Written when it differs from the parent, or when a presentation attribute on the element would otherwise win.
    if (v && (!parent || parent.getPropertyValue(p) !== v || clone.hasAttribute(p))) decl.push(`${p}:${v}`);
  }
  const opacity = cs.getPropertyValue("opacity");
  if (opacity && opacity !== "1") decl.push(`opacity:${opacity}`);
  const paint = insidePaint || PAINT_SERVERS.has(tag);
  if (!paint && cs.getPropertyValue("display") === "none") decl.push("display:none");
  if (!parent) decl.push(`font-family:${EXPORT_FONT}`);
  clone.setAttribute("style", decl.join(";"));
  // Presentation attributes holding var(…) mean nothing outside the page; the inline style now has the real colour.
  for (const a of Array.from(clone.attributes)) if (a.value.includes("var(")) clone.removeAttribute(a.name);
  clone.removeAttribute("tabindex");
  clone.removeAttribute("class");
  // recharts' keyboard layer makes the chart an "application"; in a file it is part of one image.
  if (clone.getAttribute("role") === "application") clone.removeAttribute("role");
  const oc = Array.from(orig.children);
  const cc = Array.from(clone.children);
  for (let i = 0; i < oc.length; i++) if (cc[i]) inlineStyles(oc[i], cc[i], cs, paint);
}

/** Clone an on-page <svg> with its computed styles inlined, placed at (x, y) with its rendered size. */
function cloneSvg(el: SVGSVGElement, x: number, y: number): { markup: string; width: number; height: number } {
  const rect = el.getBoundingClientRect();
  const clone = el.cloneNode(true) as SVGSVGElement;
  inlineStyles(el, clone, null, false);
  clone.querySelectorAll("[data-export-drop]").forEach((n) => n.remove());
  if (!clone.getAttribute("viewBox")) {
    const w = Number.parseFloat(el.getAttribute("width") ?? "");
    const h = Number.parseFloat(el.getAttribute("height") ?? "");
    const attrW = Number.isFinite(w) && !/%/.test(el.getAttribute("width") ?? "") ? w : rect.width;
    const attrH = Number.isFinite(h) && !/%/.test(el.getAttribute("height") ?? "") ? h : rect.height;
    clone.setAttribute("viewBox", `0 0 ${num(attrW)} ${num(attrH)}`);
  }
  clone.setAttribute("x", num(x));
  clone.setAttribute("y", num(y));
  clone.setAttribute("width", num(rect.width));
  clone.setAttribute("height", num(rect.height));
  clone.setAttribute("overflow", "visible");
  return { markup: new XMLSerializer().serializeToString(clone), width: rect.width, height: rect.height };
}

/** Computed styles resolve in the light theme, whatever the reader's colour scheme: the export is for white paper. */
function inLightTheme<T>(fn: () => T): T {
  const root = document.documentElement;
  const previous = root.getAttribute("data-theme");
  root.setAttribute("data-theme", "light");
  try {
    return fn();
  } finally {
    if (previous === null) root.removeAttribute("data-theme");
    else root.setAttribute("data-theme", previous);
  }
}

/** One <svg> element as a graphic (no HTML legend). */
export function captureSvgElement(el: SVGSVGElement): ChartGraphic {
  return inLightTheme(() => {
    const { markup, width, height } = cloneSvg(el, 0, 0);
    return { markup, width: Math.ceil(width), height: Math.ceil(height) };
  });
}

/**
 * The chart to export inside a card: the first <svg> in [data-export-target] (server-rendered maps), else the main
 * recharts surface (not the legend icons, which are also `svg.recharts-surface`), else the largest <svg> in the card.
 */
export function findChartSvg(card: Element): SVGSVGElement | null {
  const target = card.querySelector("[data-export-target]");
  if (target) {
    if (target instanceof SVGSVGElement) return target;
    const svg = target.querySelector("svg");
    if (svg) return svg;
  }
  const main = card.querySelector<SVGSVGElement>(".recharts-wrapper > svg.recharts-surface");
  if (main) return main;
  let best: SVGSVGElement | null = null;
  let area = 0;
  card.querySelectorAll("svg").forEach((s) => {
    const r = s.getBoundingClientRect();
    if (r.width * r.height > area) {
      area = r.width * r.height;
      best = s;
    }
  });
  return best;
}

/**
 * The card's chart as one graphic: the chart <svg> plus any HTML legend items (their swatch and label), each at the
 * position it has on the page. Returns null when the card has no chart (e.g. "Uppgift saknas").
 */
export function captureChart(card: Element): ChartGraphic | null {
  const svg = findChartSvg(card);
  if (!svg) return null;
  return inLightTheme(() => {
    const scope = card.querySelector("[data-export-target]") ?? svg.closest(".recharts-wrapper") ?? card;
    const visible = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && !svg.contains(el);
    };
    // Legend headings: the element naming a legend list (the map's unit, e.g. "Tusental kronor").
    const headings = Array.from(scope.querySelectorAll(LEGEND_LISTS))
      .map((list) => {
        const id = list.getAttribute("aria-labelledby");
        return id ? scope.querySelector(`[id="${CSS.escape(id)}"]`) : null;
      })
      .filter((h): h is Element => h !== null && visible(h));
    const texts: Element[] = [...headings];
    const swatches: SVGSVGElement[] = [];
    for (const li of Array.from(scope.querySelectorAll(LEGEND_ITEMS)).filter(visible)) {
      const swatch = li.querySelector("svg");
      if (swatch && visible(swatch)) swatches.push(swatch);
      const label = li.querySelector("span") ?? li;
      if (visible(label)) texts.push(label);
    }
    // Text boxes are measured as text (a Range), not as the block they sit in, so the image is no wider than needed.
    const textRect = (el: Element) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      const r = range.getBoundingClientRect();
      return r.width > 0 ? r : el.getBoundingClientRect();
    };
    const rects = [svg.getBoundingClientRect(), ...swatches.map((s) => s.getBoundingClientRect()), ...texts.map(textRect)];
    const left = Math.min(...rects.map((r) => r.left));
    const top = Math.min(...rects.map((r) => r.top));
    const right = Math.max(...rects.map((r) => r.right));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    const parts = [cloneSvg(svg, rects[0].left - left, rects[0].top - top).markup];
    for (const sw of swatches) {
      const r = sw.getBoundingClientRect();
      parts.push(cloneSvg(sw, r.left - left, r.top - top).markup);
    }
    for (const el of texts) {
      const text = (el.textContent ?? "").replace(/\s+/g, " ").trim();
      if (!text) continue;
      const r = textRect(el);
      const cs = getComputedStyle(el);
      parts.push(
        `<text x="${num(r.left - left)}" y="${num(r.top - top + r.height / 2)}" dominant-baseline="central"` +
          ` font-size="${escapeXml(cs.fontSize)}" font-weight="${escapeXml(cs.fontWeight)}" fill="${escapeXml(cs.color)}">` +
          `${escapeXml(text)}</text>`,
      );
    }
    return { markup: parts.join(""), width: Math.ceil(right - left), height: Math.ceil(bottom - top) };
  });
}
