import fs from "node:fs";
import path from "node:path";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { dataset } from "./dataset";
import { svgMarkupTextProblems } from "./chart-text";

/**
 * Image presets: the same preset gives the same image on a phone and on a desktop (the chart is drawn offscreen at
 * the preset's width), Presentation 16:9 is 1920 × 1080 px, Rapport 1600 px wide, and the caption and legend wrap
 * instead of being clipped. Set EXPORT_DIR to keep the files for a look.
 */
const ID = "brp_per_invanare";
const year = dataset.values.filter((v) => v.indicator === ID).map((v) => v.period).sort().at(-1)!;
const URL = `/indikatorer/${ID}?ar=${encodeURIComponent(year)}`;

async function exportImage(page: Page, card: Locator, size: string, format: "PNG" | "SVG", lang: "sv" | "en") {
  await card.getByRole("button", { name: lang === "sv" ? "Ladda ner" : "Download", exact: true }).click();
  await card.getByRole("radio", { name: new RegExp(`^${size}`) }).check();
  const name = lang === "sv" ? `Ladda ner diagrammet som ${format}-bild` : `Download the chart as an? ${format} image`;
  const [dl] = await Promise.all([page.waitForEvent("download"), card.getByRole("button", { name: new RegExp(`^${name}$`) }).click()]);
  const bytes = fs.readFileSync((await dl.path())!);
  if (process.env.EXPORT_DIR) fs.writeFileSync(path.join(process.env.EXPORT_DIR, `${test.info().title.replace(/\W+/g, "_")}-${page.viewportSize()!.width}-${dl.suggestedFilename()}`), bytes);
  return { name: dl.suggestedFilename(), bytes };
}

const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });
/**
 * What a reader sees in an SVG: its size and every text, in order (the export date and link are the same on both).
 * A text's line breaks are left out: recharts measures axis labels with the page's body font size, which is smaller on
 * a phone, so "Västra Götaland" may wrap on one device and not on the other until the charts measure text themselves.
 */
const svgText = (b: Buffer) => {
  const s = b.toString("utf8");
  const size = s.match(/<svg [^>]*width="(\d+)" height="(\d+)"/)!.slice(1, 3).join("×");
  return { size, texts: [...s.matchAll(/<text\b[^>]*>([\s\S]*?)<\/text>/g)].map((m) => m[1].replace(/<[^>]+>/g, "").replace(/\s+/g, "")) };
};

for (const lang of ["sv", "en"] as const) {
  const prefix = lang === "en" ? "/en" : "";
  const sizes = lang === "sv" ? { slide: "Presentation 16:9", report: "Rapport", screen: "Som på skärmen" } : { slide: "Presentation 16:9", report: "Report", screen: "As on screen" };

  // Swedish: the ranked bars and the map. English: the ranked bars (the presets' layout does not depend on the
  // language; English texts in every chart type and preset are checked by the next test).
  const cards = lang === "sv" ? [`ind-${ID}`, `karta-${ID}`] : [`ind-${ID}`];
  test(`${lang}: samma förval ger samma bild från 390 och 1280 px (${lang === "sv" ? "stapeldiagram och karta" : "stapeldiagram"}, PNG och SVG)`, async ({ browser }) => {
    test.setTimeout(180_000);
    const results: Record<number, Record<string, unknown>> = {};
    for (const width of [390, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "sv-SE", timezoneId: "Europe/Stockholm" });
      const page = await context.newPage();
      await page.goto(prefix + URL);
      const out: Record<string, unknown> = {};
      for (const cardId of cards) {
        const card = page.locator(`[data-chart-id="${cardId}"]`);
        const slide = await exportImage(page, card, sizes.slide, "PNG", lang);
        expect(pngSize(slide.bytes)).toEqual({ width: 1920, height: 1080 });
        expect(slide.name).toMatch(/-16x9-/);
        const report = await exportImage(page, card, sizes.report, "PNG", lang);
        expect(pngSize(report.bytes).width).toBe(1600);
        out[`${cardId} report png`] = pngSize(report.bytes);
        out[`${cardId} slide svg`] = svgText((await exportImage(page, card, sizes.slide, "SVG", lang)).bytes);
        out[`${cardId} report svg`] = svgText((await exportImage(page, card, sizes.report, "SVG", lang)).bytes);
      }
      // As on screen follows the screen: narrower on the phone.
      const screen = await exportImage(page, page.locator(`[data-chart-id="ind-${ID}"]`), sizes.screen, "PNG", lang);
      out.screenWidth = pngSize(screen.bytes).width;
      results[width] = out;
      await context.close();
    }
    const { screenWidth: phone, ...phoneRest } = results[390];
    const { screenWidth: desktop, ...desktopRest } = results[1280];
    expect(phoneRest).toEqual(desktopRest);
    expect(phone as number).toBeLessThan(desktop as number);

    expect(Object.keys(desktopRest)).toHaveLength(cards.length * 3);
    // The map legend's heading (the unit) is whole in the image, wrapped over lines if it is long.
    if (!cards.includes(`karta-${ID}`)) return;
    const unit = dataset.indicators.find((i) => i.id === ID)!.unit;
    const mapTexts = (desktopRest[`karta-${ID} report svg`] as { texts: string[] }).texts.join("");
    expect(mapTexts.replace(/\s+/g, "")).toContain(unit.replace(/\s+/g, ""));
  });
}

