/**
 * Part of `npm run bench` (scripts/bench.ts calls chartTiming while its server runs): how soon a theme page's charts
 * are there, and how soon the first hover shows a tooltip, in Chromium with 4× CPU throttling (Debian chromium,
 * Playwright). Prints figures; asserts nothing.
 *
 * - bars after first paint: the first animation frame in which the page's first chart card shows bars of non-zero
 *   width, minus the first paint; 0 when they are in the HTML (drawn in the first frame).
 * - first hover → tooltip: from the pointermove event to the first animation frame with a visible tooltip (the light
 *   one, or recharts' own), with the long tasks (> 50 ms) in the 3 s after the hover and the time until the live chart
 *   has taken over.
 */
import { chromium, type Browser } from "@playwright/test";

export const CHART_BENCH_PATH = "/teman/kompetensforsorjning";
const CPU_RATE = 4;

export type ChartRun = { firstPaintMs: number | null; barsAfterPaintMs: number | null; barsInHtml: boolean; hoverToTooltipMs: number | null; tooltipKind: string; hoverToLiveMs: number | null; longTasksMs: number[] };
export type ChartTimingResult = { path: string; cpuRate: number; runs: ChartRun[]; median: { barsAfterPaintMs: number | null; hoverToTooltipMs: number | null; hoverToLiveMs: number | null; longestTaskMs: number | null } };

const med = (xs: (number | null)[]) => {
  const v = xs.filter((x): x is number => x !== null).sort((a, b) => a - b);
  return v.length ? v[Math.floor((v.length - 1) / 2)] : null;
};

/**
 * Watches, from the first byte: paint entries, long tasks, the frame where bars first show, pointer and tooltip.
 * A string, not a function: tsx's transpiled functions call a helper (__name) that the page does not have.
 */
const INIT = `(() => {
  const marks = { bars: null, hover: null, tooltip: null, tooltipKind: null, live: null };
  const longTasks = [];
  window.__chartBench = { marks, longTasks };
  new PerformanceObserver((l) => l.getEntries().forEach((e) => longTasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: "longtask", buffered: true });
  const visible = (sel) => [...document.querySelectorAll(sel)].some((e) => e.getBoundingClientRect().width > 0);
  const frame = (t) => {
    if (marks.bars === null && visible("[data-chart-id] .sc-bar-rectangle path, [data-chart-id] .recharts-bar-rectangle path")) marks.bars = t;
    if (marks.hover !== null && marks.tooltip === null && visible("[data-light-tip], .recharts-tooltip-wrapper .recharts-tooltip-label")) {
      marks.tooltip = t;
      marks.tooltipKind = document.querySelector("[data-light-tip]") ? 1 : 2;
    }
    if (marks.hover !== null && marks.live === null && document.querySelector("[data-chart-loaded] .recharts-wrapper > svg")) marks.live = t;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  addEventListener("pointermove", (e) => { if (marks.hover === null && window.__armed) marks.hover = e.timeStamp; }, { capture: true });
})();`;

async function oneRun(browser: Browser, url: string): Promise<ChartRun> {
  const context = await browser.newContext({ viewport: { width: 412, height: 823 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_RATE });
  await page.addInitScript({ content: INIT });
  const response = await page.goto(url, { waitUntil: "load" });
  const html = (await response?.text()) ?? "";
  // Hydrated (the chart frames become focusable), then quiet for a moment.
  await page.locator("[data-lazy-chart][tabindex]").first().waitFor({ state: "attached", timeout: 60_000 }).catch(() => undefined);
  await page.waitForTimeout(1500);
  const card = page.locator("[data-chart-id]").filter({ has: page.locator("[data-lazy-chart]") }).first();
  await card.scrollIntoViewIfNeeded();
  const bar = card.locator(".sc-bar-rectangle path, .recharts-bar-rectangle path").filter({ visible: true }).nth(2);
  // The card can be taller than the window: the bar itself must be in view (a pointer outside the window hovers nothing).
  await bar.scrollIntoViewIfNeeded();
  const box = await bar.boundingBox();
  await page.evaluate("window.__armed = true");
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 1 });
  await page.waitForTimeout(3000);
  const r = await page.evaluate(() => {
    const b = (window as unknown as { __chartBench: { marks: Record<string, number | null>; longTasks: { start: number; duration: number }[] } }).__chartBench;
    const fp = performance.getEntriesByName("first-paint")[0]?.startTime ?? null;
    return { fp, ...b.marks, longTasks: b.longTasks };
  }) as { fp: number | null; bars: number | null; hover: number | null; tooltip: number | null; tooltipKind?: number | null; live: number | null; longTasks: { start: number; duration: number }[] };
  await context.close();
  const hover = r.hover;
  return {
    firstPaintMs: r.fp,
    barsInHtml: /class="sc-bar-rectangle"/.test(html),
    barsAfterPaintMs: r.bars === null || r.fp === null ? null : Math.max(0, Math.round(r.bars - r.fp)),
    hoverToTooltipMs: hover === null || r.tooltip === null ? null : Math.round(r.tooltip - hover),
    tooltipKind: r.tooltipKind === 1 ? "light" : r.tooltipKind === 2 ? "recharts" : "none",
    hoverToLiveMs: hover === null || r.live === null ? null : Math.round(r.live - hover),
    longTasksMs: hover === null ? [] : r.longTasks.filter((t) => t.start + t.duration >= hover).map((t) => Math.round(t.duration)),
  };
}

