import { expect, test } from "@playwright/test";
import { dataset, nf, resultCount, theme } from "./dataset";
import { drawnBars, liveChart } from "./charts";
import { regionsByName } from "../lib/data";
import { themeRegionsCard } from "../lib/cards/theme-regions";

test.describe("Jämför teman och regioner", () => {
  test("täckningsmatrisen leder till filtrerad data och till temasidan", async ({ page }) => {
    await page.goto("/");
    const matrix = page.getByRole("table", { name: /Antal poster per region och tema/ });
    await expect(matrix).toBeVisible();
    await expect(matrix.locator("tbody tr")).toHaveCount(21);

    // Pick a real non-empty cell from the dataset and follow it.
    const e = dataset.entries.find((x) => x.region === "20" && x.theme !== "regionala-utvecklingsstrategier")!;
    const n = dataset.entries.filter((x) => x.region === "20" && x.theme === e.theme).length;
    const t = theme(e.theme);
    const cell = matrix.getByRole("link", { name: `Dalarna, ${t.nameSv}: ${n} ${n === 1 ? "post" : "poster"}` });
    await cell.click();
    await expect(page).toHaveURL(new RegExp(`/data\\?region=20&tema=${e.theme}$`));
    await expect(resultCount(page)).toHaveText(new RegExp(`av ${n} poster`));

    await page.goBack();
    await matrix.getByRole("link", { name: t.nameSv, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`/teman/${e.theme}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.nameSv);
  });

  test("tomma rutor syns som tomma", async ({ page }) => {
    await page.goto("/");
    const empty = page.getByRole("table", { name: /Antal poster per region och tema/ }).getByText("Inga poster");
    expect(await empty.count()).toBeGreaterThan(0);
  });

  test("varje temasida jämför regionerna", async ({ browser }) => {
    // The server's page, as it reads before (and without) JavaScript: the heading and the chart's description.
    const page = await browser.newPage({ javaScriptEnabled: false });
    for (const t of dataset.themes) {
      const res = await page.goto(`/teman/${t.slug}`);
      expect(res?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(t.nameSv);
      await expect(page.getByRole("heading", { name: new RegExp(`Antal poster om ${t.nameSv.toLowerCase()} per region`) })).toBeVisible();
      // The chart's description comes from its card model (lib/cards/theme-regions, unit-tested there: ties, none).
      const regional = dataset.entries.filter((e) => e.theme === t.slug && e.region !== "00");
      const expected = themeRegionsCard({ theme: t, entries: regional, regions: regionsByName() }, "sv").description;
      await expect(page.locator('[data-chart-id="poster-per-region"] figcaption')).toHaveText(expected);
    }
    await page.close();
  });

  test("temasidan visar indikatorer som rangordnade staplar med riket", async ({ page }) => {
    const ind = dataset.indicators.find((i) => i.id === "arbetsloshet_bas_20_64")!;
    expect(ind.themes).toContain("likvardiga-mojligheter");
    const riket = dataset.values.find((v) => v.indicator === ind.id && v.region === "00" && v.period === "2022")!;
    await page.goto("/teman/likvardiga-mojligheter");
    const card = page.locator(`[data-chart-id="ind-${ind.id}"]`);
    // Far down the page: the chart is drawn in the HTML already; its code loads only when the user reaches it.
    await expect(card).toContainText(`riket ligger på ${nf(riket.value, 1)}\u00a0%`);
    await expect(card.locator(".recharts-bar-rectangle")).toHaveCount(0);
    await expect(drawnBars(card)).toHaveCount(21);
    await liveChart(card);
    await expect(card.locator(".recharts-bar-rectangle")).toHaveCount(21);
    await expect(card.getByText(`Riket: ${nf(riket.value, 1)}`)).toBeVisible();
    await expect(card).toContainText(`riket ligger på ${nf(riket.value, 1)}\u00a0%`);
  });

  test("stapeldiagrammet per region visar varje regions antal, också noll", async ({ page }) => {
    // A theme where some regions have no record (with the fifth pass, every region has one in the source themes).
    const regionsIn = (slug: string) => new Set(dataset.entries.filter((e) => e.theme === slug && e.region !== "00").map((e) => e.region)).size;
    const slug = dataset.themes.map((t) => t.slug).find((s) => regionsIn(s) > 0 && regionsIn(s) < 21)!;
    await page.goto(`/teman/${slug}`);
    const card = page.locator('[data-chart-id="poster-per-region"]');
    await liveChart(card);
    await expect(card.locator(".recharts-bar-rectangles").first()).toBeAttached();
    const labels = card.locator(".recharts-layer.recharts-label-list text");
    await expect(labels).toHaveCount(21);
    const perRegion = new Map<string, number>();
    for (const e of dataset.entries) if (e.theme === slug && e.region !== "00") perRegion.set(e.region, (perRegion.get(e.region) ?? 0) + 1);
    const zero = 21 - perRegion.size;
    expect(zero).toBeGreaterThan(0);
    const texts = await labels.allTextContents();
    expect(texts.filter((t) => t === "0")).toHaveLength(zero);
    expect(texts.filter((t) => t !== "0").map(Number).sort((a, b) => a - b)).toEqual([...perRegion.values()].sort((a, b) => a - b));
  });
});
