import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { drawEveryChart } from "./charts";
import { dataset } from "./dataset";

/**
 * Duplicate ids break aria-labelledby/aria-describedby (WCAG 2.1 4.1.1), and axe does not report them. Every route's
 * server HTML (with every static chart copy) is checked; the live charts, which add their own ids when they are drawn,
 * are checked with every chart drawn on one page of each kind. A second accessibility engine, HTML_CodeSniffer
 * (WCAG2AA), runs beside axe on the main routes and fails on its errors.
 */
const routes = [
  "/", "/?karta=arbetsloshet_bas_20_64", "/regioner", "/teman", "/indikatorer", "/data", "/jamfor", "/jamfor?regioner=01,12,14", "/om",
  "/sok?q=klimat",
  ...dataset.regions.map((r) => `/regioner/${r.code}`),
  ...dataset.themes.map((t) => `/teman/${t.slug}`),
  ...dataset.indicators.map((i) => `/indikatorer/${i.id}`),
  "/embed/karta", "/embed/regioner/09", "/embed/teman/integration", "/embed/teman/integration?vy=karta",
  "/embed/indikatorer/arbetsloshet_bas_20_64?vy=karta", "/embed/indikatorer/arbetsloshet_bas_20_64?vy=stapel",
  "/en", "/en/teman/innovation-foretagande", "/en/indikatorer/arbetsloshet_bas_20_64", "/en/regioner/09", "/en/jamfor?regioner=01,12,14",
];

/**
 * The drawn pages: every chart kind (ranked bars, stacked bars, map, time series, dot strips, small multiples, the
 * strategy timeline, embeds) in both languages. Their ids come from the card's own id (lib/cards), so the other pages
 * of a kind differ only in data.
 */
const drawnRoutes = [
  "/", "/?karta=arbetsloshet_bas_20_64", "/regioner", "/jamfor?regioner=01,12,14",
  "/regioner/09", "/regioner/24", "/teman/kompetensforsorjning", "/teman/likvardiga-mojligheter", "/teman/samverkan",
  "/indikatorer/brp_per_invanare", "/indikatorer/arbetsloshet_bas_20_64?min=24", "/indikatorer/vaxthusgaser_ton_per_inv",
  "/embed/teman/integration?vy=karta", "/embed/indikatorer/arbetsloshet_bas_20_64?vy=stapel",
  "/en", "/en/teman/innovation-foretagande", "/en/regioner/09", "/en/indikatorer/arbetsloshet_bas_20_64",
];

/** Ids that occur more than once, "id (n×)". */
function repeated(ids: Iterable<string>): string[] {
  const seen = new Map<string, number>();
  for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
  return [...seen].filter(([, n]) => n > 1).map(([id, n]) => `${id} (${n}×)`);
}

/** The id attributes of a server-rendered page (its scripts, the RSC payload among them, left out). */
function htmlIds(html: string): string[] {
  const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "");
  return [...markup.matchAll(/<[a-zA-Z][^>]*?\sid="([^"]*)"/g)].map((m) => m[1]);
}

const duplicateIds = (page: Page) => page.evaluate(() => [...document.querySelectorAll("[id]")].map((el) => el.id)).then(repeated);

test.describe.configure({ mode: "parallel" });

test(`inga dubbla id i serverns HTML på någon sida (${routes.length} sidor)`, async ({ request }) => {
  const found: string[] = [];
  for (const route of routes) {
    const res = await request.get(route);
    expect(res.status(), route).toBe(200);
    const ids = htmlIds(await res.text());
    expect(ids.length, `${route}: ids found`).toBeGreaterThan(0);
    for (const d of repeated(ids)) found.push(`${route}: ${d}`);
  }
  expect(found).toEqual([]);
});

const PARTS = 2;
for (let part = 0; part < PARTS; part++) {
  const mine = drawnRoutes.filter((_, i) => i % PARTS === part);
  test(`inga dubbla id med alla diagram ritade (del ${part + 1} av ${PARTS}, ${mine.length} sidor)`, async ({ page }) => {
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

test("dubbla id upptäcks, i webbläsaren och i HTML (testet kan falla)", async ({ page }) => {
  await page.goto("/om");
  await page.evaluate(() => {
    for (let i = 0; i < 2; i++) document.body.append(Object.assign(document.createElement("span"), { id: "dubblett" }));
  });
  expect(await duplicateIds(page)).toEqual(["dubblett (2×)"]);
  const html = `<div id="a"><svg id="b"></svg><p id="b"></p><script>self.x="<i id=\\"a\\">"</script><span data-id="a"></span></div>`;
  expect(repeated(htmlIds(html))).toEqual(["b (2×)"]);
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
