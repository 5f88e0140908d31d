import { expect, type Locator, type Page } from "@playwright/test";
import { LOAD_CHART_EVENT, LOAD_REQUESTED_ATTR } from "../components/charts/chart-load";

/**
 * Charts are drawn in the server HTML (a static copy per width; the one that fits is shown) and become the live
 * recharts chart when the user reaches them. `drawnBars`: the bars a user sees now, static or live.
 */
export const drawnBars = (card: Locator) => card.locator(".sc-bar-rectangle path, .recharts-bar-rectangle path").filter({ visible: true });

/** Points at the chart, as a user reaching for it does, and waits until the live (recharts) chart has taken over. */
export async function liveChart(card: Locator): Promise<void> {
  await card.locator("[data-lazy-chart]").first().scrollIntoViewIfNeeded();
  await card.locator("[data-lazy-chart]").first().hover();
  await expect(card.locator("[data-chart-loaded] .recharts-wrapper > svg.recharts-surface").first()).toBeVisible({ timeout: 20_000 });
}

/**
 * Asks every card on the page for its live chart, as the image export does (the request is kept on a card not hydrated
 * yet; see LazyChart), and waits until all are drawn: for checks that must see every chart (axe, unique ids).
 */
export async function drawEveryChart(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  await page.evaluate(([attr, event]) => {
    for (const card of document.querySelectorAll("[data-chart-id]")) {
      card.setAttribute(attr, "");
      card.dispatchEvent(new Event(event));
    }
  }, [LOAD_REQUESTED_ATTR, LOAD_CHART_EVENT] as const);
  await expect(page.locator("[data-lazy-chart]:not(:has(svg.recharts-surface))")).toHaveCount(0, { timeout: 20_000 });
}
