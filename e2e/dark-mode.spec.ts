import { expect, test } from "@playwright/test";

test.describe("Färgschema", () => {
  test("följer systemet och valet sparas", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await bg()).toBe("rgb(21, 24, 28)");
    await page.getByRole("combobox", { name: "Färgschema", exact: true }).selectOption("light");
    expect(await bg()).toBe("rgb(255, 255, 255)");
    await page.goto("/regioner/09");
    await expect(page.getByRole("combobox", { name: "Färgschema", exact: true })).toHaveValue("light");
    expect(await bg()).toBe("rgb(255, 255, 255)");
    await page.getByRole("combobox", { name: "Färgschema", exact: true }).selectOption("system");
    expect(await bg()).toBe("rgb(21, 24, 28)");
  });

  // The darkest map class (viridis' deep purple) is close to the dark page background: each of its counties must stand
  // out by its fill (3:1, WCAG 1.4.11) or by an outline of at least 1 px at 3:1.
  for (const route of ["/indikatorer/brp_per_invanare", "/en/indikatorer/brp_per_invanare", "/"]) {
    test(`mörkaste kartklassen syns i mörkt läge: ${route}`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: "dark" });
      await page.goto(route);
      const regions = page.getByTestId("map-region");
      await expect(regions.first()).toBeVisible();
      const result = await page.evaluate(() => {
        const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
        const lum = (c: string) => {
          const [r, g, b] = rgb(c).map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
          return 0.2126 * r + 0.7152 * g + 0.0722 * b;
        };
        const contrast = (a: string, b: string) => {
          const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
          return Math.round(((x + 0.05) / (y + 0.05)) * 100) / 100;
        };
        const bg = getComputedStyle(document.body).backgroundColor;
        const all = Array.from(document.querySelectorAll<SVGElement>("[data-testid=map-region]"));
        const darkest = Math.max(...all.map((a) => Number(a.dataset.class)).filter(Number.isFinite));
        return all.filter((a) => Number(a.dataset.class) === darkest).map((a) => {
          const path = a.querySelector("path")!;
          const cs = getComputedStyle(path);
          return {
            county: a.dataset.code,
            fill: contrast(cs.fill, bg),
            outline: contrast(cs.stroke, bg),
            outlineWidth: Number.parseFloat(cs.strokeWidth),
          };
        });
      });
      expect(result.length).toBeGreaterThan(0);
      const invisible = result.filter((r) => r.fill < 3 && (r.outline < 3 || r.outlineWidth < 1));
      expect(invisible, JSON.stringify(result)).toEqual([]);
    });
  }
});
