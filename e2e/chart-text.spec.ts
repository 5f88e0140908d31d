import { expect, test } from "@playwright/test";
import { chartSvgs, drawAllCharts, svgTextProblems } from "./chart-text";

// Every chart type: stacked bars with a legend (region and theme pages), ranked bars with Riket, the time series
// (with and without a series break, many years and few), the maps (indicator and records); long theme names.
const routes = [
  "/regioner/24", "/teman/kompetensforsorjning", "/indikatorer/brp_per_invanare",
  "/indikatorer/forvarvsfrekvens_20_64", "/indikatorer/vaxthusgaser_ton_per_inv", "/",
];

// Swedish at three widths; English, whose labels are longer, at the narrowest and widest (the middle width adds a
// quarter of this spec's time and has not found anything the other two did not).
const cases = [[360, "sv"], [360, "en"], [768, "sv"], [1280, "sv"], [1280, "en"]] as const;

for (const [width, lang] of cases) {
  for (const route of routes) {
    test(`diagramtext krockar inte och ryms i diagrammet, ${width} px, ${lang}, ${route}`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.setViewportSize({ width, height: 900 });
      await page.goto(lang === "en" ? `/en${route === "/" ? "" : route}` : route);
      // Charts a phone shows behind a closed disclosure (PhoneDisclosure) are checked as they look once opened.
      await page.evaluate(() => document.querySelectorAll("[data-close-on-phone] details").forEach((d) => ((d as HTMLDetailsElement).open = true)));
      await drawAllCharts(page);
      await expect(page.locator("[data-lazy-chart]:not(:has(svg.recharts-surface))")).toHaveCount(0, { timeout: 30_000 });
      const svgs = await chartSvgs(page).all();
      expect(svgs.length, `${route}: charts found`).toBeGreaterThan(0);
      const problems: string[] = [];
      for (const svg of svgs) {
        const card = await svg.evaluate((el) => el.closest("[data-chart-id]")?.getAttribute("data-chart-id"));
        for (const p of await svgTextProblems(svg)) problems.push(`${card}: ${p}`);
      }
      expect(problems).toEqual([]);
    });
  }
}

test("the check finds overlapping and clipped text (it can fail)", async ({ page }) => {
  await page.setContent(`<svg width="200" height="100">
    <text x="10" y="20" font-size="13">Västra Götaland</text><text x="40" y="24" font-size="13">517</text>
    <text x="180" y="60" font-size="13">Riket: 527</text></svg>`);
  const problems = await svgTextProblems(page.locator("svg"));
  expect(problems).toHaveLength(2);
  expect(problems[0]).toMatch(/^"Riket: 527" \[180,\d+ \d+×\d+\] leaves the SVG \(200×100\)$/);
  expect(problems[1]).toMatch(/^"Västra Götaland" \[10,\d+ \d+×\d+\] overlaps "517" \[40,\d+ \d+×\d+\]$/);
});
