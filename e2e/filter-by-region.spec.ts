import { expect, test } from "@playwright/test";
import { dataset, region, resultCount, tableReady } from "./dataset";
import { drawnBars } from "./charts";
import { regionThemesCard } from "../lib/cards/region-themes";

test.describe("Filtrera på region", () => {
  test("regionsidan visar strategi, indikatorer och poster för Gotland", async ({ page }) => {
    const gotland = region("09");
    const strategy = dataset.strategies.find((s) => s.region === "09")!;
    const count = dataset.entries.filter((e) => e.region === "09").length;
    await page.goto("/regioner/09");
    await expect(page.getByRole("heading", { level: 1, name: gotland.organisation })).toBeVisible();
    await expect(page.getByText(strategy.name, { exact: false }).first()).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Brödsmulor" })).toContainText("Regioner");
    await expect(resultCount(page)).toHaveText(new RegExp(`av ${count} poster`));
    // The indicator table is the profile's table twin, behind "Visa indikatorerna som tabell".
    await expect(page.getByTestId("region-profile")).toBeVisible();
    await page.getByText("Visa indikatorerna som tabell").click();
    await expect(page.getByRole("table", { name: /Indikatorer för Gotlands län/ })).toBeVisible();
    const chart = page.locator('[data-chart-id="poster-per-tema"]');
    await chart.scrollIntoViewIfNeeded();
    await expect(drawnBars(chart).first()).toBeVisible();
  });

  test("alla 21 regionsidor finns", async ({ browser }) => {
    // The server's page, as it reads before (and without) JavaScript: the heading and the chart's description.
    const page = await browser.newPage({ javaScriptEnabled: false });
    for (const r of dataset.regions) {
      const res = await page.goto(`/regioner/${r.code}`);
      expect(res?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(r.organisation);
      // The chart's description comes from its card model (lib/cards/region-themes, unit-tested there: ties, none).
      const entries = dataset.entries.filter((e) => e.region === r.code);
      await expect(page.locator('[data-chart-id="poster-per-tema"] figcaption')).toHaveText(
        regionThemesCard({ region: r, entries, themes: dataset.themes }, "sv").description,
      );
    }
    await page.close();
  });

  test("datatabellen filtrerad via adressen", async ({ page }) => {
    const n = dataset.entries.filter((e) => e.region === "12").length;
    await page.goto("/data?region=12");
    await expect(page.getByRole("combobox", { name: "Region", exact: true })).toHaveValue("12");
    await expect(resultCount(page)).toHaveText(new RegExp(`av ${n} poster \\(av totalt ${dataset.entries.length}\\)`));
    const rows = page.getByRole("table", { name: /Regionernas poster/ }).locator("tbody tr");
    await expect(rows.first()).toContainText("Region Skåne");
  });

  test("datatabellen filtrerad i gränssnittet uppdaterar adressen", async ({ page }) => {
    const n = dataset.entries.filter((e) => e.region === "25").length;
    await page.goto("/data");
    await tableReady(page);
    await expect(resultCount(page)).toHaveText(new RegExp(`av ${dataset.entries.length} poster\\.`));
    await page.getByRole("combobox", { name: "Region", exact: true }).selectOption("25");
    await expect(page).toHaveURL(/\/data\?region=25$/);
    await expect(resultCount(page)).toHaveText(new RegExp(`av ${n} poster`));
    await expect(page.getByRole("table", { name: /Regionernas poster/ }).locator("tbody tr").first()).toContainText("Region Norrbotten");
  });
});
