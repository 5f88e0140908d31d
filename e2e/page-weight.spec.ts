import { expect, test } from "@playwright/test";
import { dataset, tableReady, theme } from "./dataset";
import { drawnBars } from "./charts";
import { CARDS_FIRST_PAGE } from "../lib/derive/record-cards";

/**
 * What keeps the pages light, asserted as structure (never as timings: these machines are shared and noisy; the
 * figures are in `npm run bench`).
 */
const ROUTES = ["/", "/regioner/09", "/teman/kompetensforsorjning", "/indikatorer/arbetsloshet_bas_20_64", "/data", "/om", "/en/teman/kompetensforsorjning"];

test.describe("Lätta sidor", () => {
  test("sidornas HTML läses uppifrån och ned: inget innehåll skickas i efterhand för ett skript att flytta på plats", async ({ request }) => {
    for (const route of ROUTES) {
      const html = await (await request.get(route)).text();
      // React streams a large Suspense boundary out of order: a placeholder "<!--$?-->" and a hidden "S:" div
      // at the end of the document, moved into place by a script. Without JavaScript that content stays hidden.
      expect(html, route).not.toContain("<!--$?-->");
      expect(html, route).not.toMatch(/<div hidden id="S:\d+"/);
    }
  });

  test("utan JavaScript syns tabeller, diagramtabeller och källor", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const t = theme("kompetensforsorjning");
    await page.goto("/teman/kompetensforsorjning");
    await expect(page.getByRole("heading", { level: 1, name: t.nameSv })).toBeVisible();
    // The first page of record cards and the first chart's table twin, both server HTML.
    const lower = t.nameSv.toLowerCase();
    await expect(page.getByRole("list", { name: `Poster om ${lower} från regionerna` }).locator(":scope > li")).toHaveCount(CARDS_FIRST_PAGE);
    await page.getByText("Visa som tabell").first().click();
    const twin = page.locator("section.chart-card details[open] table").first();
    await expect(twin).toBeVisible();
    await expect(twin.locator("tbody tr")).toHaveCount(dataset.regions.length);
    await expect(page.locator("section.chart-card footer a[href^='http']").first()).toBeVisible();
    await context.close();
  });

  test("utan JavaScript visas inga kontroller som inte fungerar, och tabellen säger var alla poster finns", async ({ browser }) => {
    const total = dataset.entries.length;
    for (const js of [false, true]) {
      const context = await browser.newContext({ javaScriptEnabled: js });
      const page = await context.newPage();
      await page.goto("/data");
      const table = page.getByRole("table", { name: /Regionernas poster/ });
      await expect(table).toBeVisible();
      // (Playwright's text search skips <noscript>, so the note is found by its class.)
      const notice = page.locator("noscript .notice");
      // /data is paged and filtered on the server: its filters and pager are plain GET forms and work either way.
      const both = [page.getByRole("search", { name: "Filtrera poster" }), page.getByRole("navigation", { name: "Sidor" })];
      for (const control of both) await expect(control).toBeVisible();
      const jsOnly = [
        page.getByRole("group", { name: "Visa kolumner" }),
        page.getByRole("button", { name: /som CSV$/ }),
        page.getByLabel("Öppna egen datafil"),
        page.getByLabel("Färgschema"),
      ];
      // The whole dataset is a plain link: it is there either way.
      const zip = page.getByRole("link", { name: "Hela datamängden (ZIP)", exact: true });
      await expect(zip).toBeVisible();
      await expect(zip).toHaveAttribute("href", "/nedladdning/regionlaget-data.zip");
      if (js) {
        for (const control of jsOnly) await expect(control).toBeVisible();
        await expect(notice).toBeHidden();
      } else {
        for (const control of jsOnly) await expect(control).toBeHidden();
        await expect(notice).toBeVisible();
        await expect(notice).toContainText("Kolumnvalet och nedladdningen av urvalet behöver JavaScript");
        await expect(notice).toContainText("Filtren, sorteringen och bläddringen fungerar ändå.");
        await expect(table.locator("tbody tr")).toHaveCount(Math.min(25, total));
        await expect(page.getByRole("button", { name: "Visa urvalet" })).toBeVisible();
        await expect(notice.getByRole("link", { name: "hela datamängden (ZIP)", exact: true })).toHaveAttribute("href", "/nedladdning/regionlaget-data.zip");
      }
      // Chart cards: without JavaScript the drawn chart (from the server HTML), the description and the table twin, but
      // no download menu.
      await page.goto("/teman/kompetensforsorjning");
      const card = page.locator("section.chart-card").first();
      await expect(card.locator("figcaption")).toBeVisible();
      await expect(card.getByText("Visa som tabell")).toBeVisible();
      if (js) {
        await expect(card.getByRole("button", { name: "Ladda ner", exact: true })).toBeVisible();
        await expect(card.locator("[data-lazy-chart]")).toBeVisible();
      } else {
        await expect(card.getByRole("button", { name: "Ladda ner", exact: true })).toBeHidden();
        await expect(card.locator("[data-lazy-chart]")).toBeVisible();
        await expect(drawnBars(card).first()).toBeVisible();
        // The records are cards: without JavaScript the first page shows, the filters above them are hidden, and a
        // link leads to all of them in the records table (paged on the server).
        await expect(page.getByRole("search", { name: "Filtrera poster" })).toBeHidden();
        await expect(page.getByRole("list", { name: /^Poster om / }).locator(":scope > li:visible")).toHaveCount(CARDS_FIRST_PAGE);
        const n = dataset.entries.filter((e) => e.theme === "kompetensforsorjning" && e.region !== "00").length;
        await expect(page.getByRole("link", { name: `Alla ${n} poster i datatabellen` })).toHaveAttribute("href", "/data?tema=kompetensforsorjning");
      }
      await context.close();
    }
  });

  test("länkar hämtar nästa sida först när pekaren når länken, inte när de syns", async ({ page }) => {
    const fetched: string[] = [];
    page.on("request", (r) => {
      if (r.url().includes("_rsc=")) fetched.push(new URL(r.url()).pathname);
    });
    await page.goto("/om");
    await page.waitForLoadState("networkidle");
    await page.waitForTimeout(500);
    expect(fetched, "inget hämtas i förväg för länkar som bara syns").toEqual([]);
    const data = page.getByRole("navigation", { name: /Huvudmeny/i }).getByRole("link", { name: "Data" });
    await data.hover();
    // Next may split one prefetch into several requests (route tree and segments): all of them for /data only.
    await expect.poll(() => fetched.length).toBeGreaterThan(0);
    expect(new Set(fetched)).toEqual(new Set(["/data"]));
    await data.click();
    await expect(page).toHaveURL(/\/data$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });

  test("postkorten tar över serverns lista i stället för att rita om den", async ({ page }) => {
    // Mark the server's card list before React runs; a list drawn anew on the client would not carry the mark.
    // (Before issue 16 this checked the records table on the region page, which is now a list of cards.)
    await page.addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () => {
        document.querySelector("form.filters ~ ul[aria-label]")?.setAttribute("data-from-server", "");
      });
    });
    await page.goto("/regioner/09");
    await tableReady(page);
    const list = page.locator("form.filters ~ ul[aria-label][data-from-server]");
    await expect(list).toHaveCount(1);
    // …and it is the live list: filtering it works.
    const before = await list.locator(":scope > li:visible").count();
    await page.getByRole("search", { name: "Filtrera poster" }).getByLabel("Typ").selectOption({ index: 1 });
    await expect(page).toHaveURL(/typ=/);
    await expect(page.locator("form.filters ~ ul[aria-label][data-from-server]")).toHaveCount(1);
    expect(await list.locator(":scope > li:visible").count()).toBeLessThanOrEqual(before);
  });
});
