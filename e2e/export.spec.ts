import fs from "node:fs";
import { unzipSync, strFromU8 } from "fflate";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { dataset, nf } from "./dataset";
import { liveChart } from "./charts";

const ID = "arbetsloshet_bas_20_64";
const URL = `/indikatorer/${ID}?ar=2022`;

async function download(page: Page, card: Locator, name: string) {
  await card.getByRole("button", { name: "Ladda ner", exact: true }).click();
  const [dl] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name, exact: true }).click()]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), bytes: fs.readFileSync(file!) };
}

/** One CSV line's fields (quoted fields may hold commas and doubled quotes). */
function csvFields(line: string): string[] {
  return [...line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)].map((m) => (m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]));
}

/** Rows of the card's table twin as the user reads them. */
async function tableOnScreen(card: Locator): Promise<string[][]> {
  await card.getByText("Visa som tabell").click();
  return card.locator("details table tbody tr").evaluateAll((rows) =>
    rows.map((r) => Array.from(r.querySelectorAll("th,td")).map((c) => (c.textContent ?? "").trim())),
  );
}

test.describe("Exportera diagram och data", () => {
  test("PNG: riktig bild i dubbel upplösning med beskrivande filnamn och alternativtext", async ({ page }) => {
    await page.goto(URL);
    const card = page.locator(`[data-chart-id="ind-${ID}"]`);
    await liveChart(card);
    await expect(card.locator(".recharts-bar-rectangle path").first()).toBeVisible();
    const { name, bytes } = await download(page, card, "Ladda ner diagrammet som PNG-bild");
    expect(name).toMatch(/^regionlaget-[a-z0-9-]+-2022\.png$/);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const width = bytes.readUInt32BE(16);
    const height = bytes.readUInt32BE(20);
    const cssWidth = await card.locator(".recharts-wrapper svg.recharts-surface").first().evaluate((s) => s.getBoundingClientRect().width);
    expect(width).toBeGreaterThanOrEqual(Math.floor(cssWidth * 2));
    expect(height).toBeGreaterThan(400);
    await expect(card.getByText("Kopiera alternativtext")).toBeVisible();
  });

  test("SVG av ett diagram långt ner på sidan: diagrammet laddas innan bilden görs, och bilden säger det på engelska i engelska vyn", async ({ page }) => {
    await page.goto("/en/teman/likvardiga-mojligheter");
    const card = page.locator(`[data-chart-id="ind-${ID}"]`);
    await expect(card.locator(".recharts-bar-rectangle")).toHaveCount(0);
    await card.getByRole("button", { name: "Download", exact: true }).click();
    const [dl] = await Promise.all([
      page.waitForEvent("download"),
      card.getByRole("button", { name: "Download the chart as an SVG image", exact: true }).click(),
    ]);
    const svg = fs.readFileSync((await dl.path())!, "utf8");
    // The chart itself is in the image: at least one shape per county's bar.
    expect((svg.match(/<(rect|path)\b/g) ?? []).length).toBeGreaterThanOrEqual(21);
    expect(svg).toContain("Source:");
    expect(svg).toContain(dataset.indicators.find((i) => i.id === ID)!.nameEn);
  });

  test("SVG: innehåller rubrik, beskrivning och källa", async ({ page }) => {
    await page.goto(URL);
    const card = page.locator(`[data-chart-id="karta-${ID}"]`);
    const { name, bytes } = await download(page, card, "Ladda ner diagrammet som SVG-bild");
    expect(name).toMatch(/\.svg$/);
    const svg = bytes.toString("utf8");
    expect(svg).toContain("<title>");
    expect(svg).toContain("Arbetslöshet 20–64 (BAS) 2022, karta");
    expect(svg).toContain("<desc");
    expect(svg).toContain("Källa: SCB");
    expect(svg).toContain("Regionläget");
    expect(svg).not.toContain("var(--");
  });

  test("CSV och CSV för Excel: samma rader som tabellen på skärmen, med länskod, år, enhet, indikator och källa", async ({ page }) => {
    await page.goto(URL);
    const card = page.locator(`[data-chart-id="ind-${ID}"]`);
    const screen = await tableOnScreen(card);
    const csv = await download(page, card, "Ladda ner diagrammets data som CSV");
    const text = csv.bytes.toString("utf8");
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split("\r\n").map(csvFields);
    expect(lines[0]).toEqual(["Länskod", "Län", "År", "Period", "Värde", "Enhet", "Indikator-id", "Indikator", "Rang", "Källa", "Källans adress"]);
    expect(lines.length - 1).toBe(screen.length);
    expect(lines.slice(1).map((l) => l[1])).toEqual(screen.map((r) => r[0]));
    const ind = dataset.indicators.find((i) => i.id === ID)!;
    const v = dataset.values.find((x) => x.indicator === ID && x.region === "01" && x.period === "2022")!;
    expect(lines.find((l) => l[0] === "01")).toEqual(["01", "Stockholm", "2022", "2022", String(v.value), ind.unit, ID, ind.nameSv, expect.stringMatching(/^\d+$/), v.source.title, v.source.url]);
    const riket = dataset.values.find((x) => x.indicator === ID && x.region === "00" && x.period === "2022")!;
    expect(lines.at(-1)!.slice(0, 5)).toEqual(["00", "Riket", "2022", "2022", String(riket.value)]);

    const excel = await download(page, card, "Ladda ner diagrammets data som CSV för Excel");
    const xl = excel.bytes.toString("utf8").slice(1).trim().split("\r\n");
    expect(xl[0]).toBe("Länskod;Län;År;Period;Värde;Enhet;Indikator-id;Indikator;Rang;Källa;Källans adress");
    expect(xl.find((l) => l.startsWith("01;Stockholm;"))).toContain(`;2022;2022;${String(v.value).replace(".", ",")};`);
  });

  test("Excel: en riktig arbetsbok med tal i cellerna (år och värden) och en flik med källor, varje källa en gång", async ({ page }) => {
    await page.goto(URL);
    const card = page.locator(`[data-chart-id="ind-${ID}"]`);
    const screen = await tableOnScreen(card);
    const { name, bytes } = await download(page, card, "Ladda ner diagrammets data som Excel (XLSX)");
    expect(name).toMatch(/\.xlsx$/);
    const files = unzipSync(new Uint8Array(bytes));
    const sheet = strFromU8(files["xl/worksheets/sheet1.xml"]);
    const rows = sheet.match(/<row[^>]*>[\s\S]*?<\/row>/g)!;
    expect(rows.length - 1).toBe(screen.length);
    const gotland = dataset.values.find((v) => v.indicator === ID && v.region === "09" && v.period === "2022")!.value;
    const row = rows.find((r) => r.includes(">09</t>"))!;
    expect(row).toMatch(/<c r="C\d+"><v>2022<\/v><\/c>/);
    expect(row).toMatch(new RegExp(`<c r="E\\d+"><v>${gotland}</v></c>`));
    const sources = strFromU8(files["xl/worksheets/sheet2.xml"]);
    expect(sources).toContain("SCB");
    const urls = [...sources.matchAll(/>(https?:[^<]+)</g)].map((m) => m[1]).filter((u) => !u.includes("127.0.0.1"));
    expect(urls.length).toBeGreaterThan(0);
    expect(new Set(urls).size).toBe(urls.length);
    expect(strFromU8(files["xl/workbook.xml"])).toContain("Källor");
  });

  test("JSON: samma värden som på skärmen", async ({ page }) => {
    await page.goto(URL);
    const card = page.locator(`[data-chart-id="ind-${ID}"]`);
    const screen = await tableOnScreen(card);
    const { bytes } = await download(page, card, "Ladda ner diagrammets data som JSON");
    const json = JSON.parse(bytes.toString("utf8"));
    expect(json.title).toBe("Arbetslöshet 20–64 (BAS) 2022");
    expect(json.rows).toHaveLength(22);
    expect(json.link).toMatch(new RegExp(`/indikatorer/${ID}\\?ar=2022#ind-${ID}$`));
    const top = dataset.values.filter((v) => v.indicator === ID && v.period === "2022" && v.region !== "00").sort((a, b) => b.value - a.value)[0];
    expect(json.rows[0]).toMatchObject({ lanskod: top.region, ar: 2022, period: "2022", varde: top.value, indikator_id: ID, rang: 1 });
    // The first row on screen shows the same county and value, formatted.
    expect(screen[0][0]).toBe(json.rows[0].lan);
    expect(screen[0][1]).toContain(nf(top.value, 1));
  });

  test("Kopiera länk ger en adress till diagrammet, med bara diagrammets egna parametrar, som öppnar vid diagrammet", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto(`/indikatorer/${ID}?ar=2021&regioner=09,25`);
    const card = page.locator(`[data-chart-id="tidsserie-${ID}"]`);
    await card.getByRole("button", { name: "Kopiera länk" }).click();
    await expect(card.getByText("Länken är kopierad")).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    // The time series depends on the regions only, not on the year the bars show.
    expect(copied).toMatch(new RegExp(`/indikatorer/${ID}\\?regioner=09(,|%2C)25#tidsserie-${ID}$`));
    const other = await context.newPage();
    await other.goto(copied);
    const shared = other.locator(`[data-chart-id="tidsserie-${ID}"]`);
    await expect(shared).toContainText("Gotland, Norrbotten");
    await expect(shared.getByRole("heading").first()).toBeInViewport();
    expect(await other.evaluate(() => window.scrollY)).toBeGreaterThan(500);

    // A chart card on a theme page: the records table's filters are not the chart's.
    await page.goto("/teman/kompetensforsorjning?region=09&typ=insats");
    const bars = page.locator('[data-chart-id="poster-per-region"]');
    await bars.getByRole("button", { name: "Kopiera länk" }).click();
    await expect(bars.getByText("Länken är kopierad")).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/teman\/kompetensforsorjning#poster-per-region$/);
  });

  test("formulären Visa år och Visa regioner landar vid sitt diagram", async ({ page }) => {
    await page.goto(`/indikatorer/${ID}`);
    await page.getByRole("combobox", { name: "År", exact: true }).selectOption("2021");
    await page.getByRole("button", { name: "Visa år" }).click();
    await expect(page).toHaveURL(new RegExp(`\\?ar=2021#ind-${ID}$`));
    await expect(page.locator(`#ind-${ID}-title`)).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);

    await page.getByRole("checkbox", { name: "Gotland", exact: true }).check();
    await page.getByRole("button", { name: "Visa regioner" }).click();
    await expect(page).toHaveURL(new RegExp(`#tidsserie-${ID}$`));
    await expect(page.locator(`#tidsserie-${ID}-title`)).toBeInViewport();
    await expect(page.locator(`[data-chart-id="tidsserie-${ID}"]`)).toContainText("Gotland");
  });

  test("meny och nedladdning fungerar med tangentbordet", async ({ page }) => {
    await page.goto("/regioner/09");
    const card = page.locator('[data-chart-id="poster-per-tema"]');
    await card.getByRole("button", { name: "Ladda ner", exact: true }).focus();
    await page.keyboard.press("Enter");
    const item = card.getByRole("button", { name: "Ladda ner diagrammet som PNG-bild" });
    await expect(item).toBeVisible();
    await item.focus();
    const [dl] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(dl.suggestedFilename()).toMatch(/^regionlaget-region-gotland-poster-per-tema.*\.png$/);
    await page.keyboard.press("Escape");
  });
});

