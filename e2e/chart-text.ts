/**
 * Text boxes in a chart's SVG: no two may intersect and none may leave the SVG. One check for charts on a page and
 * for exported SVG files (load the file with `svgMarkupTextProblems`). No React here; the functions passed to
 * `evaluate` are self-contained because they run in the browser.
 */
import { LOAD_CHART_EVENT, LOAD_REQUESTED_ATTR } from "../components/charts/chart-load";
import type { Locator, Page } from "@playwright/test";

export type TextProblem = string;

/** Runs in the browser: the problems of one <svg> (the outermost one; nested <svg>s of an export count as part of it). */
function problemsIn(svg: SVGSVGElement): string[] {
  // Less than this much overlap (px) is anti-aliasing, not a collision.
  const TOLERANCE = 0.5;
  const frame = svg.getBoundingClientRect();
  const shown = (el: Element) => {
    for (let x: Element | null = el; x && x !== svg.parentElement; x = x.parentElement) {
      const cs = getComputedStyle(x);
      if (cs.display === "none" || cs.visibility === "hidden" || cs.opacity === "0") return false;
    }
    return true;
  };
  const boxes = Array.from(svg.querySelectorAll("text"))
    .filter((t) => (t.textContent ?? "").trim() !== "" && shown(t))
    .map((t) => ({ text: Array.from(t.childNodes).filter((n) => n.nodeName !== "title").map((n) => n.textContent).join(" ").trim(), r: t.getBoundingClientRect() }))
    .filter((b) => b.r.width > 0 && b.r.height > 0);
  const out: string[] = [];
  const where = (r: DOMRect) => `[${Math.round(r.left - frame.left)},${Math.round(r.top - frame.top)} ${Math.round(r.width)}×${Math.round(r.height)}]`;
  for (const b of boxes) {
    if (b.r.left < frame.left - TOLERANCE || b.r.right > frame.right + TOLERANCE || b.r.top < frame.top - TOLERANCE || b.r.bottom > frame.bottom + TOLERANCE) {
      out.push(`"${b.text}" ${where(b.r)} leaves the SVG (${Math.round(frame.width)}×${Math.round(frame.height)})`);
    }
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i].r;
      const b = boxes[j].r;
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > TOLERANCE && h > TOLERANCE) out.push(`"${boxes[i].text}" ${where(a)} overlaps "${boxes[j].text}" ${where(b)}`);
    }
  }
  return out;
}

/** Problems of the text in one chart SVG on a page. */
export async function svgTextProblems(svg: Locator): Promise<TextProblem[]> {
  return svg.evaluate(problemsIn as (el: SVGElement) => string[]);
}

/** Problems of the text in an SVG file (e.g. an exported chart), laid out in `page` at its own size. */
export async function svgMarkupTextProblems(page: Page, markup: string): Promise<TextProblem[]> {
  await page.setContent(`<!doctype html><html><body style="margin:0">${markup}</body></html>`);
  return svgTextProblems(page.locator("body > svg"));
}

/** Asks every chart card on the page to draw its chart now (as an image export does) and waits until all have. */
export async function drawAllCharts(page: Page): Promise<void> {
  await page.evaluate(([attr, event]) => {
    for (const card of document.querySelectorAll("[data-chart-id]")) {
      card.setAttribute(attr, "");
      card.dispatchEvent(new Event(event));
    }
  }, [LOAD_REQUESTED_ATTR, LOAD_CHART_EVENT] as const);
  await page.locator("[data-lazy-chart]:not(:has(svg.recharts-surface))").first().waitFor({ state: "detached", timeout: 20_000 }).catch(() => undefined);
}

/** The drawn charts of a page: recharts surfaces and the server-rendered maps, each with its card id. */
export function chartSvgs(page: Page): Locator {
  return page.locator("section.chart-card .recharts-wrapper > svg.recharts-surface, section.chart-card [data-export-target] svg");
}
