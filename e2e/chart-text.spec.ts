import { expect, test } from "@playwright/test";
import { chartSvgs, drawAllCharts, svgTextProblems } from "./chart-text";

// Every chart type: stacked bars with a legend (region and theme pages), ranked bars with Riket, the time series
// (with and without a series break, many years and few), the maps (indicator and records); long theme names.
const routes = [
  "/regioner/24", "/teman/kompetensforsorjning", "/indikatorer/brp_per_invanare",
  "/indikatorer/forvarvsfrekvens_20_64", "/indikatorer/vaxthusgaser_ton_per_inv", "/",
];

for (const width of [360, 768, 1280]) {
  for (const lang of ["sv", "en"] as const) {
    test(`diagramtext krockar inte och ryms i diagrammet, ${width} px, ${lang}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const route of routes) {
        await page.goto(lang === "en" ? `/en${route === "/" ? "" : route}` : route);
        await drawAllCharts(page);
        await expect(page.locator("[data-lazy-chart]:not(:has(svg.recharts-surface))")).toHaveCount(0);
        const svgs = await chartSvgs(page).all();
        expect(svgs.length, `${route}: charts found`).toBeGreaterThan(0);
        const problems: string[] = [];
        for (const svg of svgs) {
          const card = await svg.evaluate((el) => el.closest("[data-chart-id]")?.getAttribute("data-chart-id"));
          for (const p of await svgTextProblems(svg)) problems.push(`${route} ${card}: ${p}`);
        }
        expect(problems).toEqual([]);
      }
    });
  }
}

test("the check finds overlapping and clipped text (it can fail)", async ({ page }) => {
  await page.setContent(`<svg width="200" height="100">
    <text x="10" y="20" font-size="13">Västra Götaland</text><text x="40" y="24" font-size="13">517</text>
    <text x="180" y="60" font-size="13">Riket: 527</text></svg>`);
  const problems = await svgTextProblems(page.locator("svg"));
  expect(problems).toHaveLength(2);
  expect(problems.join("\n")).toContain('"Västra Götaland" [10,5 105×15] overlaps "517"');
  expect(problems.join("\n")).toContain('"Riket: 527"');
});