test.describe("Ladda ner tabellens urval och hela datamängden", () => {
  test("CSV av urvalet har exakt de filtrerade raderna i tabellens ordning", async ({ page }) => {
    await page.goto("/data?region=12&sort=-ar&dolj=sammanfattning");
    const expected = dataset.entries.filter((e) => e.region === "12");
    const [dl] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: `Ladda ner urvalet, ${expected.length} poster, som CSV`, exact: true }).click(),
    ]);
    expect(dl.suggestedFilename()).toBe("regionlaget-data-12.csv");
    const lines = fs.readFileSync((await dl.path())!, "utf8").slice(1).trim().split("\r\n");
    expect(lines[0]).toBe("Region,Tema,Typ,Titel,Siffror,År,Källa,Källans adress");
    expect(lines).toHaveLength(expected.length + 1);
    const years = lines.slice(1).map((l) => l.match(/,(\d{4}|Uppgift saknas),/)?.[1]);
    const numeric = years.filter((y) => y && y !== "Uppgift saknas").map(Number);
    expect(numeric).toEqual([...numeric].sort((a, b) => b - a));
    // The first rows on screen are the first rows in the file.
    const firstTitle = await page.getByRole("table", { name: /Regionernas poster/ }).locator("tbody tr").first().locator("td").nth(3).innerText();
    expect(lines[1]).toContain(firstTitle.split("\n")[0]);
  });

  test("hela datamängden som ZIP med README och källor", async ({ request }) => {
    const res = await request.get("/nedladdning/regionlaget-data.zip");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toBe("application/zip");
    const files = unzipSync(new Uint8Array(await res.body()));
    expect(Object.keys(files).sort()).toEqual(["regionlaget-data/KALLOR-OCH-LICENS.md", "regionlaget-data/README.md", "regionlaget-data/dataset.json"]);
    expect(JSON.parse(strFromU8(files["regionlaget-data/dataset.json"])).entries).toHaveLength(dataset.entries.length);
    expect(strFromU8(files["regionlaget-data/KALLOR-OCH-LICENS.md"])).toContain("Källa: SCB");
  });
});

