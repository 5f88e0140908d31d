/**
 * Swedish number and text formats: "1 234,5", "12,3 %", "2021–2025".
 * Intl's sv-SE output uses a no-break space (U+00A0) as group separator and U+2212 as minus;
 * we keep them, since they never break across lines and read correctly in screen readers.
 */
const cache = new Map<string, Intl.NumberFormat>();

function nf(decimals: number, min = decimals): Intl.NumberFormat {
  const key = `${decimals}|${min}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat("sv-SE", { maximumFractionDigits: decimals, minimumFractionDigits: min });
    cache.set(key, f);
  }
  return f;
}

export const MISSING = "Uppgift saknas";

/** Format a number the Swedish way with a fixed number of decimals. null/undefined → "Uppgift saknas". */
export function formatNumber(value: number | null | undefined, decimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return nf(decimals).format(value);
}

/** Format up to `decimals` decimals, dropping trailing zeros ("3,4", "1 993 337"). */
export function formatFlexible(value: number | null | undefined, decimals = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  return nf(decimals, 0).format(value);
}

/** Units that read as a symbol right after the number. */
const SHORT_UNITS: Record<string, string> = {
  procent: "%",
  "procent av befolkningen 20–64 år": "%",
  "procent av invånare 0–19 år": "%",
  "procent av arbetskraften 20–64 år": "%",
  "procent av hushållen": "%",
};

/** "12,3 %" for percentage units, otherwise the bare number (the unit is stated in the caption). */
export function formatValue(value: number | null | undefined, unit: string, decimals: number): string {
  const n = formatNumber(value, decimals);
  if (n === MISSING) return n;
  const short = SHORT_UNITS[unit] ?? (unit.startsWith("procent") ? "%" : undefined);
  return short ? `${n}\u00a0${short}` : n;
}

export function formatCount(n: number, singular: string, plural: string): string {
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}

/** Year or "Uppgift saknas" */
export function formatYear(year: number | null | undefined): string {
  return year === null || year === undefined ? MISSING : String(year);
}

export function formatRank(rank: number | null, of: number): string {
  return rank === null ? MISSING : `${rank} av ${of}`;
}

/** Date as "27 november 2026" (Europe/Stockholm). */
export function formatDate(d: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { day: "numeric", month: "long", year: "numeric", timeZone: "Europe/Stockholm" }).format(d);
}

/** Swedish collation for sorting names (Å, Ä, Ö after Z). */
export const collator = new Intl.Collator("sv-SE");
