import { expect, test } from "@playwright/test";
import { dataset, nf, region } from "./dataset";

/** 1 + the number of regions with a strictly higher value ("1, 2, 2, 4"). */
function rankOf(indicator: string, period: string, code: string) {
  const vals = dataset.values.filter((v) => v.indicator === indicator && v.period === period && v.region !== "00");
  const mine = vals.find((v) => v.region === code)!;
  return { value: mine.value, rank: 1 + vals.filter((v) => v.value > mine.value).length, of: vals.length };
}

test.describe("Jämför regioner", () => {
  test("tre regioner sida vid sida: organisationer, strategier och indikatorer med rang", async ({ page }) => {
    const codes = ["01", "12", "14"];
    const res = await page.goto(`/jamfor?regioner=${codes.join(",")}`);
    expect(res?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Jämför regioner" })).toBeVisible();

    const strategies = page.getByRole("table", { name: /Regionala utvecklingsstrategier för/ });
    for (const code of codes) {
      await expect(strategies.getByRole("columnheader", { name: region(code).organisation })).toBeVisible();
      const s = dataset.strategies.find((x) => x.region === code)!;
      await expect(strategies.getByText(s.name, { exact: true })).toBeVisible();
    }

    // Nystartade företag per 1 000 invånare: a single period, so it is the default one.
    const ind = dataset.indicators.find((i) => i.id === "nystartade_foretag_per_1000")!;
    const periods = new Set(dataset.values.filter((v) => v.indicator === ind.id).map((v) => v.period));
    expect(periods.size).toBe(1);
    const { value, rank, of } = rankOf(ind.id, [...periods][0], "12");
    // The indicator table is the twin of the dot strips, behind "Visa indikatorerna som tabell".
    await page.getByText("Visa indikatorerna som tabell").click();
    const table = page.getByRole("table", { name: /Indikatorer för .* med rang bland regionerna/ });
    const row = table.getByRole("row").filter({ has: page.getByRole("link", { name: ind.nameSv, exact: true }) });
    // Cells after the row header: År, then one per region in the order of the address, then Riket and Källa.
    const skane = row.getByRole("cell").nth(1 + codes.indexOf("12"));
    await expect(skane).toContainText(nf(value, ind.decimals));
    await expect(skane).toContainText(`rang ${rank} av ${of}`);
    await expect(row.getByRole("link", { name: ind.nameSv, exact: true })).toHaveAttribute("href", `/indikatorer/${ind.id}`);
  });

  test("adressen med upprepade regioner fungerar och länkas i kommaform", async ({ page }) => {
    const res = await page.goto("/jamfor?regioner=01&regioner=12");
    expect(res?.status()).toBe(200);
    const strategies = page.getByRole("table", { name: /Regionala utvecklingsstrategier för/ });
    await expect(strategies.getByRole("columnheader", { name: region("01").organisation })).toBeVisible();
    await expect(strategies.getByRole("columnheader", { name: region("12").organisation })).toBeVisible();
    await expect(page.getByRole("link", { name: "/jamfor?regioner=01,12" })).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", "/jamfor?regioner=01,12");
  });

  test("okända regioner ger en vänlig uppmaning, inte ett fel", async ({ page }) => {
    const res = await page.goto("/jamfor?regioner=99,xx");
    expect(res?.status()).toBe(200);
    await expect(page.getByText("Välj minst två regioner")).toBeVisible();
    await expect(page.getByRole("group", { name: "Regioner att jämföra" })).toBeVisible();
    await expect(page.getByRole("checkbox")).toHaveCount(dataset.regions.length);
  });

  test("högst fyra regioner jämförs", async ({ page }) => {
    await page.goto("/jamfor?regioner=01,03,04,05,06");
    const strategies = page.getByRole("table", { name: /Regionala utvecklingsstrategier för/ });
    await expect(strategies.locator("thead th")).toHaveCount(5); // the row-header column plus four regions
    await expect(page.getByText(/högst fyra regioner/)).toBeVisible();
  });

  test("att kryssa i regioner och trycka Jämför ger en adress med regionerna", async ({ page }) => {
    await page.goto("/jamfor");
    await page.getByRole("checkbox", { name: region("09").name, exact: true }).check();
    await page.getByRole("checkbox", { name: region("12").name, exact: true }).check();
    await page.getByRole("button", { name: "Jämför", exact: true }).click();
    await page.waitForURL(/regioner=/);
    const chosen = new URL(page.url()).searchParams.getAll("regioner").flatMap((s) => s.split(","));
    expect(chosen.sort()).toEqual(["09", "12"]);
    const strategies = page.getByRole("table", { name: /Regionala utvecklingsstrategier för/ });
    await expect(strategies.getByRole("columnheader", { name: region("09").organisation })).toBeVisible();
    await expect(strategies.getByRole("columnheader", { name: region("12").organisation })).toBeVisible();
  });

  test("värmekartan sorterad efter ett tema visar regionen med flest poster i temat först", async ({ page }) => {
    // A theme whose leading region is unambiguous (no tie for the most records).
    const regional = dataset.entries.filter((e) => e.region !== "00");
    const pick = dataset.themes
      .map((t) => {
        const counts = dataset.regions.map((r) => ({ r, n: regional.filter((e) => e.region === r.code && e.theme === t.slug).length }));
        const max = Math.max(...counts.map((c) => c.n));
        const leaders = counts.filter((c) => c.n === max);
        return { t, max, leader: leaders[0].r, unique: leaders.length === 1 };
      })
      .find((x) => x.unique && x.max > 0)!;
    expect(pick).toBeTruthy();

    await page.goto("/jamfor");
    await page.getByLabel("Sortera efter").selectOption(pick.t.slug);
    await page.getByRole("button", { name: "Visa", exact: true }).click();
    await page.waitForURL(new RegExp(`sortera=${pick.t.slug}`));
    const matrix = page.getByRole("table", { name: /Antal poster per region och tema, sorterat efter flest poster om/ });
    await expect(matrix.locator("tbody tr")).toHaveCount(dataset.regions.length);
    await expect(matrix.locator("tbody tr").first().getByRole("rowheader")).toHaveText(pick.leader.name);
    const n = pick.max;
    await expect(
      matrix.locator("tbody tr").first().getByRole("link", { name: `${pick.leader.name}, ${pick.t.nameSv}: ${n} ${n === 1 ? "post" : "poster"}` }),
    ).toBeVisible();
  });
});
