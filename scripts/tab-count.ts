/**
 * npm run bench:tabs -- [--base http://127.0.0.1:3270] — how many key presses a keyboard user needs from the top of
 * a theme page to the records filter (issue 16: "85 Tab presses"). Needs a running server (`next start`).
 *
 * Two paths, counted with Playwright in Debian chromium:
 *  - Tab only: press Tab from the top of the page until the focus is on a control of the records filter.
 *  - With skip links: the same, pressing Enter on "Hoppa till innehållet" and on a link to the records (#poster).
 * Prints figures; asserts nothing.
 */
import { chromium, type Page } from "@playwright/test";

const argv = process.argv;
const base = argv.includes("--base") ? argv[argv.indexOf("--base") + 1] : "http://127.0.0.1:3270";
const PAGES = ["/teman/kompetensforsorjning", "/teman/digital-kommunikation-transport", "/en/teman/kompetensforsorjning", "/regioner/24"];
const MAX = 300;

type Focus = { inFilter: boolean; skipToRecords: boolean; skipToContent: boolean };

async function focus(page: Page): Promise<Focus> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    const hrefAttr = a?.getAttribute("href") ?? "";
    return {
      inFilter: !!a?.closest('form[role="search"].filters') && /^(SELECT|INPUT)$/.test(a.tagName),
      skipToRecords: a?.tagName === "A" && hrefAttr === "#poster",
      skipToContent: a?.tagName === "A" && hrefAttr === "#innehall",
    };
  });
}

async function count(page: Page, path: string, useSkipLinks: boolean): Promise<string> {
  await page.goto(base + path);
  await page.locator('form.filters[data-ready]').first().waitFor({ timeout: 60_000 }).catch(() => undefined);
  let tabs = 0;
  let enters = 0;
  while (tabs < MAX) {
    await page.keyboard.press("Tab");
    tabs++;
    const f = await focus(page);
    if (f.inFilter) return useSkipLinks ? `${tabs} Tab + ${enters} Enter` : String(tabs);
    if (useSkipLinks && (f.skipToRecords || f.skipToContent)) {
      await page.keyboard.press("Enter");
      enters++;
    }
  }
  return `> ${MAX}`;
}

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  console.log(`Key presses from the top of the page to the records filter (${base}, 1280 px)\n`);
  console.log("| page | Tab only | with skip links |");
  console.log("|---|---|---|");
  for (const p of PAGES) {
    const tabOnly = await count(page, p, false);
    const shortest = await count(page, p, true);
    console.log(`| ${p} | ${tabOnly} | ${shortest} |`);
  }
  await browser.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
