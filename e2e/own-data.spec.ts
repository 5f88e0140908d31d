import path from "node:path";
import { expect, test } from "@playwright/test";
import { dataset, resultCount } from "./dataset";

const published = /Regionernas poster/;
const HEADER = "region;tema;typ;titel;sammanfattning;ar;aktor;kalla_url;kalla_titel;siffror";
const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join("\n") + "\n", "utf8");

test.describe("Öppna egen datafil på /data", () => {
  test("mallen visas som egen fil med rätt antal, Tillbaka återställer de publicerade uppgifterna", async ({ page }) => {
    await page.goto("/data");
    await expect(resultCount(page)).toHaveText(new RegExp(`av ${dataset.entries.length} poster\\.`));
    await page.getByLabel("Öppna egen datafil").setInputFiles(path.join(__dirname, "..", "data", "templates", "poster-mall.csv"));
    await expect(page.getByText("Du tittar på din egen fil: poster-mall.csv (2 poster).")).toBeVisible();
    await expect(page.getByText("Den publicerade datamängden är oförändrad.")).toBeVisible();
    const own = page.getByRole("table", { name: "Din egen fil: poster-mall.csv" });
    await expect(own.locator("tbody tr")).toHaveCount(2);
    await expect(own).toContainText("Uppföljningskonferens 2024");
    await expect(resultCount(page)).toHaveText(/av 2 poster\./);
    await expect(page.getByRole("table", { name: published })).toHaveCount(0);

    await page.reload();
    await expect(page.getByText(/Du tittar på din egen fil: poster-mall\.csv/)).toBeVisible();

    await page.getByRole("button", { name: "Tillbaka till publicerade data" }).click();
    await expect(page.getByRole("table", { name: published })).toBeVisible();
    await expect(resultCount(page)).toHaveText(new RegExp(`av ${dataset.entries.length} poster\\.`));
    await page.reload();
    await expect(page.getByText(/Du tittar på din egen fil/)).toHaveCount(0);
  });

  test("fel listas rad för rad och den publicerade tabellen är oförändrad", async ({ page }) => {
    await page.goto("/data");
    await page.getByLabel("Öppna egen datafil").setInputFiles({
      name: "fel.csv", mimeType: "text/csv",
      buffer: csv(
        "Atlantis;Integration;strategi;Första;Text;2023;;https://example.se/a;Källa;",
        "Region Gotland;Integration;strategi;Andra;Text;2023;;javascript:alert(1);Källa;",
      ),
    });
    const alert = page.getByRole("alert").filter({ hasText: "Filen har 2 fel" });
    await expect(alert).toBeVisible();
    await expect(alert.getByRole("listitem")).toHaveCount(2);
    await expect(alert).toContainText('rad 2, kolumn region: okänd region "Atlantis"');
    await expect(alert).toContainText('rad 3, kolumn kalla_url: ogiltig källadress "javascript:alert(1)"');
    await expect(page.getByText(/Du tittar på din egen fil/)).toHaveCount(0);
    await expect(page.getByRole("table", { name: published })).toBeVisible();
    await expect(resultCount(page)).toHaveText(new RegExp(`av ${dataset.entries.length} poster\\.`));
  });

  test("html i filen visas som text och körs aldrig", async ({ page }) => {
    let dialog = false;
    page.on("dialog", (d) => {
      dialog = true;
      void d.dismiss();
    });
    await page.goto("/data");
    await page.getByLabel("Öppna egen datafil").setInputFiles({
      name: "skript.csv", mimeType: "text/csv",
      buffer: csv("Region Gotland;Integration;strategi;<script>alert(1)</script>;<img src=x onerror=alert(2)>;2023;;https://example.se/a;Källa;"),
    });
    const own = page.getByRole("table", { name: "Din egen fil: skript.csv" });
    await expect(own.locator("tbody tr")).toHaveCount(1);
    await expect(own.locator("tbody tr").first()).toContainText("<script>alert(1)</script>");
    await expect(own.locator("tbody tr").first()).toContainText("<img src=x onerror=alert(2)>");
    await expect(own.locator("script, img")).toHaveCount(0);
    expect(dialog).toBe(false);
  });
});
