import { expect, test, type Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { dataset } from "./dataset";
import { CARDS_FIRST_PAGE, sortForCards } from "../lib/derive/record-cards";

const SV = { box: "Sök regioner, teman, indikatorer och poster", list: "Förslag" };
const EN = { box: "Search regions, themes, indicators and records", list: "Suggestions" };

/** Keyboard only: Tab from the top of the page to the header's search box, type, choose the first suggestion with Down and Enter. */
async function searchAndOpenFirst(page: Page, text: string, labels = SV) {
  const box = page.getByRole("combobox", { name: labels.box });
  for (let i = 0; i < 30 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
  await expect(box).toBeFocused();
  await page.keyboard.type(text);
  const list = page.getByRole("listbox", { name: labels.list });
  await expect(list).toBeVisible();
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await page.keyboard.press("ArrowDown");
  const first = list.getByRole("option").first();
  await expect(first).toHaveAttribute("aria-selected", "true");
  await expect(box).toHaveAttribute("aria-activedescendant", (await first.getAttribute("id"))!);
  const name = (await first.locator("span").first().textContent())!;
  await page.keyboard.press("Enter");
  return name;
}

async function axe(page: Page) {
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page, scheme)).toEqual([]);
  }
}

test.describe("Sök i sidhuvudet", () => {
  test("hittar Gotland och öppnar regionen med tangentbordet", async ({ page }) => {
    await page.goto("/om");
    const name = await searchAndOpenFirst(page, "Gotland");
    expect(name).toBe("Region Gotland");
    await expect(page).toHaveURL(/\/regioner\/09$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Region Gotland");
  });

  test("hittar bredband: indikatorerna för bredband först", async ({ page }) => {
    const broadband = dataset.indicators.filter((i) => /bredband/i.test(i.nameSv));
    expect(broadband.length).toBeGreaterThan(0);
    await page.goto("/");
    const name = await searchAndOpenFirst(page, "bredband");
    const ind = broadband.find((i) => i.nameSv === name);
    expect(ind, `the first suggestion (${name}) is a broadband indicator`).toBeTruthy();
    await expect(page).toHaveURL(new RegExp(`/indikatorer/${ind!.id}$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(ind!.nameSv);
  });

  test("hittar BRP och öppnar indikatorn; listan grupperas och Escape stänger den", async ({ page }) => {
    const brp = dataset.indicators.filter((i) => /\bBRP\b/.test(i.nameSv));
    await page.goto("/teman");
    const box = page.getByRole("combobox", { name: SV.box });
    await box.focus();
    await page.keyboard.type("BRP");
    const list = page.getByRole("listbox", { name: SV.list });
    const group = list.getByRole("group", { name: /^Indikatorer/ });
    await expect(group.getByRole("option")).toHaveCount(Math.min(4, brp.length));
    await page.keyboard.press("Escape");
    await expect(list).toBeHidden();
    await expect(box).toHaveAttribute("aria-expanded", "false");
    await expect(box).toHaveValue("BRP");
    await page.keyboard.press("ArrowDown");
    await expect(list).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/indikatorer/(${brp.map((i) => i.id).join("|")})$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(brp.map((i) => i.nameSv.replace(/[()]/g, "\\$&")).join("|")));
  });

  test("Enter utan val visar alla träffar på /sok", async ({ page }) => {
    await page.goto("/regioner");
    await page.getByRole("combobox", { name: SV.box }).fill("klimat");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/sok\?q=klimat$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sök");
  });

  test("in English: finds Gotland and keeps the English address", async ({ page }) => {
    await page.goto("/en/om");
    const name = await searchAndOpenFirst(page, "Gotland", EN);
    expect(name).toBe("Region Gotland");
    await expect(page).toHaveURL(/\/en\/regioner\/09$/);
  });

  test("axe: the open suggestion list, light and dark, sv and en", async ({ page }) => {
    test.setTimeout(180_000);
    for (const [path, labels, q] of [["/om", SV, "klimat"], ["/en/om", EN, "broadband"]] as const) {
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(path);
      await page.getByRole("combobox", { name: labels.box }).focus();
      await page.keyboard.type(q);
      await page.keyboard.press("ArrowDown");
      await expect(page.getByRole("listbox", { name: labels.list }).getByRole("option").first()).toHaveAttribute("aria-selected", "true");
      await axe(page);
    }
  });
});

test.describe("Söksidan /sok", () => {
  test("fungerar utan JavaScript: träffar grupperade per slag, med länkar", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/sok?q=klimat");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sök");
    const status = page.getByText(/träffar för ”klimat”\.$/);
    await expect(status).toBeVisible();
    const n = Number((await status.textContent())!.match(/^(\d+)/)![1]);
    const main = page.getByRole("main");
    // One link per hit (a record's second link, "i datatabellen", sits in its line of context).
    const results = main.locator("section ol > li > a");
    await expect(results).toHaveCount(n);
    const klimat = dataset.themes.find((t) => /klimat/i.test(t.nameSv))!;
    await expect(main.getByRole("region", { name: /^Teman/ }).getByRole("link", { name: klimat.nameSv })).toHaveAttribute("href", `/teman/${klimat.slug}`);
    const ghg = dataset.indicators.find((i) => /växthusgaser/i.test(i.nameSv))!;
    await expect(main.getByRole("region", { name: /^Indikatorer/ }).getByRole("link", { name: ghg.nameSv })).toBeVisible();
    // The header's box is a plain form too: it leads here without JavaScript.
    await page.getByRole("combobox", { name: SV.box }).fill("Gotland");
    await page.getByRole("search", { name: "Sök på webbplatsen" }).first().getByRole("button", { name: "Sök" }).click();
    await expect(page).toHaveURL(/\/sok\?q=Gotland$/);
    await expect(main.getByRole("region", { name: /^Regioner/ }).getByRole("link").first()).toHaveText("Region Gotland");
    await context.close();
  });

  test("utan JavaScript: en post längre ner på regionsidan öppnas i datatabellen", async ({ browser }) => {
    // A record of Västerbotten that is not among the region page's first cards (their HTML has only those).
    const e = sortForCards(dataset.entries.filter((x) => x.region === "24"), dataset.themes)[CARDS_FIRST_PAGE];
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/sok?q=${encodeURIComponent(e.title)}`);
    const hit = page.getByRole("main").getByRole("region", { name: /^Poster/ }).getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: e.title, exact: true }) });
    await hit.getByRole("link", { name: `${e.title} i datatabellen` }).click();
    await expect(page).toHaveURL(/\/data\?region=24&q=/);
    await expect(page.getByRole("table", { name: /Regionernas poster/ }).locator("tbody tr").filter({ hasText: e.title })).toHaveCount(1);
    await context.close();
  });

  test("en länskod hittar regionen, och ett ord utan träffar säger det", async ({ page }) => {
    await page.goto("/sok?q=24");
    await expect(page.getByRole("main").locator("section ol li a").first()).toHaveText(dataset.regions.find((r) => r.code === "24")!.organisation);
    await page.goto("/sok?q=xyzzyq");
    await expect(page.getByText("Inga träffar för ”xyzzyq”.")).toBeVisible();
  });

  test("a record opens its card on its region page", async ({ page }) => {
    const e = dataset.entries.find((x) => x.region !== "00" && /bredband/i.test(x.title))!;
    await page.goto(`/en/sok?q=${encodeURIComponent(e.title)}`);
    const link = page.getByRole("main").getByRole("region", { name: /^Records/ }).getByRole("link", { name: e.title, exact: true });
    await expect(link).toHaveAttribute("href", `/en/regioner/${e.region}#post-${e.id}`);
    await link.click();
    await expect(page.locator(`[id="post-${e.id}"]`)).toBeVisible();
  });

  test("axe på /sok, svenska och engelska, ljust och mörkt", async ({ page }) => {
    test.setTimeout(180_000);
    for (const path of ["/sok?q=klimat", "/en/sok?q=klimat", "/sok"]) {
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(path);
      await axe(page);
    }
  });
});
