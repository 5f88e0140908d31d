/** The records table's data on the server: rows with names in the page's language and the filter options (regions, themes, years). */
import { entriesForRegion, entriesForTheme, getDataset, regionLabel } from "./data";
import { toDataRow, type DataRow } from "./derive/table-rows";
import { CARDS_FIRST_PAGE, sortForCards, toCardRow, type CardRow } from "./derive/record-cards";
import { sortEntries } from "./derive/records";
import type { Entry } from "./schema";
import { NATIONAL_CODE } from "./schema";
import { collator } from "./format";
import { href, LOCALE, type Lang } from "./i18n";

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

/** The two pages that list records as cards: a region's (its records) and a theme's (the regions' records on it). */
export type CardScope = "region" | "tema";

/** The records of a scope in the cards' order (sortForCards); null for an unknown region or theme. */
function scopeEntries(scope: CardScope, key: string): Entry[] | null {
  const d = getDataset();
  if (scope === "region" ? !d.regions.some((r) => r.code === key) : !d.themes.some((t) => t.slug === key)) return null;
  const entries = scope === "region" ? entriesForRegion(key) : entriesForTheme(key).filter((e) => e.region !== NATIONAL_CODE);
  return sortForCards(sortEntries(entries), d.themes);
}

/**
 * Every record card of a region's or a theme's page, in the page's order, named in `lang`; null for an unknown region
 * or theme. The page renders the first page of these (scopeCardsPage); the rest are fetched as JSON on demand
 * (app/api/poster), so a page's bytes do not grow with the number of records.
 */
export function scopeCards(scope: CardScope, key: string, lang: Lang): CardRow[] | null {
  const entries = scopeEntries(scope, key);
  return entries && cardRows(entries, lang);
}

/**
 * What a page's RecordCards needs from the server: the first page of cards (only those are made into card rows), how
 * many there are in all, where the rest are fetched from, and the same records in /data for a reader without JavaScript.
 */
export function scopeCardsPage(scope: CardScope, key: string, lang: Lang) {
  const entries = scopeEntries(scope, key) ?? [];
  return {
    firstRows: cardRows(entries.slice(0, CARDS_FIRST_PAGE), lang),
    total: entries.length,
    src: scopeCardsUrl(scope, key, lang),
    allHref: href(lang, `/data?${scope}=${key}`),
  };
}

/** Where the cards of a scope are fetched from (a static JSON file per language, region and theme). */
export function scopeCardsUrl(scope: CardScope, key: string, lang: Lang): string {
  return `/api/poster/${lang}/${scope}/${key}`;
}
