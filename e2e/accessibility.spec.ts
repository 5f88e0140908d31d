import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

// Every route, and for the parameterised routes the pages that differ most (the largest and smallest regions,
// themes with and without indicators, an indicator with a map and a fragment). All 21 region pages and all theme
// pages are opened in the other specs.
const routes = [
  "/", "/?karta=arbetsloshet_bas_20_64", "/regioner", "/teman", "/indikatorer", "/data", "/data?region=09&typ=insats&q=a",
  "/om", "/finns-inte",
  "/regioner/01", "/regioner/09", "/regioner/14", "/regioner/25",
  "/teman/innovation-foretagande", "/teman/integration", "/teman/samverkan", "/teman/anslag-regional-utveckling",
  "/indikatorer/arbetsloshet_bas_20_64", "/indikatorer/vaxthusgaser_ton_per_inv", "/indikatorer/medellivslangd_kvinnor",
  "/jamfor", "/jamfor?regioner=01,12,14",
];

for (const scheme of ["light", "dark"] as const) {
  for (const route of routes) {
    test(`axe (${scheme === "light" ? "ljust" : "mörkt"}): inga WCAG 2.1 A/AA-fel på ${route}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(route);
      await page.waitForLoadState("load");
      const charts = page.locator(".recharts-responsive-container");
      if (await charts.count()) await expect(page.locator(".recharts-responsive-container svg").first()).toBeVisible();
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
    });
  }
}
