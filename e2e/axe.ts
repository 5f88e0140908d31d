import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";

const WCAG21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/**
 * axe's WCAG 2.1 A/AA violations on the page as it is now, one line each ("dark: color-contrast: #a, #b").
 * In the light scheme every A/AA rule runs; the dark scheme changes only colours, so it gets axe's colour rules
 * (text contrast, links told apart from text). Only violations are collected (`resultTypes`): axe then skips the
 * details of every passing node, which on a page with a few thousand elements is a quarter of its time.
 *
 * Legacy mode: axe runs in the page itself (`axe.run`). The default runs each frame's part and then opens a blank page
 * to merge them (`finishRun`), for pages with cross-origin frames; ours have none, and that extra page cost 2–5 s per
 * pass (measured: /jamfor?regioner=01,12,14 8,3–8,9 s → 3,9–4,1 s, /regioner/24 4,8–4,9 s → 2,3–2,7 s, same results).
 */
export async function axeViolations(page: Page, scheme: "light" | "dark", label = ""): Promise<string[]> {
  const builder = new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ["violations"] }).withTags(WCAG21_AA);
  const results = await (scheme === "dark" ? builder.withRules(["color-contrast", "link-in-text-block"]) : builder).analyze();
  const prefix = label ? `${label} ${scheme}` : scheme;
  return results.violations.map((v) => `${prefix}: ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}
