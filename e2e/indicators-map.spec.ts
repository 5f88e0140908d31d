import { expect, test } from "@playwright/test";
import { dataset, nf } from "./dataset";
import { drawnBars, liveChart } from "./charts";

const ID = "arbetsloshet_bas_20_64";
const value = (region: string, period: string) => dataset.values.find((v) => v.indicator === ID && v.region === region && v.period === period)!.value;

test.describe("Indikatorer, karta och tidsserie", () => {
  test("indikatorlistan visar senaste år och täckning", async ({ page }) => {
    await page.goto("/indikatorer");
    const row = page.getByRole("row", { name: /Arbetslöshet 20–64 år/ });
    await expect(row).toContainText("21 av 21 (2022)");
  });

  test("djuplänk med år och regioner visar rätt värden", async ({ page }) => {
    await page.goto(`/indikatorer/${ID}?ar=2021&regioner=09,25,00`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Arbetslöshet 20–64 år");
    await expect(page.getByRole("combobox", { name: "År", exact: true })).toHaveValue("2021");
    const ranked = page.locator(`[data-chart-id="ind-${ID}"]`);
    await expect(ranked.getByRole("heading", { name: /2021/ })).toBeVisible();
    await expect(drawnBars(ranked)).toHaveCount(21);
    await liveChart(ranked);
    await expect(ranked.locator(".recharts-bar-rectangle")).toHaveCount(21);
    await expect(ranked.getByText(`Riket: ${nf(value("00", "2021"), 1)}`)).toBeVisible();

    // The table twin holds the exact formatted numbers.
    await ranked.getByText("Visa som tabell").click();
    const gotlandRow = ranked.getByRole("row", { name: /^Gotland/ });
    await expect(gotlandRow).toContainText(`${nf(value("09", "2021"), 1)}\u00a0%`);

    // Time series for the chosen regions, with the same numbers in its table.
    const series = page.locator(`[data-chart-id="tidsserie-${ID}"]`);
    await expect(series.getByText("Gotland, Norrbotten, Riket")).toBeVisible();
    await series.getByText("Visa som tabell").click();
    const row2022 = series.getByRole("row", { name: /^2022/ });
    await expect(row2022).toContainText(`${nf(value("09", "2022"), 1)}\u00a0%`);
    await expect(row2022).toContainText(`${nf(value("25", "2022"), 1)}\u00a0%`);
    await expect(row2022).toContainText(`${nf(value("00", "2022"), 1)}\u00a0%`);
  });

  test("årsväljaren och regionvalet skriver till adressen", async ({ page }) => {
    await page.goto(`/indikatorer/${ID}`);
    await page.getByRole("combobox", { name: "År", exact: true }).selectOption("2020");
    await page.getByRole("button", { name: "Visa år" }).click();
    await expect(page).toHaveURL(/ar=2020/);
    await expect(page.locator(`[data-chart-id="ind-${ID}"]`).getByRole("heading", { name: /2020/ })).toBeVisible();
    const form = page.getByRole("form", { name: "Välj regioner i tidsserien" });
    await form.getByRole("checkbox", { name: "Skåne" }).check();
    await form.getByRole("button", { name: "Visa regioner" }).click();
    await expect(page).toHaveURL(/regioner=12/);
    await expect(page.locator(`[data-chart-id="tidsserie-${ID}"]`)).toContainText("Skåne");
  });

  test("kartan har 21 län som går att nå med tangentbordet och leder till regionsidan", async ({ page }) => {
    await page.goto(`/indikatorer/${ID}?ar=2022`);
    const map = page.locator(`[data-chart-id="karta-${ID}"]`);
    const regions = map.getByTestId("map-region");
    await expect(regions).toHaveCount(21);
    const codes = await regions.evaluateAll((els) => els.map((e) => e.getAttribute("data-code")));
    expect(new Set(codes).size).toBe(21);
    // Every county is a link in the tab order, named with its value.
    for (const code of ["01", "09", "25"]) {
      const link = map.locator(`[data-code="${code}"]`);
      await link.focus();
      await expect(link).toBeFocused();
    }
    const gotland = map.locator('[data-code="09"]');
    await expect(gotland).toHaveAttribute("aria-label", new RegExp(`^Gotland: ${nf(value("09", "2022"), 1)}`));
    await gotland.focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/regioner\/09$/);
    await page.goBack();
    await map.locator('[data-code="25"]').click();
    await expect(page).toHaveURL(/\/regioner\/25$/);
  });

  test("kartan på översikten kan färgas efter en indikator", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator('[data-chart-id="karta-poster"]').getByTestId("map-region")).toHaveCount(21);
    await page.getByRole("combobox", { name: "Färglägg kartan efter", exact: true }).selectOption(ID);
    await page.getByRole("button", { name: "Visa karta" }).click();
    await expect(page).toHaveURL(new RegExp(`karta=${ID}`));
    await expect(page.locator(`[data-chart-id="karta-${ID}"]`).getByTestId("map-region")).toHaveCount(21);
  });

  test("en indikator med serieavbrott säger det", async ({ page }) => {
    await page.goto("/indikatorer/forvarvsfrekvens_20_64");
    await expect(page.getByRole("note", { name: "Att tänka på" })).toContainText("Serieavbrott mellan 2018 och 2022");
    await expect(page.getByText(/inte som karta eller rangordning/)).toBeVisible();
  });

  test("okänd indikator ger 404 och trasiga parametrar ger standardvyn", async ({ page }) => {
    expect((await page.goto("/indikatorer/finns_inte"))?.status()).toBe(404);
    const res = await page.goto(`/indikatorer/${ID}?ar=1800&regioner=<script>,99`);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("combobox", { name: "År", exact: true })).toHaveValue("2022");
  });

  test("kartans teckenförklaring: varje antal hör till exakt en klass, och gränsvärden förklaras", async ({ page }) => {
    // Record counts are whole numbers: each legend label lists exactly the counts it holds.
    await page.goto("/");
    const map = page.locator('[data-chart-id="karta-poster"]');
    const labels = (await map.getByTestId("map-legend").locator("li:not([data-class=missing])").allTextContents()).map((l) => {
      const [lo, hi = lo] = l.trim().split("–").map(Number);
      return { lo, hi };
    });
    expect(labels.length).toBeGreaterThan(1);
    for (let i = 1; i < labels.length; i++) expect(labels[i].lo).toBeGreaterThan(labels[i - 1].hi);
    for (const county of await map.getByTestId("map-region").all()) {
      const n = Number((await county.getAttribute("aria-label"))!.match(/: (\d+) poste?r?/)![1]);
      const cls = Number(await county.getAttribute("data-class"));
      expect(n).toBeGreaterThanOrEqual(labels[cls].lo);
      expect(n).toBeLessThanOrEqual(labels[cls].hi);
    }
    await expect(map.getByText("Ett värde som ligger på en gräns hör till den högre klassen.")).toHaveCount(0);

    // Percentages: ranges share their boundaries, and the legend says which class a boundary value belongs to.
    await page.goto(`/indikatorer/${ID}?ar=2022`);
    await expect(page.getByText("Ett värde som ligger på en gräns hör till den högre klassen.")).toBeVisible();
  });
});
