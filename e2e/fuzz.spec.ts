import { expect, test } from "@playwright/test";
import { dataset } from "./dataset";
import { mulberry32 } from "../scripts/synthetic/prng";

const NASTY = [
  "", "0", "-1", "99", "1e309", "NaN", "%", "%25", "%00", "%E4%F6", "..%2F..%2Fetc%2Fpasswd", "<script>alert(1)</script>",
  "javascript:alert(1)", "'\";--", "ÅÄÖ", "🙂", "a".repeat(600), ",,,", "01,01,01,01,01", "00", "2021–2025", " 2021", "true",
  "[object Object]", "__proto__", "constructor", "%2e%2e", "\\", "/", "?", "#", "&", "=",
];
const KEYS = ["region", "tema", "typ", "ar", "q", "sort", "sida", "antal", "dolj", "karta", "regioner", "vy", "sortera", "x"];

function urls(n: number): string[] {
  const r = mulberry32(20261127); // seeded: every run sends the same 1 000 URLs
  const pick = <T,>(a: readonly T[]) => a[Math.floor(r() * a.length)];
  const slugs = [...dataset.themes.map((t) => t.slug), ...dataset.indicators.slice(0, 10).map((i) => i.id)];
  const bases = [
    "/", "/regioner", "/teman", "/indikatorer", "/data", "/om", "/jamfor",
    ...dataset.regions.map((x) => `/regioner/${x.code}`), `/teman/${pick(slugs)}`, `/indikatorer/${dataset.indicators[0].id}`,
    "/embed/karta", `/embed/regioner/09`, `/embed/indikatorer/arbetsloshet_bas_20_64`, `/embed/teman/integration`,
  ];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let path = pick(bases);
    if (r() < 0.25) path = path.replace(/\/$/, "") + "/" + encodeURIComponent(pick(NASTY)).slice(0, 200);
    const params = new URLSearchParams();
    const k = Math.floor(r() * 4);
    for (let j = 0; j < k; j++) params.append(pick(KEYS), r() < 0.5 ? pick(NASTY) : pick([...slugs, ...dataset.regions.map((x) => x.code), "insats", "-ar", "2"]));
    const qs = params.toString();
    out.push(qs ? `${path}?${qs}` : path);
  }
  return out;
}

test("1 000 genererade adresser ger aldrig 5xx", async ({ request }) => {
  test.setTimeout(300_000);
  const failures: string[] = [];
  const all = urls(1000);
  for (let i = 0; i < all.length; i += 10) {
    const batch = all.slice(i, i + 10);
    const res = await Promise.all(batch.map((u) => request.get(u, { maxRedirects: 0 }).then((r) => [u, r.status()] as const)));
    for (const [u, s] of res) if (s >= 500) failures.push(`${s} ${u}`);
  }
  expect(failures).toEqual([]);
});

test("ett urval av adresserna ger inga okända fel i webbläsarens konsol", async ({ page }) => {
  test.setTimeout(300_000);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`${page.url()}: ${e.message}`));
  page.on("console", (m) => {
    // A 404 for an unknown page is expected and is reported by the browser as a failed resource load.
    if (m.type() === "error" && !/status of 404/.test(m.text())) errors.push(`${page.url()}: ${m.text()}`);
  });
  for (const u of urls(1000).filter((_, i) => i % 40 === 0)) {
    await page.goto(u);
    await expect(page.getByRole("heading", { level: 1 }).or(page.getByRole("heading", { level: 2 })).first()).toBeVisible();
  }
  expect(errors).toEqual([]);
});
