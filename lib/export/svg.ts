import { formatDate } from "../format";
import { translator } from "../i18n";
import { PUBLISHER, type ExportMeta } from "./types";
import { escapeXml, stripInvalidXml } from "./xml";

/**
 * Captioned chart images (SVG, and the PNG drawn from it): title and subtitle above the chart; source, credit,
 * notes, "Regionläget", the export date and the link to the view below; the description as <desc>.
 *
 * The layout (`captionSvg` for the report and screen presets, `frameSvg` for the fixed 16:9 frame) is pure and
 * unit-tested; capture.ts reads the chart from the page.
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
        // A URL breaks after a slash, "?", "&", "=", "#" or "-" when one is in the second half of the line.
        const soft = Math.max(...["/", "?", "&", "=", "#", "-"].map((c) => rest.lastIndexOf(c, cut - 1)));
        if (soft + 1 > cut / 2 && soft + 1 < cut) cut = soft + 1;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    if (line || lines.length === 0) lines.push(line);
  }
  return lines;
}

export function num(n: number): string {
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

type TextStyle = { size: number; bold: boolean; line: number };

/** Writes wrapped text lines into `parts`, starting at `y`; returns the y below the last line. */
function textBlock(parts: string[], text: string, x: number, y: number, width: number, style: TextStyle, fill: string, measure: Measure): number {
  for (const line of wrapText(text, width, style.size, style.bold, measure)) {
    // Baseline about 0.8 em below the top of the line box.
    const baseline = y + (style.line - style.size) / 2 + style.size * 0.8;
    parts.push(
      `<text x="${num(x)}" y="${num(baseline)}" font-size="${style.size}"${style.bold ? ' font-weight="700"' : ""} fill="${fill}" xml:space="preserve">${escapeXml(line)}</text>`,
    );
    y += style.line;
  }
  return y;
}

/** Height of `text` wrapped to `width`. */
function blockHeight(text: string, width: number, style: TextStyle, measure: Measure): number {
  return wrapText(text, width, style.size, style.bold, measure).length * style.line;
}

function toGraphic(chart: ChartGraphic | string): ChartGraphic {
  return typeof chart === "string" ? { markup: nestable(chart), ...parseSize(nestable(chart)) } : chart;
}

/** The chart placed at (x, y), scaled by `scale` (1: as drawn). */
function placed(graphic: ChartGraphic, x: number, y: number, scale = 1): string {
  return `<g transform="translate(${num(x)} ${num(y)})${scale === 1 ? "" : ` scale(${Math.round(scale * 1000) / 1000})`}">${graphic.markup}</g>`;
}

