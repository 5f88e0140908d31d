import { expect, test } from "@playwright/test";
import { axeViolations } from "./axe";
import { dataset, region, resultCount, tableReady, theme } from "./dataset";
import { CARDS_FIRST_PAGE } from "../lib/derive/record-cards";

test.describe("Sidor som svarar direkt (issue 16)", () => {
  test("regionsidan: posterna är kort utan regionkolumn, filtret ändrar antalet och adressen", async ({ page }) => {
    const r = region("24");
    const entries = dataset.entries.filter((e) => e.region === "24");
    expect(entries.length, "Västerbotten has more records than one page").toBeGreaterThan(CARDS_FIRST_PAGE);
    // The page carries the first page of cards; the rest are fetched (once) when a filter or "Visa alla" needs them.
    const fetched: string[] = [];
    page.on("request", (req) => { if (req.url().includes("/api/poster/")) fetched.push(new URL(req.url()).pathname); });
    await page.goto("/regioner/24");
    await expect(page.getByRole("main").getByRole("columnheader", { name: "Region", exact: true })).toHaveCount(0);
    const cards = page.getByRole("list", { name: `Poster för ${r.organisation}` }).locator(":scope > li");
    await expect(cards).toHaveCount(CARDS_FIRST_PAGE);
    await tableReady(page);
    await expect(resultCount(page)).toHaveText(`Visar ${CARDS_FIRST_PAGE} av ${entries.length} poster.`);
    expect(fetched).toEqual([]);
    const kind = entries[0].kind;
    const n = entries.filter((e) => e.kind === kind).length;
    await page.getByRole("search", { name: "Filtrera poster" }).getByLabel("Typ").selectOption(kind);
    await expect(page).toHaveURL(new RegExp(`typ=${kind}`));
    await expect(resultCount(page)).toHaveText(
      n > CARDS_FIRST_PAGE
        ? `Visar ${CARDS_FIRST_PAGE} av ${n} matchande poster (av ${entries.length}).`
        : `Visar ${n} av ${entries.length} ${entries.length === 1 ? "post" : "poster"}.`,
    );
    await expect(cards.locator("visible=true")).toHaveCount(Math.min(n, CARDS_FIRST_PAGE));
    expect(fetched).toEqual(["/api/poster/sv/region/24"]);
    await page.goBack();
    // The first page of cards, then "Visa alla": the rest appear and focus moves to the first of them.
    await expect(resultCount(page)).toHaveText(`Visar ${CARDS_FIRST_PAGE} av ${entries.length} poster.`);
    await expect(cards.locator("visible=true")).toHaveCount(CARDS_FIRST_PAGE);
    await page.getByRole("button", { name: `Visa alla ${entries.length} poster` }).click();
    await expect(resultCount(page)).toHaveText(`Visar ${entries.length} av ${entries.length} poster.`);
    await expect(cards.locator("visible=true")).toHaveCount(entries.length);
    await expect(cards.nth(CARDS_FIRST_PAGE)).toBeFocused();
    expect(fetched, "fetched once").toHaveLength(1);
  });

  test("temasidan: \"Visa alla\" hämtar resten av posterna och flyttar fokus till den första nya", async ({ page }) => {
    const t = theme("kompetensforsorjning");
    const entries = dataset.entries.filter((e) => e.theme === t.slug && e.region !== "00");
    await page.goto(`/teman/${t.slug}`);
    const cards = page.getByRole("list", { name: /^Poster om / }).locator(":scope > li");
    await expect(cards).toHaveCount(CARDS_FIRST_PAGE);
    await tableReady(page);
    await page.getByRole("button", { name: `Visa alla ${entries.length} poster` }).click();
    await expect(cards.locator("visible=true")).toHaveCount(entries.length);
    await expect(cards.nth(CARDS_FIRST_PAGE)).toBeFocused();
  });

  test("regionsidan på en telefon: antal poster per tema och vem man kan lära av börjar stängda, öppna på datorn", async ({ browser }) => {
    const entries = dataset.entries.filter((e) => e.region === "24");
    const themesWith = new Set(entries.map((e) => e.theme)).size;
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, locale: "sv-SE" });
      const page = await context.newPage();
      await page.goto("/regioner/24");
      const chartSummary = page.getByText(`Diagram: ${entries.length} poster i ${themesWith} av ${dataset.themes.length} teman`, { exact: true });
      const chart = page.locator('[data-chart-id="poster-per-tema"]');
      const learn = page.getByRole("heading", { level: 3, name: "Vem kan Västerbotten lära av?" });
      await expect(chartSummary).toBeVisible();
      await expect(learn).toBeVisible();
      if (width === 390) {
        await expect(chart).toBeHidden();
        await expect(page.getByTestId("learn-theme").first()).toBeHidden();
        await chartSummary.click();
        await expect(chart).toBeVisible();
        await learn.click();
        await expect(page.getByTestId("learn-theme").first()).toBeVisible();
      } else {
        await expect(chart).toBeVisible();
        await expect(page.getByTestId("learn-theme").first()).toBeVisible();
      }
      await context.close();
    }
  });

  test("regionsidan utan JavaScript: första sidan poster, och en länk till alla i datatabellen", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const r = region("24");
    const entries = dataset.entries.filter((e) => e.region === "24");
    await page.goto("/regioner/24");
    const cards = page.getByRole("list", { name: `Poster för ${r.organisation}` }).locator(":scope > li");
    await expect(cards.locator("visible=true")).toHaveCount(CARDS_FIRST_PAGE);
    await expect(page.getByText(`Visar ${CARDS_FIRST_PAGE} av ${entries.length} poster.`)).toBeVisible();
    await expect(page.getByRole("button", { name: /^Visa alla/ })).toHaveCount(0);
    // The rest are in the records table, paged on the server: that works without JavaScript too.
    await page.getByRole("link", { name: `Alla ${entries.length} poster i datatabellen` }).click();
    await expect(page).toHaveURL(/\/data\?region=24$/);
    await expect(resultCount(page)).toHaveText(`Visar 1–${Math.min(25, entries.length)} av ${entries.length} poster (av totalt ${dataset.entries.length}).`);
    await context.close();
  });

  test("temasidan börjar med indikatorerna; antal poster ligger under Täckning", async ({ page }) => {
    const t = theme("kompetensforsorjning");
    await page.goto("/teman/kompetensforsorjning");
    const h2 = await page.getByRole("main").locator("h2").allTextContents();
    const at = (s: string) => h2.findIndex((x) => x.startsWith(s));
    expect(at("Indikatorer för temat")).toBeGreaterThanOrEqual(0);
    expect(at("Indikatorer för temat")).toBeLessThan(at("Vad regionerna har gjort"));
    expect(at("Vad regionerna har gjort")).toBeLessThan(at("Täckning"));
    expect(at("Täckning")).toBeLessThan(at("Källor"));
    const count = page.getByRole("heading", { name: new RegExp(`Antal poster om ${t.nameSv.toLowerCase()} per region`) });
    expect(await count.evaluate((el) => el.closest("section")!.compareDocumentPosition(document.getElementById("tackning")!) & Node.DOCUMENT_POSITION_PRECEDING)).toBeTruthy();
    // No card repeats the page's theme.
    await expect(page.getByRole("list", { name: /^Poster om / }).getByText(t.nameSv, { exact: true })).toHaveCount(0);
  });

  test("hopplänkar: från sidans topp till postfiltret med några få tangenttryck", async ({ page }) => {
    await page.goto("/teman/kompetensforsorjning");
    await tableReady(page);
    let tabs = 0;
    const press = async (key: string) => {
      if (key === "Tab") tabs++;
      await page.keyboard.press(key);
    };
    await press("Tab");
    await expect(page.getByRole("link", { name: "Hoppa till innehållet" })).toBeFocused();
    await press("Enter");
    const poster = page.getByRole("navigation", { name: "På sidan" }).getByRole("link", { name: "Poster" });
    while (tabs < 15 && !(await poster.evaluate((el) => el === document.activeElement))) await press("Tab");
    await expect(poster).toBeFocused();
    await press("Enter");
    await expect(page).toHaveURL(/#poster$/);
    await press("Tab");
    await expect(page.getByRole("search", { name: "Filtrera poster" }).getByRole("combobox").first()).toBeFocused();
    expect(tabs).toBeLessThan(15);
  });

  test("strategierna på en tidslinje, med tabell och länkar till region och källa", async ({ page }) => {
    await page.goto("/regioner");
    const card = page.locator('[data-chart-id="strategier-tidslinje"]');
    await expect(card.getByRole("heading", { name: "Regionernas utvecklingsstrategier: antagen och tidshorisont" })).toBeVisible();
    const both = dataset.strategies.filter((s) => s.adopted !== null && s.horizon !== null).length;
    await expect(card.locator("figcaption")).toContainText(`${dataset.strategies.length} strategier; ${both} anger både antagandeår och tidshorisont.`);
    for (const s of dataset.strategies) {
      await expect(card.locator(`svg a[href="/regioner/${s.region}"]`).first()).toBeAttached();
      await expect(card.locator(`svg a[href="${s.source.url}"]`).first()).toBeAttached();
    }
    await card.getByText("Visa som tabell").click();
    await expect(card.locator("details table tbody tr")).toHaveCount(dataset.strategies.length);
  });

  test("breda tabeller: första kolumnen står kvar, rullmarkering, och År och Källa syns på /data vid 1280 px", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto("/data");
    const table = page.getByRole("table", { name: /Regionernas poster/ });
    for (const name of ["År", "Källa"]) {
      const box = (await table.getByRole("columnheader", { name }).boundingBox())!;
      expect(box.x + box.width, `${name} i bild`).toBeLessThanOrEqual(1280);
    }
    // The whole table fits its frame: no sideways scrolling at 1280 px.
    const fits = await table.evaluate((el) => el.scrollWidth <= el.closest(".table-wrap")!.clientWidth);
    expect(fits, "the records table fits 1280 px").toBe(true);
    await page.setViewportSize({ width: 390, height: 800 });
    const wrap = table.locator("xpath=ancestor::div[contains(@class,'table-wrap')][1]");
    await expect(wrap).toHaveAttribute("data-scroll", "start");
    await wrap.evaluate((el) => el.scrollBy(200, 0));
    await expect(wrap).toHaveAttribute("data-scroll", /middle|end/);
    const first = table.locator("tbody tr").first().locator("td").first();
    expect(await first.evaluate((el) => getComputedStyle(el).position)).toBe("sticky");
  });

  // As the page first shows (static charts, nothing opened); accessibility.spec checks every route with its charts drawn.
  test("axe: regionsidan, temasidan och /regioner med tidslinjen som de först visas, svenska och engelska, ljust och mörkt", async ({ page }) => {
    test.setTimeout(300_000);
    for (const path of ["/regioner", "/en/regioner", "/teman/kompetensforsorjning", "/en/regioner/24"]) {
      await page.emulateMedia({ colorScheme: "light" });
      await page.goto(path);
      for (const scheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        expect(await axeViolations(page, scheme, path)).toEqual([]);
      }
    }
  });

  test("axe hittar ett fel när ett finns (testet kan falla)", async ({ page }) => {
    await page.goto("/om");
    // Added at the end of <body>, which React's hydration leaves alone (inside <main> it could be thrown away).
    await page.waitForLoadState("networkidle");
    await page.evaluate(() => {
      const img = document.createElement("img");
      img.src = "/icon.svg";
      document.body.append(img);
    });
    expect(await axeViolations(page, "light")).toEqual([expect.stringMatching(/^light: image-alt: /)]);
    await page.evaluate(() => {
      const p = Object.assign(document.createElement("p"), { textContent: "Grått på vitt" });
      p.style.cssText = "color:#bbb;background:#fff";
      document.body.append(p);
    });
    expect(await axeViolations(page, "dark")).toEqual([expect.stringMatching(/^dark: color-contrast: /)]);
  });
});
