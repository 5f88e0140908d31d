import { EXPORT_FONT, num, type ChartGraphic } from "./svg";
import { escapeXml } from "./xml";

/**
 * The DOM side of the image export (browser only): a chart on the page, or drawn offscreen at a preset's width, as a
 * standalone SVG graphic. Computed styles are copied into the clone, because a standalone file has neither the page's
 * stylesheet nor its CSS variables (`var(--text)` would paint black or nothing).
 */


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
    // Text is taken line by line as the browser wrapped it (a legend heading may wrap to two lines), each line
    // measured as text (a Range), not as the block it sits in, so nothing runs past the image's edge.
    const lines = texts.flatMap(textLines);
    const rects = [svg.getBoundingClientRect(), ...swatches.map((s) => s.getBoundingClientRect()), ...lines.map((l) => l.rect)];
    const left = Math.min(...rects.map((r) => r.left));
    const top = Math.min(...rects.map((r) => r.top));
    const right = Math.max(...rects.map((r) => r.right));
    const bottom = Math.max(...rects.map((r) => r.bottom));
    const parts = [cloneSvg(svg, rects[0].left - left, rects[0].top - top).markup];
    for (const sw of swatches) {
      const r = sw.getBoundingClientRect();
      parts.push(cloneSvg(sw, r.left - left, r.top - top).markup);
    }
    for (const { el, text, rect: r } of lines) {
      const cs = getComputedStyle(el);
      parts.push(
        `<text x="${num(r.left - left)}" y="${num(r.top - top + r.height / 2)}" dominant-baseline="central"` +
          ` font-size="${escapeXml(cs.fontSize)}" font-weight="${escapeXml(cs.fontWeight)}" fill="${escapeXml(cs.color)}" xml:space="preserve">` +
          `${escapeXml(text)}</text>`,
      );
    }
    return { markup: parts.join(""), width: Math.ceil(right - left), height: Math.ceil(bottom - top) };
  });
}

type Box = { left: number; top: number; right: number; bottom: number; width: number; height: number };

/** The lines of an element's text as laid out on the page: words whose boxes share a line are joined. */
function textLines(el: Element): { el: Element; text: string; rect: Box }[] {
  const out: { el: Element; text: string; rect: Box }[] = [];
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.textContent ?? "";
    // Split at ordinary white space only: a no-break space (in "1 234") stays inside its word.
    for (const m of value.matchAll(/[^ \t\n\r]+/g)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const b = range.getBoundingClientRect();
      if (b.width <= 0) continue;
      const last = out.at(-1);
      if (last && Math.abs(b.top - last.rect.top) < b.height / 2 && b.left >= last.rect.right - 1) {
        last.text += ` ${m[0]}`;
        const r = last.rect;
        last.rect = { left: r.left, top: Math.min(r.top, b.top), right: b.right, bottom: Math.max(r.bottom, b.bottom), width: b.right - r.left, height: Math.max(r.bottom, b.bottom) - Math.min(r.top, b.top) };
      } else {
        out.push({ el, text: m[0], rect: { left: b.left, top: b.top, right: b.right, bottom: b.bottom, width: b.width, height: b.height } });
      }
    }
  }
  return out;
}
