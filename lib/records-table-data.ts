/** The records table's data on the server: rows with names in the page's language and the filter options (regions, themes, years). */
import { getDataset, regionLabel } from "./data";
import { toDataRow, type DataRow } from "./derive/table-rows";
import { toCardRow, type CardRow } from "./derive/record-cards";
import type { Entry } from "./schema";
import { NATIONAL_CODE } from "./schema";
import { collator } from "./format";
import { LOCALE, type Lang } from "./i18n";

const enCollator = new Intl.Collator(LOCALE.en);
const collatorFor = (lang: Lang) => (lang === "en" ? enCollator : collator);

/**
 * Table rows with the names shown in `lang`: English uses the theme's nameEn and "All regions" for national records.
 * Regions keep their organisation name ("Region Gotland") in both languages; record texts stay Swedish.
 */
export function dataRows(entries: Entry[], lang: Lang = "sv"): DataRow[] {
  const d = getDataset();
  const themeName = new Map(d.themes.map((t) => [t.slug, lang === "en" ? t.nameEn : t.nameSv]));
  const region = (code: string) => (lang === "en" && code === NATIONAL_CODE ? "All regions" : regionLabel(code));
  return entries.map((e) => toDataRow(e, region(e.region), themeName.get(e.theme) ?? e.theme, lang));
}

export function regionOptions(includeNational = true, lang: Lang = "sv") {
  const d = getDataset();
  const opts = [...d.regions]
    .sort((a, b) => collatorFor(lang).compare(a.organisation, b.organisation))
    .map((r) => ({ value: r.code, label: r.organisation }));
  const national = { value: NATIONAL_CODE, label: lang === "en" ? "All regions (national)" : "Alla regioner (nationellt)" };
  return includeNational ? [...opts, national] : opts;
}

/** Themes in dataset order, named in `lang`. */
export function themeOptions(lang: Lang = "sv") {
  return getDataset().themes.map((t) => ({ value: t.slug, label: lang === "en" ? t.nameEn : t.nameSv }));
}

/** The years present, newest first (numbers: the same in both languages). */
export function yearsOf(entries: Entry[]): number[] {
  return [...new Set(entries.map((e) => e.year).filter((y): y is number => y !== null))].sort((a, b) => b - a);
}

/** Record cards with the names shown in `lang` (as dataRows). */
export function cardRows(entries: Entry[], lang: Lang = "sv"): CardRow[] {
  const d = getDataset();
  const themeName = new Map(d.themes.map((t) => [t.slug, lang === "en" ? t.nameEn : t.nameSv]));
  const region = (code: string) => (lang === "en" && code === NATIONAL_CODE ? "All regions" : regionLabel(code));
  return entries.map((e) => toCardRow(e, region(e.region), themeName.get(e.theme) ?? e.theme, lang));
}
