/** The published dataset, read by specs to compute what a user should see (never to bypass the UI). */
import fs from "node:fs";
import path from "node:path";
import type { Dataset } from "../lib/schema";

export const dataset: Dataset = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "data", "dataset.json"), "utf8"));

export const nf = (n: number, decimals = 0) =>
  new Intl.NumberFormat("sv-SE", { maximumFractionDigits: decimals, minimumFractionDigits: decimals }).format(n);

export function region(code: string) {
  const r = dataset.regions.find((x) => x.code === code);
  if (!r) throw new Error(`no region ${code}`);
  return r;
}
export function theme(slug: string) {
  const t = dataset.themes.find((x) => x.slug === slug);
  if (!t) throw new Error(`no theme ${slug}`);
  return t;
}

import type { Page } from "@playwright/test";
/** The table's live result count ("Visar 1–25 av 193 poster."), apart from the charts' own status messages. */
export function resultCount(page: Page) {
  return page.getByRole("status").filter({ hasText: /poster/ });
}

/**
 * Static pages render the table's default view first and take the view from the address once JavaScript runs;
 * wait for that before typing, so a test (like a fast user) does not type into the placeholder.
 */
export async function tableReady(page: Page) {
  await page.locator("form.filters[data-ready]").first().waitFor();
}
