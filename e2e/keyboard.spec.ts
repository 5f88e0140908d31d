import { expect, test, type Page } from "@playwright/test";
import { dataset, resultCount, tableReady } from "./dataset";

/** Press Tab until the focused element matches, as a keyboard user would; fails after `max` presses. */
async function tabTo(page: Page, matches: (el: { tag: string; text: string; label: string }) => boolean, max = 250) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      const id = a?.id;
      const lab = id ? document.querySelector(`label[for="${id}"]`)?.textContent ?? "" : "";
      return { tag: a?.tagName ?? "", text: (a?.textContent ?? "").trim(), label: (a?.getAttribute("aria-label") ?? lab).trim() };
    });
    if (matches(el)) return;
  }
  throw new Error("Hittade inte elementet med tangentbordet");
}

/** The focused element shows a visible focus indicator. */
async function expectVisibleFocus(page: Page) {
  const outline = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement as Element);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  expect(outline.style).not.toBe("none");
  expect(outline.width).toBeGreaterThanOrEqual(2);
}

/** Keyboard only: Tab to the region's link on a region list and open it with Enter. */
async function chooseRegion(page: Page, list: string, name: string, url: RegExp) {
  await page.goto(list);
  await tabTo(page, (e) => e.tag === "A" && e.text === name);
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(url);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
}

/** Keyboard only: on a data page, choose the first kind ("insats") in the kind filter; the address follows. */
async function filterByFirstKind(page: Page, dataPath: string, kindLabel: string) {
  await page.goto(dataPath);
  await tableReady(page);
  await tabTo(page, (e) => e.tag === "SELECT" && e.label === kindLabel);
  await expectVisibleFocus(page);
  await page.keyboard.press("ArrowDown"); // first kind after "Alla" / "All"
  await expect(page).toHaveURL(/typ=insats/);
  return dataset.entries.filter((e) => e.kind === "insats").length;
}

/** Keyboard only: Tab to the first chart's download menu, open it, and download the PNG image. */
async function downloadChartPng(page: Page, path: string, menu: string, png: string) {
  await page.goto(path);
  await tabTo(page, (e) => e.tag === "BUTTON" && e.text.startsWith(menu));
  await expectVisibleFocus(page);
  await page.keyboard.press("Enter");
  await page.keyboard.press("ArrowDown");
  await expect(page.getByRole("button", { name: png }).first()).toBeFocused();
  const [dl] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  expect(dl.suggestedFilename()).toMatch(/\.png$/);
}

test.describe("Bara tangentbord", () => {
  test("hopplänken leder till innehållet", async ({ page }) => {
    await page.goto("/regioner");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Hoppa till innehållet" })).toBeFocused();
    await expectVisibleFocus(page);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#innehall$/);
    await page.keyboard.press("Tab");
    const inMain = await page.evaluate(() => !!document.activeElement?.closest("main"));
    expect(inMain).toBe(true);
  });

  test("välja en region", async ({ page }) => {
    await chooseRegion(page, "/regioner", "Region Gotland", /\/regioner\/09$/);
  });

  test("filtrera tabellen", async ({ page }) => {
    const n = await filterByFirstKind(page, "/data", "Typ");
    await expect(resultCount(page)).toHaveText(new RegExp(`av ${n} poster`));
    await expect(page.getByRole("combobox", { name: "Typ", exact: true })).toBeFocused();
    await tabTo(page, (e) => e.tag === "INPUT" && e.label === "Sök i text");
    await page.keyboard.type("klimat");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/q=klimat/);
  });

  test("jämföra regioner", async ({ page }) => {
    await page.goto("/jamfor");
    for (const name of ["Stockholm", "Skåne", "Västra Götaland"]) {
      await page.getByRole("checkbox", { name, exact: true }).focus();
      await expectVisibleFocus(page);
      await page.keyboard.press("Space");
    }
    await tabTo(page, (e) => e.tag === "BUTTON" && e.text === "Jämför");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/jamfor\?regioner=/);
    expect(new URL(page.url()).searchParams.getAll("regioner").flatMap((v) => v.split(",")).sort()).toEqual(["01", "12", "14"]);
    await expect(page.getByRole("columnheader", { name: /Västra Götalandsregionen/ }).first()).toBeVisible();
  });

  test("ladda ner en diagrambild", async ({ page }) => {
    await downloadChartPng(page, "/teman/kompetensforsorjning", "Ladda ner", "Ladda ner diagrammet som PNG-bild");
  });
});

/** The same jobs in the English UI: labels, focus and announcements are English, the addresses keep /en. */
test.describe("Keyboard only, in English", () => {
  test("skip link, choose a region, filter the table", async ({ page }) => {
    await page.goto("/en/regioner");
    await page.keyboard.press("Tab");
    await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();
    await expectVisibleFocus(page);
    await chooseRegion(page, "/en/regioner", "Region Gotland", /\/en\/regioner\/09$/);

    const n = await filterByFirstKind(page, "/en/data", "Type");
    await expect(page).toHaveURL(/\/en\/data\?.*typ=insats/);
    await expect(page.getByRole("status").filter({ hasText: /records/ })).toHaveText(new RegExp(`of ${n} records`));
    await expect(page.getByRole("combobox", { name: "Type", exact: true })).toBeFocused();
  });

  test("download a chart image", async ({ page }) => {
    await downloadChartPng(page, "/en/teman/kompetensforsorjning", "Download", "Download the chart as a PNG image");
    await expect(page.getByText("The PNG image has been downloaded.", { exact: false }).first()).toBeVisible();
  });
});
