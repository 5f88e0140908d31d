/** Words for the comparison page: lists, small numbers as words, quotes, "post"/"poster". Pure, sv and en. */
import { LOCALE, type Lang } from "./i18n";
import { kindLabel } from "./indicator-text";
import type { Kind } from "./schema";

export const LIST_FORMATS: Record<Lang, Intl.ListFormat> = {
  sv: new Intl.ListFormat(LOCALE.sv, { style: "long", type: "conjunction" }),
  en: new Intl.ListFormat(LOCALE.en, { style: "long", type: "conjunction" }),
};
/** "A, B och C" / "A, B and C". */
export const joinList = (items: string[], lang: Lang) => LIST_FORMATS[lang].format(items);
export const NUMBER_WORDS: Record<Lang, string[]> = {
  sv: ["noll", "en", "två", "tre", "fyra"],
  en: ["zero", "one", "two", "three", "four"],
};
export const countWord = (n: number, lang: Lang) => NUMBER_WORDS[lang][n] ?? String(n);
/** Quoted text: ”…” in Swedish, “…” in English. */
export const quote = (s: string, lang: Lang) => (lang === "en" ? `“${s}”` : `”${s}”`);
/** "post"/"poster", "record"/"records". */
export const recordsWord = (n: number, lang: Lang) =>
  lang === "en" ? (n === 1 ? "record" : "records") : n === 1 ? "post" : "poster";
/** A kind's plural for running text: "insatser", "activities"; "funding records" since "funding" has no plural. */
export const kindPluralText = (k: Kind, lang: Lang) =>
  lang === "en" && k === "anslag" ? "funding records" : kindLabel(k, lang, true).toLowerCase();

