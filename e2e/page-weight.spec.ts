import { expect, test } from "@playwright/test";
import { dataset, tableReady, theme } from "./dataset";

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
