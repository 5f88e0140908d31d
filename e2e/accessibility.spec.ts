import { LOAD_CHART_EVENT, LOAD_REQUESTED_ATTR } from "../components/charts/chart-load";
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
  // English: one page per route.
  "/en", "/en/regioner", "/en/regioner/09", "/en/teman", "/en/teman/innovation-foretagande", "/en/indikatorer",
  "/en/indikatorer/arbetsloshet_bas_20_64", "/en/jamfor?regioner=01,12,14", "/en/data", "/en/om", "/en/finns-inte",
];

// One visit per route, checked in the light and then the dark colour scheme (the page follows the system setting).
for (const route of routes) {
  test(`axe (ljust och mörkt): inga WCAG 2.1 A/AA-fel på ${route}`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(route);
    await page.waitForLoadState("load");
    // Charts load when they come into view. Ask every card for its chart, as the image export does (the request is
    // kept on the card for charts not hydrated yet; see LazyChart), so axe checks every chart.
    await page.evaluate(([attr, event]) => {
      for (const card of document.querySelectorAll("[data-chart-id]")) {
        card.setAttribute(attr, "");
        card.dispatchEvent(new Event(event));
      }
    }, [LOAD_REQUESTED_ATTR, LOAD_CHART_EVENT] as const);
    await expect(page.locator("[data-lazy-chart]:not(:has(svg.recharts-surface))")).toHaveCount(0, { timeout: 20_000 });
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await expect(page.locator("html")).toHaveCSS("color-scheme", scheme === "dark" ? /dark/ : /light|normal/);
      // Every WCAG 2.1 A/AA rule in the light scheme; the dark scheme changes only colours, so it is checked with
      // axe's colour rules (contrast of text, and links told apart from text).
      const axe = new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]);
      const results = await (scheme === "dark" ? axe.withRules(["color-contrast", "link-in-text-block"]) : axe).analyze();
      expect(
        results.violations.map((v) => `${scheme}: ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`),
      ).toEqual([]);
    }
  });
}
