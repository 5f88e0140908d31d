import { expect, test } from "@playwright/test";
import { dataset, nf } from "./dataset";
import { drawnBars, liveChart } from "./charts";

const ID = "arbetsloshet_bas_20_64";

test.describe("Bädda in", () => {
  test("inbäddningen visar samma diagram som sidan, utan navigering, och får ramas in", async ({ page, request }) => {
    await page.goto(`/indikatorer/${ID}?ar=2021`);
    const onPage = page.locator(`[data-chart-id="ind-${ID}"]`);
    const pageTitle = await onPage.getByRole("heading").first().textContent();
    await onPage.getByRole("button", { name: "Bädda in" }).click();
    const code = await onPage.getByRole("textbox", { name: /Kod för att bädda in/ }).inputValue();
    expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\/indikatorer\/arbetsloshet_bas_20_64\?ar=2021&amp;vy=stapel" title="[^"]+"/);
    const src = code.match(/src="([^"]+)"/)![1].replace(/&amp;/g, "&");

    await page.goto(src);
    await expect(page.getByRole("navigation", { name: "Huvudmeny" })).toHaveCount(0);
    const embedded = page.locator(`[data-chart-id="ind-${ID}"]`);
    await expect(embedded.getByRole("heading").first()).toHaveText(pageTitle!);
    await expect(drawnBars(embedded)).toHaveCount(21);
    await liveChart(embedded);
    await expect(embedded.locator(".recharts-bar-rectangle")).toHaveCount(21);
    const riket = dataset.values.find((v) => v.indicator === ID && v.region === "00" && v.period === "2021")!.value;
    await expect(embedded.getByText(`Riket: ${nf(riket, 1)}`)).toBeVisible();
    await expect(page.getByRole("link", { name: /Öppna i Regionläget/ })).toHaveAttribute("href", `/indikatorer/${ID}?ar=2021`);

    const res = await request.get(src);
    expect(res.headers()["content-security-policy"]).toContain("frame-ancestors *");
    expect(res.headers()["x-frame-options"]).toBeUndefined();
  });

  test("inbäddad karta och tidsserie, region och tema", async ({ page }) => {
    await page.goto(`/embed/indikatorer/${ID}?ar=2022&vy=karta`);
    await expect(page.getByTestId("map-region")).toHaveCount(21);
    await page.goto(`/embed/indikatorer/${ID}?regioner=09,00&vy=tidsserie`);
    await expect(page.locator(`[data-chart-id="tidsserie-${ID}"]`)).toContainText("Gotland, Riket");
    await page.goto("/embed/regioner/09");
    await expect(page.getByRole("heading", { name: "Antal poster per tema, Region Gotland" })).toBeVisible();
    await page.goto("/embed/teman/integration?vy=karta");
    await expect(page.getByTestId("map-region")).toHaveCount(21);
    expect((await page.goto("/embed/regioner/99"))?.status()).toBe(404);
  });
});

test("länkar i en inbäddning öppnas i en ny flik, och ramen visar fortfarande diagrammet", async ({ page, baseURL }) => {
  // The host page with our embed in an iframe. It is served (by the test) from our own origin: Chromium blocks a
  // public host page from framing 127.0.0.1, and cross-origin framing is covered by the headers test above.
  await page.route(`${baseURL}/vardsida`, (route) =>
    route.fulfill({ contentType: "text/html", body: `<h1>Värdsida</h1><iframe title="Karta" src="${baseURL}/embed/karta" width="600" height="900"></iframe>` }),
  );
  await page.goto("/vardsida");
  const frame = page.frameLocator("iframe");
  const gotland = frame.getByRole("link", { name: /^Gotland: \d+ poster? \(öppnas i ny flik\)$/ });
  await expect(gotland).toBeVisible();
  const [popup] = await Promise.all([page.context().waitForEvent("page"), gotland.click()]);
  await popup.waitForLoadState();
  expect(new URL(popup.url()).pathname).toBe("/regioner/09");
  await expect(popup.getByRole("heading", { level: 1 })).toContainText("Gotland");
  // The frame has not navigated away from the map.
  await expect(frame.getByTestId("map-region")).toHaveCount(21);
  expect(page.frames()[1].url()).toBe(`${baseURL}/embed/karta`);

  // HTML links in the embed (here: a region in the table twin) open in a new tab too.
  await frame.getByText("Visa som tabell").click();
  const tableLink = frame.getByRole("table").getByRole("link", { name: "Västra Götaland" });
  const [popup2] = await Promise.all([page.context().waitForEvent("page"), tableLink.click()]);
  await popup2.waitForLoadState();
  expect(new URL(popup2.url()).pathname).toBe("/regioner/14");
  expect(page.frames()[1].url()).toBe(`${baseURL}/embed/karta`);
});

test("nedladdningar i en inbäddning laddas ner, de öppnar ingen ny flik", async ({ page }) => {
  const tabs: string[] = [];
  page.context().on("page", (p) => tabs.push(p.url()));
  await page.goto("/embed/teman/integration");
  for (const name of ["Ladda ner diagrammet som PNG-bild", "Ladda ner diagrammets data som CSV"]) {
    await page.getByRole("button", { name: "Ladda ner", exact: true }).click();
    const [dl] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name, exact: true }).click()]);
    expect(dl.suggestedFilename()).toMatch(/^regionlaget-tema-integration-poster-per-region(-a4\.png|\.csv)$/);
  }
  expect(tabs).toEqual([]);
  expect(new URL(page.url()).pathname).toBe("/embed/teman/integration");
});