// Exported SVG files pass the same text check as the charts on a page (e2e/chart-text.ts): no two text boxes intersect
// and none leaves the image. A ranked bar chart, the map and a time series, every preset, from a desktop and (As on
// screen, the one preset that follows the device) from a phone.
for (const lang of ["sv", "en"] as const) {
  const prefix = lang === "en" ? "/en" : "";
  const sizes = lang === "sv" ? ["Presentation 16:9", "Rapport", "Som på skärmen"] : ["Presentation 16:9", "Report", "As on screen"];

  test(`${lang}: exporterade SVG-bilder har ingen text som krockar eller klipps (stapeldiagram, karta, tidsserie)`, async ({ browser }) => {
    test.setTimeout(240_000);
    const files: { label: string; markup: string }[] = [];
    for (const width of [1280, 390]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: "sv-SE", timezoneId: "Europe/Stockholm" });
      const page = await context.newPage();
      await page.goto(prefix + URL);
      for (const cardId of [`ind-${ID}`, `karta-${ID}`, `tidsserie-${ID}`]) {
        const card = page.locator(`[data-chart-id="${cardId}"]`);
        for (const size of width === 1280 ? sizes : sizes.slice(2)) {
          const { name, bytes } = await exportImage(page, card, size, "SVG", lang);
          files.push({ label: `${width} px, ${size}, ${name}`, markup: bytes.toString("utf8") });
        }
      }
      await context.close();
    }
    expect(files).toHaveLength(12);
    const checker = await browser.newPage();
    const problems: string[] = [];
    for (const f of files) {
      expect(f.markup, f.label).toMatch(/<svg\b/);
      for (const p of await svgMarkupTextProblems(checker, f.markup)) problems.push(`${f.label}: ${p}`);
      // Not a vacuous pass: the file was laid out and its texts (title, labels, source) were measured.
      expect(await checker.locator("body > svg text").count(), f.label).toBeGreaterThan(10);
    }
    await checker.close();
    expect(problems).toEqual([]);
  });
}

test("the exported-SVG check finds overlapping and clipped text in a file (it can fail)", async ({ page }) => {
  const file = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="300" height="120" font-family="sans-serif">
  <title>Test</title>
  <svg x="0" y="40" width="300" height="60"><text x="10" y="20" font-size="13">Västra Götaland</text></svg>
  <text x="40" y="64" font-size="13">517</text>
  <text x="10" y="126" font-size="13">tusen kronor per invånare (löpande priser)</text>
</svg>`;
  const problems = await svgMarkupTextProblems(page, file);
  expect(problems).toHaveLength(2);
  expect(problems[0]).toMatch(/^"tusen kronor per invånare \(löpande priser\)" \[10,\d+ \d+×\d+\] leaves the SVG \(300×120\)$/);
  expect(problems[1]).toMatch(/^"Västra Götaland" \[10,\d+ \d+×\d+\] overlaps "517" \[40,\d+ \d+×\d+\]$/);
});
