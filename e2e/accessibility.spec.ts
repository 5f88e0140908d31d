import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { drawEveryChart, liveChart } from "./charts";

// Every route, and for the parameterised routes the pages that differ most: the largest and smallest regions and the
// profile with similar regions; a theme with indicators, a cross-cutting theme and the funding theme; an indicator
// with a map and "my region", one with a series break and one fragment. All 21 region pages, every theme page and
// every indicator page are opened in the other specs (unique-ids draws every chart on each), so near-copies of these
// templates are not checked twice here: each axe pass over a page with a few thousand elements takes seconds.
const routes = [
  "/", "/?karta=arbetsloshet_bas_20_64", "/regioner", "/teman", "/indikatorer", "/data", "/data?region=09&typ=insats&q=a",
  "/om", "/finns-inte",
  "/regioner/01", "/regioner/09", "/regioner/24",
  "/teman/innovation-foretagande", "/teman/samverkan", "/teman/anslag-regional-utveckling",
  "/indikatorer/arbetsloshet_bas_20_64?min=24", "/indikatorer/vaxthusgaser_ton_per_inv", "/indikatorer/medellivslangd_kvinnor",
  "/jamfor", "/jamfor?regioner=01,12,14",
  // English: one page per route.
  "/en", "/en/regioner", "/en/regioner/24", "/en/teman", "/en/teman/innovation-foretagande", "/en/indikatorer",
  "/en/indikatorer/arbetsloshet_bas_20_64?min=24", "/en/jamfor?regioner=01,12,14", "/en/data", "/en/om", "/en/finns-inte",
];

// The routes are independent: both workers take them (the longest spec; in one worker it alone took 12,6 min).
test.describe.configure({ mode: "parallel" });

// One visit per route, checked in the light and then the dark colour scheme (the page follows the system setting).
for (const route of routes) {
  test(`axe (ljust och mörkt): inga WCAG 2.1 A/AA-fel på ${route}`, async ({ page }) => {
    // Two axe passes over a large page (every chart drawn) take 20 s on a quiet machine and over a minute on a busy one.
    test.setTimeout(180_000);
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(route);
    // Charts load when they come into view: ask for every one, so axe checks every chart.
    await drawEveryChart(page);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator("html")).toHaveCSS("color-scheme", scheme === "dark" ? /dark/ : /light|normal/);
      expect(await axeViolations(page, scheme)).toEqual([]);
    }
  });
}

/**
 * Contrast of every text in the charts, against what it is drawn on. axe leaves legend entries (text next to an icon)
 * and short tick labels "incomplete" instead of failing them, so it would not notice legend text in the series colour
 * (Okabe–Ito orange on white is 2,1:1). Tooltips appear only on hover or focus: one is opened on each chart type.
 */
const CHART_TEXT = ".recharts-legend-item-text, .recharts-tooltip-item, .recharts-tooltip-label, svg.recharts-surface text";
test("diagrammens text (förklaring, verktygstips, axlar, etiketter) har kontrast minst 4,5:1, ljust och mörkt", async ({ page }) => {
  const pages = [
    // A stacked bar chart with a legend, and a line chart with a legend (Riket and three regions).
    { route: "/teman/kompetensforsorjning", card: "#poster-per-region-title", hover: ".recharts-bar-rectangle path" },
    { route: `/indikatorer/arbetsloshet_bas_20_64?regioner=01,12,14`, card: "#tidsserie-arbetsloshet_bas_20_64-title", hover: ".recharts-wrapper > svg.recharts-surface" },
  ];
  for (const { route, card, hover } of pages) {
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(route);
      const section = page.locator("section.chart-card", { has: page.locator(card) });
      await section.scrollIntoViewIfNeeded();
      await liveChart(section);
      await expect(section.locator(".recharts-legend-item-text").first()).toBeVisible();
      await section.locator(hover).first().hover();
      await expect(section.locator(".recharts-tooltip-item").first()).toBeVisible();
      const texts = await section.evaluate((root, sel) => {
        const parse = (c: string) => {
          const m = c.match(/rgba?\(([^)]+)\)/);
          if (!m) return null;
          const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
          return { r, g, b, a };
        };
        const lum = ({ r, g, b }: { r: number; g: number; b: number }) => {
          const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
          return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
        };
        const background = (el: Element) => {
          for (let x: Element | null = el; x; x = x.parentElement) {
            const c = parse(getComputedStyle(x).backgroundColor);
            if (c && c.a > 0) return c;
          }
          return parse(getComputedStyle(document.body).backgroundColor)!;
        };
        return Array.from(root.querySelectorAll(sel))
          .filter((el) => el.getBoundingClientRect().width > 0 && (el.textContent ?? "").trim() !== "")
          .map((el) => {
            const cs = getComputedStyle(el);
            const fg = parse(el instanceof SVGElement ? cs.fill : cs.color);
            const [l1, l2] = [fg ? lum(fg) : 1, lum(background(el))];
            const ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
            return { text: (el.textContent ?? "").trim().slice(0, 40), ratio: Math.round(ratio * 100) / 100 };
          });
      }, CHART_TEXT);
      expect(texts.length, `${route} ${scheme}: chart texts found`).toBeGreaterThan(10);
      expect(texts.filter((t) => t.ratio < 4.5), `${route} ${scheme}`).toEqual([]);
    }
  }
});
