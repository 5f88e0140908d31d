import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { defaultPeriod as periodOf, rankingFor } from "../lib/derive/indicators";
import { rankedIndicatorCard } from "../lib/cards/ranked-indicator";
import { indicatorMapCard } from "../lib/cards/indicator-map";
import { dataset, region } from "./dataset";

/** The period a page shows by default (lib/derive/indicators). */
function defaultPeriod(id: string) {
  return periodOf(dataset.values, id)?.period ?? null;
}
/** The region's value and rank among the län in the default period (lib/derive/indicators rankingFor). */
function standing(id: string, code: string) {
  const period = defaultPeriod(id);
  if (!period) return null;
  const r = rankingFor(dataset.values, id, period, dataset.regions);
  const mine = r.rows.find((x) => x.code === code);
  if (!mine || mine.value === null || mine.rank === null) return null;
  return { period, value: mine.value, rank: mine.rank, of: r.count };
}
/** Indicators with a value for the region in their default period, by the first theme (or none: background). */
function profileOf(code: string) {
  return dataset.indicators.filter((i) => !i.fragment && defaultPeriod(i.id) && standing(i.id, code));
}
async function noSideScroll(page: Page) {
  const { sw, cw } = await page.evaluate(() => ({ sw: document.documentElement.scrollWidth, cw: document.documentElement.clientWidth }));
  expect(sw).toBeLessThanOrEqual(cw);
}

