import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";

/**
 * The embed snippet on a host page in another origin (a second loopback server, "localhost" instead of 127.0.0.1):
 * the frame takes the height the embed reports, so the whole chart, its source and credit show without an inner
 * scrollbar.
 */
const ID = "arbetsloshet_bas_20_64";

let host: http.Server;
let hostOrigin = "";
let body = "";

test.beforeAll(async () => {
  host = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!doctype html><html lang="sv"><head><title>Värdsida</title></head><body style="margin:0;width:640px"><h1>Värdsida</h1>${body}<p>Efter ramen</p></body></html>`);
  });
  await new Promise<void>((resolve) => host.listen(Number(process.env.E2E_PORT ?? 3100) + 1, "127.0.0.1", resolve));
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
});
test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

async function snippetFor(page: Page, route: string, cardId: string): Promise<string> {
  await page.goto(route);
  const card = page.locator(`[data-chart-id="${cardId}"]`);
  await card.getByRole("button", { name: "Bädda in" }).click();
  return card.getByRole("textbox", { name: /Kod för att bädda in/ }).inputValue();
}

for (const { what, route, cardId, sourceText } of [
  { what: "stapeldiagram", route: `/indikatorer/${ID}?ar=2022`, cardId: `ind-${ID}`, sourceText: "Källa: SCB" },
  { what: "karta", route: `/indikatorer/${ID}?ar=2022`, cardId: `karta-${ID}`, sourceText: "Källa: SCB" },
  { what: "tidsserie", route: `/indikatorer/${ID}?regioner=09,00`, cardId: `tidsserie-${ID}`, sourceText: "Källa: SCB" },
]) {
  test(`inbäddat ${what} på en värdsida i ett annat ursprung visas helt, utan rullning i ramen`, async ({ page }) => {
    const snippet = await snippetFor(page, route, cardId);
    expect(snippet).toMatch(/^<iframe [^>]*height="\d+"[^>]*data-regionlaget><\/iframe>\n<script>/);
    body = snippet;
    await page.goto(`${hostOrigin}/`);
    const iframe = page.locator("iframe[data-regionlaget]");
    const frame = page.frameLocator("iframe[data-regionlaget]");
    await expect(frame.locator(`[data-chart-id="${cardId}"]`)).toBeVisible();
    await expect(frame.getByText("Öppna i Regionläget")).toBeVisible();
    // The frame is as tall as the embed's page: no inner scrollbar, and the footer (source, credit) inside the frame.
    await expect
      .poll(async () => {
        const inner = await frame.locator("body").evaluate((b) => ({ page: document.documentElement.scrollHeight, view: window.innerHeight, body: Math.ceil(b.getBoundingClientRect().height) }));
        const outer = (await iframe.boundingBox())!.height;
        return inner.page <= inner.view && Math.abs(outer - inner.body) <= 2;
      }, { timeout: 15_000 })
      .toBe(true);
    const frameBox = (await iframe.boundingBox())!;
    for (const text of [sourceText, "Öppna i Regionläget"]) {
      const box = (await frame.getByText(text).first().boundingBox())!;
      expect(box.y + box.height).toBeLessThanOrEqual(frameBox.y + frameBox.height);
    }
    // Opening the table twin makes the embed taller; the frame follows.
    const before = frameBox.height;
    await frame.getByText("Visa som tabell").click();
    await expect.poll(async () => (await iframe.boundingBox())!.height, { timeout: 10_000 }).toBeGreaterThan(before + 200);
  });
}
