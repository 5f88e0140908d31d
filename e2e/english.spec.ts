import { expect, test } from "@playwright/test";
import { dataset, region } from "./dataset";

/** English number format ("1,234.5"), as the English UI must show it. */
const en = (n: number, decimals = 0) =>
  new Intl.NumberFormat("en-GB", { maximumFractionDigits: decimals, minimumFractionDigits: decimals }).format(n);
const ID = "arbetsloshet_bas_20_64";
const value = (code: string, period: string) => dataset.values.find((v) => v.indicator === ID && v.region === code && v.period === period)!.value;

test.describe("English UI", () => {
  test("the overview in English: lang, navigation and links that stay English", async ({ page }) => {
    await page.goto("/en");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Regionläget");
    const nav = page.getByRole("navigation", { name: "Main menu" });
    await expect(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
    await nav.getByRole("link", { name: "Regions" }).click();
    await expect(page).toHaveURL(/\/en\/regioner$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Regions");
    await page.getByRole("link", { name: "Region Gotland", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/regioner\/09$/);
    await expect(page.getByRole("heading", { name: "Indicators: where does Gotland stand?" })).toBeVisible();
  });

  test("the language switch keeps the page and its view", async ({ page }) => {
    await page.goto("/regioner/09");
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/regioner\/09$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("link", { name: "Svenska" }).click();
    await expect(page).toHaveURL(/\/regioner\/09$/);
    await expect(page).not.toHaveURL(/\/en\//);

    await page.goto(`/indikatorer/${ID}?ar=2021&regioner=09,25,00`);
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(new RegExp(`/en/indikatorer/${ID}\\?ar=2021&regioner=09%2C25%2C00$|/en/indikatorer/${ID}\\?ar=2021&regioner=09,25,00$`));
    await expect(page.getByRole("combobox", { name: "Year", exact: true })).toHaveValue("2021");
  });

  test("numbers follow the English locale", async ({ page }) => {
    await page.goto(`/en/indikatorer/${ID}?ar=2021&regioner=09,25,00`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(dataset.indicators.find((i) => i.id === ID)!.nameEn);
    const ranked = page.locator(`[data-chart-id="ind-${ID}"]`);
    await ranked.getByText("Show as table").click();
    await expect(ranked.getByRole("row", { name: /^Gotland/ })).toContainText(`${en(value("09", "2021"), 1)}%`);
    await expect(ranked.getByRole("row", { name: /^Gotland/ })).toContainText(/\d+ of 21/);

    const pop = dataset.values.filter((v) => v.indicator === "folkmangd" && v.region === "01").sort((a, b) => b.year - a.year)[0];
    await page.goto("/en/regioner/01");
    await expect(page.getByText(`${en(pop.value)} inhabitants`)).toBeVisible();
  });

  test("record texts that exist only in Swedish are marked as Swedish", async ({ page }) => {
    await page.goto("/en/regioner/09");
    const first = dataset.entries.find((e) => e.region === "09")!;
    const title = page.getByRole("heading", { name: first.title, exact: true }).first();
    await expect(title).toHaveAttribute("lang", "sv");
    await expect(page.getByText("The records below are in Swedish, as the regions reported them.").first()).toBeVisible();
    await expect(page.getByText(region("09").organisation, { exact: true }).first()).toBeVisible();
  });

  test("an unknown address says so in Swedish and English; an unknown indicator in English; /sv/… goes to the Swedish address", async ({ page }) => {
    const res = await page.goto("/en/finns-inte");
    expect(res?.status()).toBe(404);
    // Rendered on the server without the address's language: Swedish first, then a section marked as English.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sidan finns inte");
    const english = page.locator('section[lang="en"]');
    await expect(english.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(english.getByRole("link", { name: "Regions" })).toHaveAttribute("href", "/en/regioner");

    const res2 = await page.goto("/en/indikatorer/finns-inte");
    expect(res2?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    await expect(page.getByRole("main").getByRole("link", { name: "Regions" })).toHaveAttribute("href", "/en/regioner");

    await page.goto("/sv/regioner/09");
    await expect(page).toHaveURL(/\/regioner\/09$/);
    await expect(page).not.toHaveURL(/\/sv\//);
    await expect(page.locator("html")).toHaveAttribute("lang", "sv");
  });

  test("English embeds may be framed and link back to the English page", async ({ page, request }) => {
    const res = await request.get("/en/embed/regioner/09");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-security-policy"]).toContain("frame-ancestors *");
    await page.goto("/en/embed/regioner/09");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { name: "Records by theme, Region Gotland" })).toBeVisible();
    await expect(page.getByRole("link", { name: /Open in Regionläget/ })).toHaveAttribute("href", "/en/regioner/09");
  });
});
