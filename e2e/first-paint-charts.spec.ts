import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { drawnBars, liveChart } from "./charts";

/**
 * The charts are in the first paint: drawn in the server HTML, so they are there without JavaScript, and they become
 * interactive when the user points at or focuses them. Timings are in `npm run bench`, never here.
 */
const PAGES = [
  { route: "/teman/kompetensforsorjning", card: '[data-chart-id="poster-per-region"]', axis: "Västra Götaland", bars: 10 },
  { route: "/regioner/09", card: '[data-chart-id="poster-per-tema"]', axis: "Integration", bars: 5 },
  // Depends on query parameters: drawn by the standalone server on the first request (its bundled worker), not at build.
  { route: "/indikatorer/brp_per_invanare", card: '[data-chart-id="ind-brp_per_invanare"]', axis: "Stockholm", bars: 21 },
];

/**
 * Indicator pages depend on query parameters, so their charts are drawn on the first request and cached; a request
 * that would wait too long gets the live chart instead. Ask until the server has drawn it (no timing asserted).
 */
async function drawnOnServer(request: APIRequestContext, route: string) {
  await expect.poll(async () => (await (await request.get(route)).text()).includes('class="sc-bar-rectangle"'), { timeout: 120_000 }).toBe(true);
}

/** Widths of the bars the user sees in the card, and the texts of the shown chart. */
async function drawing(card: Locator) {
  const widths = await drawnBars(card).evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect().width));
  const texts = await card.locator(".static-chart text, .recharts-surface text").filter({ visible: true }).allTextContents();
  return { widths, texts };
}

async function firstCard(page: Page, sel: string) {
  const card = page.locator(sel);
  await expect(card).toHaveCount(1);
  return card;
}

test.describe("Diagrammen finns i sidans HTML", () => {
  for (const { route, card: sel, axis, bars } of PAGES) {
    test(`utan JavaScript visar ${route} ritade staplar och axeltexter`, async ({ browser, request }) => {
      await drawnOnServer(request, route);
      const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(route);
      const card = await firstCard(page, sel);
      const { widths, texts } = await drawing(card);
      // Bars of non-zero width (a stacked chart draws a region without records as no bar at all).
      expect(widths.filter((w) => w > 0).length).toBeGreaterThanOrEqual(bars);
      expect(texts).toContain(axis);
      // One picture for assistive technology, named like the live chart.
      await expect(card.getByRole("img", { name: /diagram|chart/i })).toBeVisible();
      await context.close();
    });
  }

  test("ritningen står i HTML en gång, inte också i sidans data (RSC) som React hydrerar från", async ({ request }) => {
    for (const { route } of PAGES) {
      await drawnOnServer(request, route);
      const html = await (await request.get(route)).text();
      const payload = [...html.matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)].map((m) => m[1]).join("");
      const markup = html.replace(/<script\b[^>]*>.*?<\/script>/gs, "");
      expect(payload.length, route).toBeGreaterThan(1000);
      expect(markup.match(/class="sc-surface"/g)?.length ?? 0, route).toBeGreaterThan(0);
      expect(payload.includes("sc-surface"), route).toBe(false);
    }
  });

  test("efter en navigering i webbläsaren (utan ny HTML) ritas diagrammet ändå", async ({ page }) => {
    await page.goto(PAGES[1].route);
    await expect(page.locator(`${PAGES[1].card} [data-lazy-chart]`)).toHaveAttribute("tabindex", "0"); // hydrated
    // A link React follows in the page (next/link): only the RSC payload comes, no HTML.
    const rsc = page.waitForRequest((r) => r.url().includes("/teman/kompetensforsorjning") && r.headers()["rsc"] === "1");
    await page.getByRole("link", { name: "Allt om kompetensförsörjning och kompetensutveckling" }).click();
    await rsc;
    await expect(page).toHaveURL(/\/teman\/kompetensforsorjning/);
    const card = await firstCard(page, PAGES[0].card);
    // No server HTML came with this page, so no static drawing: the live chart is drawn at once, not an empty box.
    await expect(card.locator("[data-chart-loaded] .recharts-wrapper > svg.recharts-surface")).toBeVisible({ timeout: 20_000 });
    expect(await drawnBars(card).count()).toBeGreaterThanOrEqual(PAGES[0].bars);
  });

  test("på en telefon visas den smala ritningen, hela och utan vågrät rullning", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(PAGES[0].route);
    const card = await firstCard(page, PAGES[0].card);
    const box = (await card.boundingBox())!;
    const svg = card.locator(".static-chart .sc-wrapper > svg").filter({ visible: true });
    await expect(svg).toHaveCount(1);
    const s = (await svg.boundingBox())!;
    expect(s.x + s.width).toBeLessThanOrEqual(box.x + box.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await context.close();
  });

  test("pekaren på diagrammet visar ett verktygstips och laddar det interaktiva diagrammet", async ({ page }) => {
    await page.goto(PAGES[0].route);
    const card = await firstCard(page, PAGES[0].card);
    // Before the user reaches it, no chart code has run: the drawing is the server's.
    await expect(card.locator(".recharts-surface")).toHaveCount(0);
    await expect(card.locator("[data-lazy-chart]")).toHaveAttribute("tabindex", "0"); // hydrated
    const bar = drawnBars(card).nth(2);
    await bar.scrollIntoViewIfNeeded();
    // The pointer goes where the bar is drawn (the drawing is replaced under it when the live chart arrives).
    const box = (await bar.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    // The first tooltip (light or live) names a region and its records.
    await expect(card.locator("[data-light-tip], .recharts-tooltip-wrapper .recharts-tooltip-label").filter({ visible: true }).first()).toContainText(/\S/);
    const row = (await card.locator(".light-tip-label, .recharts-tooltip-wrapper .recharts-tooltip-label").filter({ visible: true }).first().textContent())!;
    // The pointer rests where it is: once the live chart has taken over, it shows its own tooltip there, for the same row.
    await expect(card.locator("[data-chart-loaded] .recharts-wrapper > svg.recharts-surface").first()).toBeVisible({ timeout: 20_000 });
    await expect(card.locator(".recharts-tooltip-wrapper .recharts-tooltip-label").filter({ visible: true })).toHaveText(row);
    await liveChart(card);
    const live = (await card.locator(".recharts-bar-rectangle path").filter({ visible: true }).nth(3).boundingBox())!;
    await page.mouse.move(live.x + live.width / 2, live.y + live.height / 2);
    await expect(card.locator(".recharts-tooltip-item").first()).toBeVisible();
  });

  test("med tangentbordet: fokus på diagrammet laddar det interaktiva diagrammet", async ({ page, request }) => {
    await drawnOnServer(request, PAGES[1].route);
    await page.goto(PAGES[1].route);
    const card = await firstCard(page, PAGES[1].card);
    const frame = card.locator("[data-lazy-chart]");
    await expect(frame).toHaveAttribute("tabindex", "0"); // hydrated
    await frame.focus();
    await expect(card.locator("[data-chart-loaded] .recharts-wrapper > svg.recharts-surface")).toBeVisible({ timeout: 20_000 });
    // Focus moves into the live chart: the arrow keys show a tooltip there.
    await expect(card.locator("svg.recharts-surface[tabindex]")).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(card.locator(".recharts-tooltip-item").first()).toBeVisible();
  });
});
