import { expect, test } from "@playwright/test";
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { dataset } from "./dataset";
import { scaleDataset } from "../scripts/synthetic/dataset";

/**
 * /data at 10× the records, without JavaScript: a second server from the same build (the standalone server, started
 * as the container starts it) reads a seeded synthetic 10× dataset through REGIONLAGET_DATASET. /data is rendered per
 * request from the dataset the server read, so no second build is needed. The fixture lives in a temp folder only.
 */
const FACTOR = 10;
const big = scaleDataset(dataset, FACTOR);
let server: ChildProcess | null = null;
let base = "";
let dir = "";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

test.beforeAll(async () => {
  test.setTimeout(90_000);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "regionlaget-10x-"));
  const file = path.join(dir, "dataset.json");
  fs.writeFileSync(file, JSON.stringify(big));
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn("sh", [path.join(__dirname, "..", ".next", "standalone", "start.sh")], {
    env: { ...process.env, PORT: String(port), BIND_ADDRESS: "127.0.0.1", REGIONLAGET_DATASET: file },
    stdio: "ignore",
  });
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(`${base}/api/health`);
      if (res.ok && (await res.json()).records === big.entries.length) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("the 10× server did not start");
});

test.afterAll(() => {
  server?.kill();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

test.describe("Datatabellen med 10 gånger så många poster", () => {
  test.use({ javaScriptEnabled: false });

  test("/data?sida=2 visar sida 2 utan JavaScript, och Nästa bläddrar vidare", async ({ page }) => {
    const total = big.entries.length;
    const pages = Math.ceil(total / 25);
    await page.goto(`${base}/data?sida=2`);
    await expect(page.getByRole("status").filter({ hasText: /poster/ })).toHaveText(`Visar 26–50 av ${total} poster.`);
    await expect(page.getByText(`Sida 2 av ${pages}`)).toBeVisible();
    const table = page.getByRole("table", { name: /Regionernas poster/ });
    await expect(table.locator("tbody tr")).toHaveCount(25);
    await page.getByRole("button", { name: "Nästa" }).click();
    await expect(page).toHaveURL(/sida=3/);
    await expect(page.getByText(`Sida 3 av ${pages}`)).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: /poster/ })).toHaveText(`Visar 51–75 av ${total} poster.`);
  });

  test("filter i ett vanligt formulär, utan JavaScript", async ({ page }) => {
    const n = big.entries.filter((e) => e.region === "09" && e.kind === "insats").length;
    await page.goto(`${base}/data?sida=3`);
    await page.getByRole("combobox", { name: "Region", exact: true }).selectOption("09");
    await page.getByRole("combobox", { name: "Typ", exact: true }).selectOption("insats");
    await page.getByRole("button", { name: "Visa urvalet" }).click();
    await expect(page).toHaveURL(/region=09/);
    await expect(page).toHaveURL(/typ=insats/);
    await expect(page).not.toHaveURL(/sida=/);
    await expect(page.getByRole("status").filter({ hasText: /poster/ })).toHaveText(`Visar 1–${Math.min(25, n)} av ${n} poster (av totalt ${big.entries.length}).`);
  });

  test("sidan bär bara den sida som visas: lika tung som med en tiondel av posterna", async ({ request }) => {
    // Same view, same page size: the 10× server's page may differ only by its counts (a size, not a timing).
    const small = (await (await request.get("/data")).body()).length;
    const large = (await (await request.get(`${base}/data`)).body()).length;
    expect(large).toBeLessThan(small * 1.2);
  });
});

test.describe("Översikten med 10 gånger så många poster", () => {
  test.use({ javaScriptEnabled: false });

  test("slutsatserna visas som en första sida med länk till datatabellen, och sidan växer inte med dem", async ({ page, request }) => {
    const report = big.meta.report!;
    const n = big.entries.filter((e) => e.region === "00" && e.kind === "slutsats" && e.source.url === report.url).length;
    expect(n).toBe(7 * FACTOR);
    await page.goto(`${base}/`);
    const section = page.locator("#slutsatser ~ ul.record-list").first();
    await expect(section.locator(":scope > li")).toHaveCount(10);
    await expect(page.getByText(`Visar 10 av ${n} poster; alla finns i datatabellen.`).first()).toBeVisible();
    await expect(page.getByRole("link", { name: "datatabellen", exact: true }).first()).toHaveAttribute("href", "/data?region=00&typ=slutsats");
    // The overview's size: at 10× within a fifth of the real dataset's (the map's and the matrix's counts differ).
    const small = (await (await request.get("/")).body()).length;
    const large = (await (await request.get(`${base}/`)).body()).length;
    expect(large).toBeLessThan(small * 1.2);
  });
});