export async function chartTiming(base: string, runs = 5): Promise<ChartTimingResult> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  const all: ChartRun[] = [];
  try {
    for (let i = 0; i < runs; i++) all.push(await oneRun(browser, base + CHART_BENCH_PATH));
  } finally {
    await browser.close();
  }
  return {
    path: CHART_BENCH_PATH, cpuRate: CPU_RATE, runs: all,
    median: {
      barsAfterPaintMs: med(all.map((r) => r.barsAfterPaintMs)),
      hoverToTooltipMs: med(all.map((r) => r.hoverToTooltipMs)),
      hoverToLiveMs: med(all.map((r) => r.hoverToLiveMs)),
      longestTaskMs: med(all.map((r) => (r.longTasksMs.length ? Math.max(...r.longTasksMs) : 0))),
    },
  };
}

export function chartMarkdown(c: ChartTimingResult): string {
  const v = (n: number | null) => (n === null ? "–" : `${n} ms`);
  return [
    "",
    `Charts on \`${c.path}\`, Chromium (Playwright, 412×823, ${c.cpuRate}× CPU throttling), median of ${c.runs.length} loads:`,
    "",
    `- First chart's bars after first paint: **${v(c.median.barsAfterPaintMs)}** (bars in the server HTML: ${c.runs.every((r) => r.barsInHtml) ? "yes" : "no"}; target 0 ms).`,
    `- First hover → visible tooltip: **${v(c.median.hoverToTooltipMs)}** (${[...new Set(c.runs.map((r) => r.tooltipKind))].join("/")} tooltip; target under 300 ms); the live recharts chart takes over ${v(c.median.hoverToLiveMs)} after the hover.`,
    `- Long tasks after the hover, per run (ms): ${c.runs.map((r) => (r.longTasksMs.length ? r.longTasksMs.join("+") : "none")).join("; ")}; median longest ${v(c.median.longestTaskMs)}.`,
  ].join("\n");
}

if (process.argv[1]?.endsWith("bench-charts.ts")) {
  // Alone: npx tsx scripts/bench-charts.ts http://127.0.0.1:3240 [runs]
  chartTiming(process.argv[2] ?? "http://127.0.0.1:3240", Number(process.argv[3] ?? 5)).then((c) => {
    console.log(JSON.stringify(c.runs));
    console.log(chartMarkdown(c));
  });
}

/** Issue 14's Lighthouse target, judged on the median runs: each route ≥ 95 % of the bare page's score and not below the reference page. */
export function firstPaintTargets(rows: { path: string; scores: { performance: number | null }; tbtMs: number | null; lcpMs: number | null }[], routes: string[], bare: string, reference: string): string {
  const perf = (p: string) => rows.find((r) => r.path === p)?.scores.performance ?? null;
  const b = perf(bare);
  const ref = perf(reference);
  if (b === null || ref === null) return "";
  const items = routes.map((p) => {
    const s = perf(p);
    const r = rows.find((x) => x.path === p);
    const met = s !== null && s >= 0.95 * b && s >= ref;
    return `\`${p}\` ${s === null ? "–" : Math.round(s * 100)} (TBT ${r?.tbtMs == null ? "–" : Math.round(r.tbtMs)} ms, LCP ${r?.lcpMs == null ? "–" : Math.round(r.lcpMs)} ms) ${met ? "met" : "NOT met"}`;
  });
  return `\n- Target "each route ≥ 95 % of the bare page (${Math.round(b * 100)}) and not below the reference page (${Math.round(ref * 100)})": ${items.join("; ")}.`;
}
