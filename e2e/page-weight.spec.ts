import { expect, test } from "@playwright/test";
import { dataset, tableReady, theme } from "./dataset";
import { drawnBars } from "./charts";

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
    // The records table's default view and the first chart's table twin, both server HTML.
    const lower = t.nameSv.toLowerCase();
    await expect(page.getByRole("table", { name: `Poster om ${lower} från regionerna` })).toBeVisible();
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
      const jsOnly = [
        page.getByRole("search", { name: "Filtrera poster" }),
        page.getByRole("group", { name: "Visa kolumner" }),
        page.getByRole("navigation", { name: "Sidor" }),
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
        await expect(notice).toContainText("Filtren, sorteringen och bläddringen behöver JavaScript");
        await expect(notice).toContainText("Här visas de 25 första posterna");
        await expect(table.locator("tbody tr")).toHaveCount(Math.min(25, total));
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
        // A table small enough for one page gets the shorter note.
        await expect(page.locator("noscript .notice")).toBeVisible();
        await expect(page.locator("noscript .notice")).toContainText("Filtren och sorteringen behöver JavaScript");
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

  test("datatabellen tar över serverns tabell i stället för att rita om den", async ({ page }) => {
    // Mark the server's table before React runs; a table drawn anew on the client would not carry the mark.
    await page.addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () => {
        document.querySelector("form.filters ~ .table-wrap table")?.setAttribute("data-from-server", "");
      });
    });
    await page.goto("/regioner/09");
    await tableReady(page);
    await expect(page.locator("form.filters ~ .table-wrap table[data-from-server]")).toHaveCount(1);
    // …and it is the live table: filtering it works.
    const before = await page.locator("form.filters ~ .table-wrap table tbody tr").count();
    await page.getByRole("search", { name: "Filtrera poster" }).getByLabel("Typ").selectOption({ index: 1 });
    await expect(page).toHaveURL(/typ=/);
    await expect(page.locator("form.filters ~ .table-wrap table[data-from-server]")).toHaveCount(1);
    expect(await page.locator("form.filters ~ .table-wrap table tbody tr").count()).toBeLessThanOrEqual(before);
  });
});
