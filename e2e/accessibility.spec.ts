import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { dataset } from "./dataset";

const routes = [
  "/", "/regioner", "/teman", "/data", "/data?region=09&typ=insats", "/om", "/finns-inte",
  ...dataset.regions.map((r) => `/regioner/${r.code}`),
  ...dataset.themes.map((t) => `/teman/${t.slug}`),
];

for (const route of routes) {
  test(`axe: inga WCAG 2.1 A/AA-fel på ${route}`, async ({ page }) => {
    await page.goto(route);
    await page.waitForLoadState("load");
    const charts = page.locator(".recharts-responsive-container");
    if (await charts.count()) await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
  });
}