test.describe("Antal poster: staplar, tabell och export i samma ordning, flest först", () => {
  for (const { route, card: id, column } of [
    { route: "/regioner/24", card: "poster-per-tema", column: "Tema" },
    { route: "/teman/kompetensforsorjning", card: "poster-per-region", column: "Län" },
  ]) {
    test(`${route}: ${id}`, async ({ page }) => {
      await page.goto(route);
      const card = page.locator(`[data-chart-id="${id}"]`);
      await liveChart(card);
      const bars = (await card.locator(".recharts-yAxis-tick-labels text").allTextContents()).map((t) => t.replace(/\s+/g, ""));
      const screen = await tableOnScreen(card);
      const totals = screen.map((r) => Number(r.at(-1)));
      expect(totals).toEqual([...totals].sort((a, b) => b - a));
      expect(totals[0]).toBeGreaterThan(totals.at(-1)!);
      expect(bars).toEqual(screen.map((r) => r[0].replace(/\s+/g, "")));
      const csv = await download(page, card, "Ladda ner diagrammets data som CSV");
      const lines = csv.bytes.toString("utf8").slice(1).trim().split("\r\n").map(csvFields);
      const at = lines[0].indexOf(column);
      expect(lines.slice(1).map((l) => l[at])).toEqual(screen.map((r) => r[0]));
    });
  }
});
