import { expect, test } from "@playwright/test";
import { dataset, resultCount, tableReady } from "./dataset";

const tableName = /Regionernas poster/;

test.describe("Datatabellen: sortera, filtrera, söka", () => {
  test("sortering med knapp i rubriken uppdaterar aria-sort och adressen", async ({ page }) => {
    await page.goto("/data");
    await tableReady(page);
    const table = page.getByRole("table", { name: tableName });
    const yearHeader = table.getByRole("columnheader", { name: /År/ });
    await expect(yearHeader).toHaveAttribute("aria-sort", "none");
    await yearHeader.getByRole("button").click();
    await expect(page).toHaveURL(/sort=ar/);
    await expect(yearHeader).toHaveAttribute("aria-sort", "ascending");
    const minYear = Math.min(...dataset.entries.map((e) => e.year ?? Infinity));
    await expect(table.locator("tbody tr").first()).toContainText(String(minYear));
    await yearHeader.getByRole("button").click();
    await expect(page).toHaveURL(/sort=-ar/);
    await expect(yearHeader).toHaveAttribute("aria-sort", "descending");
    const maxYear = Math.max(...dataset.entries.map((e) => e.year ?? -Infinity));
    await expect(table.locator("tbody tr").first()).toContainText(String(maxYear));
  });

  test("fritextsök, typ och år, och Tillbaka återställer föregående vy", async ({ page }) => {
    const words = "bredband";
    const hits = dataset.entries.filter((e) =>
      [e.title, e.summary, e.figures.map((f) => `${f.label} ${f.text} ${f.unit}`).join(" "), e.actor ?? "", e.source.title]
        .join(" ").toLowerCase().includes(words),
    );
    expect(hits.length).toBeGreaterThan(0);
    await page.goto("/data");
    await tableReady(page);
    await page.getByLabel("Sök i text").fill(words);
    await page.getByLabel("Sök i text").press("Enter");
    await expect(page).toHaveURL(/q=bredband/);
    await expect(resultCount(page)).toHaveText(new RegExp(`av ${hits.length} poster`));

    const results = dataset.entries.filter((e) => e.kind === "resultat").length;
    await page.getByRole("combobox", { name: "Typ", exact: true }).selectOption("resultat");
    await expect(page).toHaveURL(/typ=resultat/);
    await page.goBack();
    await expect(page).toHaveURL(/\/data\?q=bredband$/);
    await expect(page.getByRole("combobox", { name: "Typ", exact: true })).toHaveValue("");
    await expect(resultCount(page)).toHaveText(new RegExp(`av ${hits.length} poster`));
    await page.goBack();
    await expect(resultCount(page)).toHaveText(new RegExp(`av ${dataset.entries.length} poster\\.`));
    await expect(page.getByLabel("Sök i text")).toHaveValue("");

    await page.goto("/data?typ=resultat");
    await expect(resultCount(page)).toHaveText(new RegExp(`av ${results} poster`));
  });

  test("år saknas går att filtrera fram och visas som Uppgift saknas", async ({ page }) => {
    const n = dataset.entries.filter((e) => e.year === null).length;
    await page.goto("/data?ar=saknas");
    await expect(resultCount(page)).toHaveText(new RegExp(`av ${n} poster`));
    await expect(page.getByRole("table", { name: tableName }).locator("tbody tr").first()).toContainText("Uppgift saknas");
  });

  test("kolumner kan döljas och sidor bläddras, allt i adressen", async ({ page }) => {
    await page.goto("/data");
    await tableReady(page);
    const table = page.getByRole("table", { name: tableName });
    await expect(table.getByRole("columnheader", { name: "Sammanfattning" })).toBeVisible();
    await page.getByRole("checkbox", { name: "Sammanfattning" }).click();
    await expect(page).toHaveURL(/dolj=sammanfattning/);
    await expect(table.getByRole("columnheader", { name: "Sammanfattning" })).toHaveCount(0);
    await page.getByRole("button", { name: "Nästa" }).click();
    await expect(page).toHaveURL(/sida=2/);
    await expect(resultCount(page)).toHaveText(new RegExp(`Visar 26–50 av ${dataset.entries.length}`));
    await page.reload();
    await expect(table.getByRole("columnheader", { name: "Sammanfattning" })).toHaveCount(0);
    await expect(page.getByText("Sida 2 av")).toBeVisible();
  });

  test("trasiga parametrar ger standardvyn, inte ett fel", async ({ page }) => {
    const res = await page.goto("/data?region=99&tema=%3Cscript%3E&sida=abc&sort=-x&antal=9999&ar=tjugo");
    expect(res?.status()).toBe(200);
    await expect(resultCount(page)).toHaveText(new RegExp(`Visar 1–25 av ${dataset.entries.length} poster\\.`));
  });

  test("ett filter som väljs innan sidan hunnit bli interaktiv gäller när den blivit det", async ({ page }) => {
    // A slow phone: the page is readable and its filters usable before the scripts arrive. Hold them back.
    let release!: () => void;
    const scripts = new Promise<void>((r) => (release = r));
    await page.route("**/_next/static/chunks/*.js", async (route) => {
      await scripts;
      await route.continue();
    });
    await page.goto("/data?typ=insats", { waitUntil: "domcontentloaded" });
    await page.getByRole("combobox", { name: "Region", exact: true }).selectOption("09");
    await expect(page.locator("form.filters[data-ready]")).toHaveCount(0);
    release();
    // Once live, the table applies the choice on top of the shared link's filter, and the address says so.
    await expect(page).toHaveURL(/region=09/);
    await expect(page).toHaveURL(/typ=insats/);
    await expect(page.getByRole("combobox", { name: "Region", exact: true })).toHaveValue("09");
    const n = dataset.entries.filter((e) => e.region === "09" && e.kind === "insats").length;
    await expect(resultCount(page)).toHaveText(new RegExp(`av ${n} poster`));
  });
});