function wrapSvg(meta: ExportMeta, width: number, height: number, parts: string[]): CaptionedSvg {
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

/**
 * A standalone, captioned SVG of one chart: the caption above, the chart, the footer below. `chart` is a graphic from
 * `captureChart` or serialized SVG markup. `width` fixes the image width (the report preset); by default the image is
 * as wide as the chart. A chart wider than the space is scaled down to fit; the caption always wraps, never clips.
 */
export function captionSvg(chart: ChartGraphic | string, meta: ExportMeta & { measure?: Measure; width?: number }): CaptionedSvg {
  const graphic = toGraphic(chart);
  const measure = meta.measure ?? estimateWidth;
  const width = Math.ceil(meta.width ?? Math.max(MIN_WIDTH, graphic.width + 2 * PAD));
  const textWidth = width - 2 * PAD;
  const parts: string[] = [];
  let y = textBlock(parts, meta.title, PAD, PAD, textWidth, TITLE, INK, measure) + 2;
  y = textBlock(parts, meta.subtitle, PAD, y, textWidth, SUBTITLE, MUTED, measure) + 12;
  const scale = Math.min(1, textWidth / graphic.width);
  parts.push(placed(graphic, PAD + Math.max(0, (textWidth - graphic.width * scale) / 2), y, scale));
  y += graphic.height * scale + 12;
  parts.push(`<line x1="${PAD}" x2="${width - PAD}" y1="${num(y)}" y2="${num(y)}" stroke="${RULE}" stroke-width="1"/>`);
  y += 8;
  for (const line of footerLines(meta)) y = textBlock(parts, line, PAD, y, textWidth, FOOTER, MUTED, measure);
  return wrapSvg(meta, width, Math.ceil(y + PAD - 6), parts);
}

/** A fixed frame (the 16:9 slide) and where its chart goes: beside the caption ("side") or between caption and footer. */
export type FrameLayout = { kind: "side" | "stacked"; box: { x: number; y: number; width: number; height: number } };

/** Width of the caption column in the side layout, as a share of the frame. */
const SIDE_TEXT_SHARE = 0.3;

/**
 * The two ways to place a chart in a fixed `width` × `height` frame: caption and footer in a column on the left with
 * the chart filling the right (tall charts: ranked bars, maps), or caption above and footer below a wide chart box
 * (time series). The caller draws the chart for each box and keeps the layout that shows it largest (`fitScale`).
 */
export function frameLayouts(meta: ExportMeta & { measure?: Measure }, width: number, height: number): FrameLayout[] {
  const measure = meta.measure ?? estimateWidth;
  const textW = width - 2 * PAD;
  const head = blockHeight(meta.title, textW, TITLE, measure) + 2 + blockHeight(meta.subtitle, textW, SUBTITLE, measure) + 12;
  const foot = 20 + footerLines(meta).reduce((h, l) => h + blockHeight(l, textW, FOOTER, measure), 0);
  const sideText = Math.round(width * SIDE_TEXT_SHARE);
  return [
    { kind: "side", box: { x: PAD * 2 + sideText, y: PAD, width: width - PAD * 3 - sideText, height: height - 2 * PAD } },
    { kind: "stacked", box: { x: PAD, y: PAD + head, width: textW, height: Math.max(40, height - 2 * PAD - head - foot) } },
  ];
}

/** How much a chart drawn at `graphic`'s size must be scaled to fit `box` (at most `max`, to keep text in proportion). */
export function fitScale(graphic: { width: number; height: number }, box: { width: number; height: number }, max = 1.25): number {
  return Math.min(max, box.width / graphic.width, box.height / graphic.height);
}

/** The chart in a fixed frame (`frameLayouts`), scaled to its box and centred in it; the caption wraps to its column. */
export function frameSvg(chart: ChartGraphic | string, meta: ExportMeta & { measure?: Measure }, layout: FrameLayout, width: number, height: number): CaptionedSvg {
  const graphic = toGraphic(chart);
  const measure = meta.measure ?? estimateWidth;
  const parts: string[] = [];
  const { box } = layout;
  const scale = fitScale(graphic, box);
  const gx = box.x + (box.width - graphic.width * scale) / 2;
  const gy = box.y + (layout.kind === "side" ? (box.height - graphic.height * scale) / 2 : 0);
  const textW = layout.kind === "side" ? Math.round(width * SIDE_TEXT_SHARE) : width - 2 * PAD;
  let y = textBlock(parts, meta.title, PAD, PAD, textW, TITLE, INK, measure) + 2;
  y = textBlock(parts, meta.subtitle, PAD, y, textW, SUBTITLE, MUTED, measure);
  parts.push(placed(graphic, gx, gy, scale));
  // The footer sits at the bottom of the frame (of the caption column in the side layout).
  const footer = footerLines(meta);
  const footH = footer.reduce((h, l) => h + blockHeight(l, textW, FOOTER, measure), 0);
  // Beside a tall chart the caption column has room for the one-sentence description, when it fits above the footer.
  if (layout.kind === "side" && meta.description && y + 16 + blockHeight(meta.description, textW, SUBTITLE, measure) + 24 <= height - PAD - footH) {
    y = textBlock(parts, meta.description, PAD, y + 16, textW, SUBTITLE, INK, measure);
  }
  let fy = Math.max(y + 12, height - PAD - footH);
  parts.push(`<line x1="${PAD}" x2="${PAD + textW}" y1="${num(fy - 8)}" y2="${num(fy - 8)}" stroke="${RULE}" stroke-width="1"/>`);
  for (const line of footer) fy = textBlock(parts, line, PAD, fy, textW, FOOTER, MUTED, measure);
  return wrapSvg(meta, width, Math.max(height, Math.ceil(fy + PAD)), parts);
}
