/**
 * Issue 15 (data depth v2): the report's seven conclusions on the overview with their source, source types next to
 * source links (a mirror-sourced value labelled as such), the period and source-type filters on /data, and the
 * report's publication number and ISBN on /om. Expected texts are computed from data/dataset.json.
 */
import { expect, test } from "@playwright/test";
import { dataset, resultCount, tableReady } from "./dataset";
import { liveChart } from "./charts";

const report = dataset.meta.report!;
const conclusions = dataset.entries.filter((e) => e.region === "00" && e.kind === "slutsats" && e.source.url === report.url);

test("the overview shows each of the report's seven conclusions with its source link", async ({ page }) => {
  expect(conclusions).toHaveLength(7);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 2, name: "Tillväxtverkets slutsatser om 2023" })).toBeVisible();
  await expect(page.getByText(`Tillväxtverkets 7 huvudslutsatser i rapporten ${report.title} (publikationsnummer ${report.number}, ${report.year}), med våra ord.`)).toBeVisible();
  for (const c of conclusions) {
    const item = page.locator(`#post-${c.id}`);
    await expect(item.getByRole("heading", { level: 3, name: c.title, exact: true })).toBeVisible();
    const link = item.getByRole("link", { name: c.source.title, exact: true });
    await expect(link).toHaveAttribute("href", report.url);
    await expect(item.getByText("Myndighet", { exact: true })).toBeVisible();
  }
});

test("a mirror-sourced value is labelled as a mirror, next to its source", async ({ page }) => {
  const mirrored = dataset.values.filter((v) => v.indicator === "befolkningstathet" && v.region !== "00" && v.source.type === "spegel");
  expect(mirrored.length).toBeGreaterThan(0);
  await page.goto("/indikatorer/befolkningstathet");
  const table = page.getByRole("table", { name: /Befolkningstäthet.*alla uppgifter/ });
  const row = table.getByRole("row").filter({ hasText: dataset.regions.find((r) => r.code === mirrored[0].region)!.name });
  await expect(row.getByRole("link", { name: mirrored[0].source.title })).toBeVisible();
  await expect(row.getByRole("cell", { name: "Spegelsida", exact: true })).toBeVisible();
});

test("a population value first read from a mirror now cites the region's own page, with the mirror in the note", async ({ page }) => {
  await page.goto("/indikatorer/folkmangd?ar=2023");
  // The ranking card's footer names its first two sources: Stockholm's (re-cited) and the mirror transcript.
  const footer = page.locator("footer").filter({ has: page.getByRole("link", { name: /Region Stockholm: Svagaste folkökningen/ }) }).first();
  await expect(footer.getByText("Regionens egen publikation", { exact: true })).toBeVisible();
  await expect(footer.getByRole("link", { name: /Avskrift \(spegelsida\) av SCB/ })).toBeVisible();
  await expect(footer.getByText("Spegelsida", { exact: true })).toBeVisible();
});

test("/data filters by source type (kalla=) and period (period=) from the address", async ({ page }) => {
  const mirrors = dataset.entries.filter((e) => e.source.type === "spegel");
  await page.goto("/data?kalla=spegel");
  await tableReady(page);
  await expect(page.getByLabel("Slag av källa")).toHaveValue("spegel");
  await expect(resultCount(page)).toHaveText(`Visar 1–${mirrors.length} av ${mirrors.length} poster (av totalt ${dataset.entries.length}).`);
  const rows = page.getByRole("table").first().locator("tbody tr");
  await expect(rows).toHaveCount(mirrors.length);
  for (const r of await rows.all()) await expect(r.getByText("Spegelsida", { exact: true })).toBeVisible();

  const inForce = dataset.entries.filter((e) => e.period.kind === "i-kraft" && (e.period.from ?? -Infinity) <= 2023 && (e.period.to ?? Infinity) >= 2023 && (e.period.from !== null || e.period.to !== null));
  await page.goto("/data?period=i-kraft");
  await tableReady(page);
  await expect(page.getByLabel("Period")).toHaveValue("i-kraft");
  await expect(resultCount(page)).toContainText(`av ${inForce.length} poster (av totalt ${dataset.entries.length}).`);
});

test("/om gives the report's publication number and ISBN", async ({ page }) => {
  await page.goto("/om");
  await expect(page.locator("#rapporten")).toHaveText(
    `Rapporten: ${report.publisher}, ${report.title}, publikationsnummer ${report.number}, ISBN ${report.isbn} (${report.year}).`,
  );
  await expect(page.getByRole("heading", { level: 3, name: "Källtyper" })).toBeVisible();
});

test("an indicator page states the change over the period, computed from the data", async ({ page }) => {
  await page.goto("/indikatorer/vaxthusgaser_territoriella_ton");
  await expect(page.locator("#forandring")).toHaveText("De 21 länen tillsammans: från 70,7 till 47,5 miljoner ton koldioxidekvivalenter 1990–2024.");
});

test("the climate indicator's time series spans 1990–2024 on a true time axis (2000→2005 as wide as 2015→2020)", async ({ page }) => {
  const id = "vaxthusgaser_territoriella_ton";
  const years = [...new Set(dataset.values.filter((v) => v.indicator === id).map((v) => v.year))].sort((a, b) => a - b);
  expect([years[0], years.at(-1)]).toEqual([1990, 2024]);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/indikatorer/${id}`);
  const card = page.locator(`[data-chart-id="tidsserie-${id}"]`);
  await liveChart(card);
  // Every year tick, with the middle of its label: on a time axis x is a linear function of the year.
  const ticks = card.locator("[data-chart-loaded] .recharts-xAxis-tick-labels text").filter({ hasText: /^\d{4}$/ });
  await expect(ticks.first()).toBeVisible();
  const points: [number, number][] = [];
  for (const t of await ticks.all()) {
    const box = (await t.boundingBox())!;
    points.push([Number(await t.textContent()), box.x + box.width / 2]);
  }
  expect(points.length).toBeGreaterThanOrEqual(3);
  expect(points[0][0]).toBeLessThanOrEqual(1995);
  expect(points.at(-1)![0]).toBeGreaterThanOrEqual(2020);
  const [[y0, x0], [y1, x1]] = [points[0], points.at(-1)!];
  const perYear = (x1 - x0) / (y1 - y0);
  expect(perYear).toBeGreaterThan(2);
  for (const [y, x] of points) expect(Math.abs(x - (x0 + (y - y0) * perYear)), `tick ${y}`).toBeLessThan(2);
  // (A category axis would space the data's years 1990, 2000, 2005, …, 2023, 2024 evenly and fail the line above.)
});

test("a source's note reads as Swedish in the English UI: lang=sv and a visible “(in Swedish)”", async ({ page }) => {
  const entry = dataset.entries.find((e) => e.region !== "00" && e.source.note)!;
  await page.goto(`/en/regioner/${entry.region}#post-${entry.id}`);
  const note = page.locator(`#post-${entry.id} .source-note`);
  await expect(note).toBeVisible();
  await expect(note.locator('[lang="sv"]')).toHaveText(entry.source.note!);
  await expect(note).toHaveText(`${entry.source.note} (in Swedish)`);
  // The Swedish page has the note and no marker.
  await page.goto(`/regioner/${entry.region}#post-${entry.id}`);
  await expect(page.locator(`#post-${entry.id} .source-note`)).toHaveText(entry.source.note!);
});
