import { expect, type Locator } from "@playwright/test";

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
