/**
 * npm run bench:heights -- [--base http://127.0.0.1:3270] — how tall the long pages are on a phone (390 × 800) and
 * a desktop (1280 × 900), in Swedish and English, and how tall each h2 section is (issue 16: "the phone page shrinks to
 * under half its height"). Needs a running server (`npm run start`). Prints figures; asserts nothing.
 */
import { chromium } from "@playwright/test";

const argv = process.argv;
const base = argv.includes("--base") ? argv[argv.indexOf("--base") + 1] : "http://127.0.0.1:3270";
const PAGES = ["/regioner/24", "/en/regioner/24", "/teman/kompetensforsorjning", "/jamfor?regioner=01,12,14", "/en/jamfor?regioner=01,12,14"];
const WIDTHS = [390, 1280];
const fmt = (n: number) => new Intl.NumberFormat("sv-SE").format(n);

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--headless"] });
  try {
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: width < 600 ? 800 : 900 } });
      for (const path of PAGES) {
        await page.goto(base + path, { waitUntil: "networkidle" });
        // No named functions inside: tsx would wrap them in a helper the page does not have.
        const r = await page.evaluate(() => {
          const hs = [...document.querySelectorAll("main h2")];
          const tops = hs.map((h) => h.getBoundingClientRect().top + scrollY);
          const total = document.documentElement.scrollHeight;
          return { total, sections: hs.map((h, i) => [h.textContent?.trim().slice(0, 50) ?? "", Math.round((tops[i + 1] ?? total) - tops[i])] as const) };
        });
        console.log(`${path} at ${width} px: ${fmt(r.total)} px`);
        for (const [name, h] of r.sections) console.log(`  ${fmt(h).padStart(7)}  ${name}`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
