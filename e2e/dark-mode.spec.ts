import { expect, test } from "@playwright/test";

test.describe("Färgschema", () => {
  test("följer systemet och valet sparas", async ({ page }) => {
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto("/");
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await bg()).toBe("rgb(21, 24, 28)");
    await page.getByRole("combobox", { name: "Färgschema" }).selectOption("light");
    expect(await bg()).toBe("rgb(255, 255, 255)");
    await page.goto("/regioner/09");
    await expect(page.getByRole("combobox", { name: "Färgschema" })).toHaveValue("light");
    expect(await bg()).toBe("rgb(255, 255, 255)");
    await page.getByRole("combobox", { name: "Färgschema" }).selectOption("system");
    expect(await bg()).toBe("rgb(21, 24, 28)");
  });
});
