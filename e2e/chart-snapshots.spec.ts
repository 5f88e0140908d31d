import { expect, test } from "@playwright/test";
import { drawAllCharts } from "./chart-text";
import { normaliseSvg } from "./svg-snapshot";

// One chart of each type, in Swedish and English, drawn at a fixed width: any change in drawing (scales, labels,
// marks, legend) shows up as a diff of e2e/chart-snapshots.spec.ts-snapshots/*.svg in review.
// Update on purpose with: E2E_PORT=<port> npx playwright test e2e/chart-snapshots.spec.ts --update-snapshots
const charts = [
  { name: "bar-ranked", route: "/indikatorer/brp_per_invanare", card: "ind-brp_per_invanare", svg: ".recharts-wrapper > svg.recharts-surface" },
  { name: "bar-stacked", route: "/regioner/24", card: "poster-per-tema", svg: ".recharts-wrapper > svg.recharts-surface" },
  { name: "line", route: "/indikatorer/forvarvsfrekvens_20_64", card: "tidsserie-forvarvsfrekvens_20_64", svg: ".recharts-wrapper > svg.recharts-surface" },
  { name: "map", route: "/indikatorer/brp_per_invanare", card: "karta-brp_per_invanare", svg: "[data-export-target] svg" },
];

test.use({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });

for (const lang of ["sv", "en"] as const) {
  for (const c of charts) {
    test(`ritat diagram oförändrat: ${c.name}, ${lang}`, async ({ page }) => {
      await page.goto(lang === "en" ? `/en${c.route}` : c.route);
      await drawAllCharts(page);
      const svg = page.locator(`section.chart-card[data-chart-id="${c.card}"] ${c.svg}`).first();
      await expect(svg).toBeVisible();
      const markup = await svg.evaluate((el) => el.outerHTML);
      expect(normaliseSvg(markup)).toMatchSnapshot(`${c.name}-${lang}.svg`);
    });
  }
}
