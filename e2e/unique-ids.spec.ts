import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { drawEveryChart } from "./charts";
import { dataset } from "./dataset";

/**
 * Duplicate ids break aria-labelledby/aria-describedby (WCAG 2.1 4.1.1), and axe does not report them. Every route
 * is checked with every chart drawn; a second accessibility engine, HTML_CodeSniffer (WCAG2AA), runs beside axe on the
 * main routes and fails on its errors.
 */
const routes = [
  "/", "/?karta=arbetsloshet_bas_20_64", "/regioner", "/teman", "/indikatorer", "/data", "/jamfor", "/jamfor?regioner=01,12,14", "/om",
  ...dataset.regions.map((r) => `/regioner/${r.code}`),
  ...dataset.themes.map((t) => `/teman/${t.slug}`),
  ...dataset.indicators.map((i) => `/indikatorer/${i.id}`),
  "/embed/karta", "/embed/regioner/09", "/embed/teman/integration", "/embed/teman/integration?vy=karta",
  "/embed/indikatorer/arbetsloshet_bas_20_64?vy=karta", "/embed/indikatorer/arbetsloshet_bas_20_64?vy=stapel",
  "/en", "/en/teman/innovation-foretagande", "/en/indikatorer/arbetsloshet_bas_20_64", "/en/regioner/09",
];

const duplicateIds = (page: Page) =>
  page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} (${n}×)`);
  });

// The tests are independent: both workers take them, and the routes are checked in four parts so that no one test
// holds a worker for minutes at the end of the run.
test.describe.configure({ mode: "parallel" });

const PARTS = 4;
for (let part = 0; part < PARTS; part++) {
  const mine = routes.filter((_, i) => i % PARTS === part);
  test(`inga dubbla id på någon sida, med alla diagram ritade (del ${part + 1} av ${PARTS}, ${mine.length} sidor)`, async ({ page }) => {
    test.setTimeout(mine.length * 15_000);
    const found: string[] = [];
    for (const route of mine) {
      await page.goto(route);
      await drawEveryChart(page);
      for (const d of await duplicateIds(page)) found.push(`${route}: ${d}`);
    }
    expect(found).toEqual([]);
  });
}

test("dubbla id upptäcks (testet kan falla)", async ({ page }) => {
  await page.goto("/om");
  await page.evaluate(() => {
    for (let i = 0; i < 2; i++) document.body.append(Object.assign(document.createElement("span"), { id: "dubblett" }));
  });
  expect(await duplicateIds(page)).toEqual(["dubblett (2×)"]);
});

const HTMLCS = path.join(__dirname, "..", "node_modules", "html_codesniffer", "build", "HTMLCS.js");
const mainRoutes = [
  "/", "/regioner", "/regioner/09", "/teman", "/teman/kompetensforsorjning", "/indikatorer", "/indikatorer/brp_per_invanare",
  "/jamfor?regioner=01,12,14", "/data", "/om", "/embed/karta", "/en", "/en/indikatorer/arbetsloshet_bas_20_64",
];

for (const route of mainRoutes) {
  test(`HTML_CodeSniffer (WCAG2AA): inga fel på ${route}`, async ({ page }) => {
    await page.goto(route);
    await drawEveryChart(page);
    await page.addScriptTag({ path: HTMLCS });
    const errors = await page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const w = window as unknown as { HTMLCS: { process: (s: string, d: Document, ok: () => void, fail: () => void, lang: string) => void; getMessages: () => { type: number; code: string; msg: string; element: Element }[] } };
          w.HTMLCS.process("WCAG2AA", document, () => {
            const describe = (el: Element) => `${el.localName}${el.id ? `#${el.id}` : ""}${el.getAttribute("class") ? `.${String(el.getAttribute("class")).split(" ")[0]}` : ""}`;
            resolve(w.HTMLCS.getMessages().filter((m) => m.type === 1).map((m) => `${m.code} ${describe(m.element)}: ${m.msg}`));
          }, () => reject(new Error("HTML_CodeSniffer failed")), "en");
        }),
    );
    expect(errors).toEqual([]);
  });
}
