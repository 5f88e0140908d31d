/** The language-dependent texts of an indicator, and the name of the national total ("Riket" / "Sweden"). */
import type { Indicator, Kind } from "./schema";
import { KIND_LABELS } from "./labels";
import type { Lang } from "./i18n";

/** The credit lines in the dataset are Swedish ("Källa: SCB (via Regionfakta)"); their few words have fixed English. */
export function creditEn(credit: string): string {
  return credit
    .replace(/^Källa:/, "Source:")
    .replace(/hämtat av/g, "retrieved by")
    .replace(/Regeringens uppdrag juni 2021/g, "Government assignment, June 2021")
    .replace(/avskrift av SCB-sida/g, "transcript of an SCB page")
    .replace(/ och /g, " and ");
}

export function indicatorText(ind: Indicator, lang: Lang) {
  return lang === "en"
    ? { name: ind.nameEn, short: ind.nameEn, unit: ind.unitEn, definition: ind.definitionEn, credit: creditEn(ind.credit) }
    : { name: ind.nameSv, short: ind.shortSv, unit: ind.unit, definition: ind.definitionSv, credit: ind.credit };
}

export function riketName(lang: Lang): string {
  return lang === "en" ? "Sweden" : "Riket";
}

/** A theme's name in the UI language. */
export function themeName(theme: { nameSv: string; nameEn: string }, lang: Lang): string {
  return lang === "en" ? theme.nameEn : theme.nameSv;
}

/** Themes with their display name in the `nameSv` slot, for the count helpers that label rows by `nameSv`. */
export function themesIn<T extends { slug: string; nameSv: string; nameEn: string }>(themes: T[], lang: Lang): T[] {
  return lang === "en" ? themes.map((t) => ({ ...t, nameSv: t.nameEn })) : themes;
}

/** A record kind's label: kindLabel("insats", "en", true) → "Activities". */
export function kindLabel(kind: string, lang: Lang, plural = false): string {
  const l = KIND_LABELS[kind as Kind];
  if (!l) return kind;
  return lang === "en" ? (plural ? l.enPlural : l.en) : plural ? l.svPlural : l.sv;
}
