import { expect, test } from "@playwright/test";

for (const path of ["/regioner/99", "/regioner/gotland", "/teman/finns-inte", "/helt/okand/sida"]) {
  test(`okänd adress ${path} ger en riktig 404-sida med länkar vidare`, async ({ page }) => {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sidan finns inte");
    await expect(page.getByRole("main").getByRole("link", { name: "Regioner" })).toBeVisible();
    await page.getByRole("main").getByRole("link", { name: "Översikt" }).click();
    await expect(page).toHaveURL(/\/$/);
  });
}
