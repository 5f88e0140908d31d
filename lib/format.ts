import { LOCALE, missingText, type Lang } from "./i18n";

/**
 * Number and text formats per language: sv "1 234,5", "12,3 %"; en "1,234.5", "12.3%". Swedish is the default.
 * Intl's sv-SE output uses a no-break space (U+00A0) as group separator and U+2212 as minus;
 * we keep them, since they never break across lines and read correctly in screen readers.
 */
const cache = new Map<string, Intl.NumberFormat>();

function nf(decimals: number, min = decimals, lang: Lang = "sv"): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${min}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: decimals, minimumFractionDigits: min });
    cache.set(key, f);
  }
  return f;
}

export const MISSING = "Uppgift saknas";

/** Format a number with a fixed number of decimals. null/undefined → "Uppgift saknas" ("Not available"). */
export function formatNumber(value: number | null | undefined, decimals = 0, lang: Lang = "sv"): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return missingText(lang);
  return nf(decimals, decimals, lang).format(value);
}

/** Format up to `decimals` decimals, dropping trailing zeros ("3,4", "1 993 337"). */
export function formatFlexible(value: number | null | undefined, decimals = 1, lang: Lang = "sv"): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return missingText(lang);
  return nf(decimals, 0, lang).format(value);
}

/** Units that read as a symbol right after the number. */
const SHORT_UNITS: Record<string, string> = {
  procent: "%",
  "procent av befolkningen 20–64 år": "%",
  "procent av invånare 0–19 år": "%",
  "procent av arbetskraften 20–64 år": "%",
  "procent av hushållen": "%",
};

/**
 * "12,3 %" (en "12.3%") for percentage units, otherwise the bare number (the unit is stated in the caption).
 * `unit` is the dataset's Swedish unit, which decides whether the value is a percentage.
 */
export function formatValue(value: number | null | undefined, unit: string, decimals: number, lang: Lang = "sv"): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return missingText(lang);
  const n = formatNumber(value, decimals, lang);
  const short = SHORT_UNITS[unit] ?? (unit.startsWith("procent") ? "%" : undefined);
  if (!short) return n;
  return lang === "en" ? `${n}${short}` : `${n}\u00a0${short}`;
}

export function formatCount(n: number, singular: string, plural: string, lang: Lang = "sv"): string {
  return `${formatNumber(n, 0, lang)} ${n === 1 ? singular : plural}`;
}

/** Year or "Uppgift saknas" */
export function formatYear(year: number | null | undefined, lang: Lang = "sv"): string {
  return year === null || year === undefined ? missingText(lang) : String(year);
}

export function formatRank(rank: number | null, of: number, lang: Lang = "sv"): string {
  return rank === null ? missingText(lang) : lang === "en" ? `${rank} of ${of}` : `${rank} av ${of}`;
}

/** Date as "27 november 2026" / "27 November 2026" (Europe/Stockholm). */
export function formatDate(d: Date, lang: Lang = "sv"): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Stockholm" }).format(d);
}

/** Swedish collation for sorting names (Å, Ä, Ö after Z). */
export const collator = new Intl.Collator("sv-SE");