for (const width of [390, 1280]) {
  for (const lang of ["sv", "en"] as const) {
    const prefix = lang === "en" ? "/en" : "";
    test.describe(`${lang}, ${width} px`, () => {
      test.use({ viewport: { width, height: 900 } });

      test("regionprofilen: en rad per indikator med värde, grupperad per tema, regionens prick markerad", async ({ page }) => {
        const code = "24";
        await page.goto(`${prefix}/regioner/${code}`);
        const profile = page.getByTestId("region-profile");
        const expected = profileOf(code);
        expect(expected.length).toBeGreaterThan(0);
        const rows = profile.getByTestId("profile-row");
        await expect(rows).toHaveCount(expected.length);
        expect((await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-indicator")))).sort()).toEqual(expected.map((i) => i.id).sort());
        // Grouped by theme: one group per first theme (plus background for indicators without a theme).
        const groups = new Set(expected.map((i) => i.themes.find((t) => dataset.themes.some((x) => x.slug === t)) ?? null));
        const groupEls = profile.getByTestId("profile-group");
        await expect(groupEls).toHaveCount(groups.size);
        // On a phone the groups start closed (a short list of themes, each summing up the standing); wide, they are open.
        const open = await groupEls.evaluateAll((els) => els.map((e) => (e as HTMLDetailsElement).open));
        expect(open).toEqual(open.map(() => width > 640));
        if (width <= 640) {
          await expect(rows.first()).toBeHidden();
          await expect(groupEls.first().locator("summary")).toContainText(lang === "en" ? /^.+\d+ indicators?: / : /^.+\d+ indikator(er)?: /);
          for (const g of await groupEls.all()) await g.locator("summary").click();
        }
        for (const slug of groups) {
          if (!slug) continue;
          const th = dataset.themes.find((t) => t.slug === slug)!;
          await expect(profile.getByRole("heading", { level: 3, name: lang === "en" ? th.nameEn : th.nameSv, exact: true })).toBeVisible();
        }
        // Every row's strip marks the region; the strip's accessible name says its value and rank.
        for (const ind of expected.slice(0, 5)) {
          const row = profile.locator(`[data-indicator="${ind.id}"]`);
          await expect(row.locator(`svg[data-marked][data-code="${code}"]`)).toHaveCount(1);
          const s = standing(ind.id, code)!;
          const rankWords = lang === "en" ? `rank ${s.rank} of ${s.of}` : `rang ${s.rank} av ${s.of}`;
          await expect(row.getByRole("img")).toHaveAccessibleName(new RegExp(`^${region(code).name} .*\\(${rankWords}`));
        }
        await noSideScroll(page);
      });

      test("rang läses rätt: lägst arbetslöshet är bättre än riket", async ({ page }) => {
        // Whichever region has the lowest unemployment in the data.
        const id = "arbetsloshet_bas_20_64";
        const period = defaultPeriod(id)!;
        const vals = dataset.values.filter((v) => v.indicator === id && v.period === period && v.region !== "00");
        const low = vals.reduce((a, b) => (b.value < a.value ? b : a));
        const riket = dataset.values.find((v) => v.indicator === id && v.period === period && v.region === "00");
        await page.goto(`${prefix}/regioner/${low.region}`);
        const row = page.getByTestId("region-profile").locator(`[data-indicator="${id}"]`);
        await expect(row).toContainText(lang === "en" ? `rank ${vals.length} of ${vals.length}, lowest` : `rang ${vals.length} av ${vals.length}, lägst`);
        if (riket && riket.value > low.value) await expect(row).toContainText(lang === "en" ? "better than Sweden" : "bättre än riket");
      });

      test("liknande regioner och vem man kan lära av, med metoden på Om-sidan", async ({ page }) => {
        await page.goto(`${prefix}/regioner/24`);
        const section = page.getByRole("region", { name: lang === "en" ? "Similar regions and who to learn from" : "Liknande regioner och vem man kan lära av" });
        await expect(section.getByRole("listitem").filter({ has: page.getByRole("link") }).first()).toBeVisible();
        await expect(section.locator("ol > li")).toHaveCount(5);
        await section.getByRole("link", { name: lang === "en" ? "How we calculate this" : "Så räknar vi" }).click();
        await expect(page.getByRole("heading", { level: 2, name: lang === "en" ? "Similar regions and who to learn from" : "Liknande regioner och vem man kan lära av" })).toBeVisible();
        await expect(page.getByText(lang === "en" ? /Euclidean distance/ : /euklidiska avståndet/)).toBeVisible();
      });

      test("regionsidans poster har ingen regionkolumn", async ({ page }) => {
        await page.goto(`${prefix}/regioner/24`);
        // The records are cards; neither a table column nor a card's line of facts repeats the page's own region.
        const cards = page.getByRole("list", { name: lang === "en" ? /^Records for/ : /^Poster för/ }).locator(":scope > li");
        await expect(cards.first()).toBeVisible();
        await expect(page.getByRole("main").getByRole("columnheader", { name: "Region", exact: true })).toHaveCount(0);
        const metas = await cards.locator(":scope > p:first-child").allTextContents();
        expect(metas.length).toBeGreaterThan(0);
        expect(metas.filter((m) => m.includes(region("24").organisation))).toEqual([]);
      });

      test("jämförelsen ritar ett diagram per indikator och ryms utan sidledes rullning", async ({ page }) => {
        const codes = ["01", "12", "14"];
        await page.goto(`${prefix}/jamfor?regioner=${codes.join(",")}`);
        const expected = dataset.indicators.filter((i) => !i.fragment && defaultPeriod(i.id));
        const strips = page.getByTestId("compare-strip");
        await expect(strips).toHaveCount(expected.length);
        for (const c of codes) await expect(strips.first().locator(`svg[data-marked][data-code="${c}"]`)).toHaveCount(1);
        // The strips are grouped by theme; on a phone the groups start closed and open on a click.
        const section = page.locator("section", { has: page.getByTestId("compare-strip") });
        const groups = section.locator("details:has([data-testid=compare-strip])");
        const open = await groups.evaluateAll((els) => els.map((e) => (e as HTMLDetailsElement).open));
        expect(open.length).toBeGreaterThan(1);
        expect(open).toEqual(open.map(() => width > 640));
        if (width <= 640) {
          await groups.first().locator("summary").click();
          await expect(groups.first().getByTestId("compare-strip").first()).toBeVisible();
        }
        // Records by theme as small multiples: one per theme.
        await expect(page.getByTestId("records-multiples").getByRole("heading", { level: 3 })).toHaveCount(dataset.themes.length);
        await noSideScroll(page);
      });

      test("?min=24 markerar Västerbotten i staplarna och på kartan, och följer med länkar och Bakåt", async ({ page }) => {
        const id = "arbetsloshet_bas_20_64";
        const vb = region("24").name;
        // The cards' sentences (lib/cards, unit-tested there) start with my region's standing.
        // The indicator page lists the län by county code (lib/indicator-view).
        const regions = [...dataset.regions].sort((a, b) => a.code.localeCompare(b.code));
        const input = { indicator: dataset.indicators.find((i) => i.id === id)!, values: dataset.values, regions, period: defaultPeriod(id)!, highlight: "24" };
        const barsText = rankedIndicatorCard(input, lang).description;
        const mapText = indicatorMapCard(input, lang).description;
        expect(barsText).toMatch(new RegExp(`^${vb}: .* \\((rang|rank) \\d+ (av|of) 21`));
        await page.goto(`${prefix}/indikatorer/${id}?min=24`);
        const bars = page.locator(`[data-chart-id="ind-${id}"]`);
        await expect(bars.locator("figcaption")).toHaveText(barsText);
        await bars.scrollIntoViewIfNeeded();
        // Drawn by the server (or live, once reached): either way the bar's label marks my region.
        await expect(bars.locator("svg.sc-surface, svg.recharts-surface").getByText(`▶ ${vb}`).filter({ visible: true })).toHaveCount(1);
        const map = page.locator(`[data-chart-id="karta-${id}"]`);
        await expect(map.locator("figcaption")).toHaveText(mapText);
        await expect(map.getByTestId("map-highlight")).toHaveAttribute("data-code", "24");
        await expect(map.getByTestId("map-legend")).toContainText(lang === "en" ? `${vb} (my region)` : `${vb} (min region)`);
        // Carried on: the breadcrumb link to all indicators keeps the region; Back returns with it. The bar is there
        // and the page has loaded (the link handler is installed when the page hydrates).
        await expect(page.getByRole("region", { name: lang === "en" ? "My region" : "Min region" })).toContainText(vb);
        await page.waitForLoadState("networkidle");
        await page.getByRole("navigation", { name: lang === "en" ? "Breadcrumbs" : "Brödsmulor" }).getByRole("link").last().click();
        await expect(page).toHaveURL(/[?&]min=24(&|$)/);
        // The list page has rendered (a person presses Back on a page they see, not while it is on its way).
        await expect(page.getByRole("heading", { level: 1, name: lang === "en" ? "Indicators" : "Indikatorer", exact: true })).toBeVisible();
        await expect(page.getByRole("region", { name: lang === "en" ? "My region" : "Min region" })).toContainText(vb);
        await page.waitForLoadState("networkidle");
        await page.goBack();
        await expect(page).toHaveURL(new RegExp(`/indikatorer/${id}\\?min=24$`));
        await expect(page.locator(`[data-chart-id="karta-${id}"]`).getByTestId("map-highlight")).toHaveAttribute("data-code", "24");
      });
    });
  }
}

// The static theme and region pages are drawn without ?min: the bars name their county, and CSS marks my region.
for (const [width, lang] of [[390, "sv"], [1280, "en"]] as const) {
  test(`?min=24 markerar Västerbotten också i temasidans staplar (${lang}, ${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${lang === "en" ? "/en" : ""}/teman/likvardiga-mojligheter?min=24`);
    const style = (card: string, code: string) =>
      page.locator(`[data-chart-id="${card}"] g[data-code="${code}"] > path`).filter({ visible: true }).first()
        .evaluate((el) => ({ fill: getComputedStyle(el).fill, stroke: getComputedStyle(el).stroke, width: getComputedStyle(el).strokeWidth }));
    const label = (card: string, code: string) =>
      page.locator(`[data-chart-id="${card}"] text[data-code="${code}"]`).filter({ visible: true }).first().evaluate((el) => getComputedStyle(el).fontWeight);
    const ranked = "ind-arbetsloshet_bas_20_64";
    await page.locator(`[data-chart-id="${ranked}"]`).scrollIntoViewIfNeeded();
    // Västerbotten in the highlight colour (Okabe–Ito vermillion) with an outline and a bold name; Skåne as before.
    expect(await style(ranked, "24")).toEqual({ fill: "rgb(213, 94, 0)", stroke: expect.stringMatching(/^rgb/), width: "2px" });
    expect((await style(ranked, "12")).fill).not.toBe("rgb(213, 94, 0)");
    expect(await label(ranked, "24")).toBe("700");
    expect(await label(ranked, "12")).not.toBe("700");
    // Records per region (stacked by kind): the kind colours stay, and the row's name is bold.
    const counts = "poster-per-region";
    await page.locator(`[data-chart-id="${counts}"]`).scrollIntoViewIfNeeded();
    expect(await label(counts, "24")).toBe("700");
    expect(await label(counts, "12")).not.toBe("700");
    // The description names my region first, as on the indicator page (lib/cards), and its table row is bold.
    const id = "arbetsloshet_bas_20_64";
    const input = { indicator: dataset.indicators.find((i) => i.id === id)!, values: dataset.values, regions: dataset.regions, period: defaultPeriod(id)! };
    const plain = rankedIndicatorCard(input, lang).description;
    const mine = rankedIndicatorCard({ ...input, highlight: "24" }, lang).description;
    expect(mine).toMatch(new RegExp(`^${region("24").name}: .* \\((rang|rank) \\d+ (av|of) 21`));
    const card = page.locator(`[data-chart-id="${ranked}"]`);
    // What is shown (innerText): the other counties' sentences are in the card, hidden.
    const shown = () => card.locator("figcaption").evaluate((el) => (el as HTMLElement).innerText.trim());
    await expect.poll(shown).toBe(mine);
    await card.getByText(lang === "en" ? "Show as table" : "Visa som tabell").click();
    expect(await card.locator('tr[data-row="24"] > th').evaluate((el) => getComputedStyle(el).fontWeight)).toBe("700");
    expect(await card.locator('tr[data-row="12"] > th').evaluate((el) => getComputedStyle(el).fontWeight)).not.toBe("700");
    // An exported image says why the bar stands out, and where my region stands.
    await card.getByRole("button", { name: lang === "en" ? "Download" : "Ladda ner", exact: true }).click();
    const [dl] = await Promise.all([
      page.waitForEvent("download"),
      card.getByRole("button", { name: lang === "en" ? /^Download the chart as an SVG image$/ : /^Ladda ner diagrammet som SVG-bild$/ }).click(),
    ]);
    const svg = fs.readFileSync((await dl.path())!, "utf8");
    expect(svg).toContain(lang === "en" ? "Västerbotten is highlighted (my region)." : "Västerbotten är markerad (min region).");
    expect(svg.replace(/\s+/g, " ")).toContain(mine.slice(0, mine.indexOf(")") + 1).replace(/\s+/g, " "));
    // Without ?min nothing is marked.
    await page.goto(`${lang === "en" ? "/en" : ""}/teman/likvardiga-mojligheter`);
    await page.locator(`[data-chart-id="${ranked}"]`).scrollIntoViewIfNeeded();
    await expect.poll(shown).toBe(plain);
    expect((await style(ranked, "24")).fill).not.toBe("rgb(213, 94, 0)");
    expect(await label(ranked, "24")).not.toBe("700");
  });
}
