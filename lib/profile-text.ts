/**
 * Words for a region's standing on an indicator, in sv and en: "rang 21 av 21, lägst", "bättre än riket",
 * "+0,8 procentenheter sedan 2020", and the "my region" sentence "Västerbotten: 3,3 % (rang 21 av 21, lägst)".
 */
import type { Comparison, Direction, Extreme } from "./derive/profile";
import { formatValue } from "./format";
import { LOCALE, type Lang } from "./i18n";

export function rankText(rank: number, of: number, extreme: Extreme, lang: Lang): string {
  const base = lang === "en" ? `rank ${rank} of ${of}` : `rang ${rank} av ${of}`;
  if (!extreme) return base;
  const word = extreme === "highest" ? (lang === "en" ? "highest" : "högst") : lang === "en" ? "lowest" : "lägst";
  return `${base}, ${word}`;
}

export function comparisonText(c: Comparison, lang: Lang): string | null {
  if (c === null) return null;
  const sv = { better: "bättre än riket", worse: "sämre än riket", same: "samma som riket" };
  const en = { better: "better than Sweden", worse: "worse than Sweden", same: "same as Sweden" };
  return (lang === "en" ? en : sv)[c];
}

export function directionText(d: Direction, lang: Lang): string {
  const sv = { "hogre-battre": "högre är bättre", "lagre-battre": "lägre är bättre", neutral: "varken högt eller lågt är bättre" };
  const en = { "hogre-battre": "higher is better", "lagre-battre": "lower is better", neutral: "neither high nor low is better" };
  return (lang === "en" ? en : sv)[d];
}

/** Percentages read with "%" after the number; other units need their words. */
export const isPercentUnit = (unit: string) => unit.startsWith("procent");

/** "+0,8 procentenheter sedan 2020" / "−1 234 sedan 2014"; en "+0.8 percentage points since 2020". */
export function changeText(change: number, decimals: number, unit: string, since: string, lang: Lang): string {
  const n = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: decimals, minimumFractionDigits: decimals, signDisplay: "exceptZero" }).format(change);
  const pp = isPercentUnit(unit) ? (lang === "en" ? " percentage points" : " procentenheter") : "";
  const zero = Number(n.replace(/[^\d]/g, "")) === 0;
  if (zero) return lang === "en" ? `unchanged since ${since}` : `oförändrat sedan ${since}`;
  return lang === "en" ? `${n}${pp} since ${since}` : `${n}${pp} sedan ${since}`;
}

/** "Västerbotten: 3,3 % (rang 21 av 21, lägst)". */
export function standingSentence(name: string, value: number, unit: string, decimals: number, rank: number, of: number, extreme: Extreme, lang: Lang): string {
  return `${name}: ${formatValue(value, unit, decimals, lang)} (${rankText(rank, of, extreme, lang)})`;
}

/**
 * A short unit to write after a value that is not a percentage ("213 tkr", "84,41 år"); "" when the unit has no
 * short form (the full unit is in the row's accessible name and the table twin).
 */
export function shortUnit(unit: string, lang: Lang): string {
  if (isPercentUnit(unit)) return "";
  const sv = lang !== "en";
  if (unit.startsWith("tusen kronor")) return sv ? "tkr" : "SEK k";
  if (unit.startsWith("miljoner kronor")) return sv ? "mnkr" : "SEK m";
  if (unit.startsWith("kronor")) return sv ? "kr" : "SEK";
  if (unit === "år") return sv ? "år" : "years";
  if (unit === "tusen personer") return sv ? "tusen" : "thousand";
  if (unit === "tusen ton koldioxidekvivalenter") return sv ? "tusen ton CO₂e" : "kt CO₂e";
  if (unit === "ton koldioxidekvivalenter per invånare") return sv ? "ton CO₂e/inv." : "t CO₂e per cap.";
  if (unit === "ton koldioxidekvivalenter") return sv ? "ton CO₂e" : "t CO₂e";
  if (unit === "km²") return "km²";
  if (unit === "invånare per km²") return sv ? "inv./km²" : "per km²";
  if (unit.startsWith("per 1 000 invånare") || unit.endsWith("per 1 000 invånare")) return sv ? "per 1\u00a0000 inv." : "per 1,000 inh.";
  // Counts (invånare, personer, företag, bilar) read without a unit; the row's name says what is counted.
  return "";
}

/** A value with its short unit: "3,3 %", "213 tkr", "281 138". */
export function valueWithUnit(value: number, unit: string, decimals: number, lang: Lang): string {
  const short = shortUnit(unit, lang);
  const n = formatValue(value, unit, decimals, lang);
  return short ? `${n}\u00a0${short}` : n;
}

/** "1 indikator", "6 indikatorer" · "6 indicators". */
export function indicatorCount(n: number, lang: Lang): string {
  return lang === "en" ? `${n} ${n === 1 ? "indicator" : "indicators"}` : `${n} ${n === 1 ? "indikator" : "indikatorer"}`;
}

/**
 * One line that sums up a theme group of the profile, for its summary (the at-a-glance answer when the group is
 * closed on a phone): "4 indikatorer: 1 bättre än riket, 2 sämre" · "2 indicators: none compared with Sweden".
 */
export function groupVerdict(comparisons: readonly Comparison[], lang: Lang): string {
  const n = comparisons.length;
  const count = (c: Comparison) => comparisons.filter((x) => x === c).length;
  const better = count("better");
  const worse = count("worse");
  const same = count("same");
  const head = indicatorCount(n, lang);
  const parts = lang === "en"
    ? [better ? `${better} better than Sweden` : "", worse ? `${worse} worse` : "", same ? `${same} the same` : ""]
    : [better ? `${better} bättre än riket` : "", worse ? `${worse} sämre` : "", same ? `${same} samma` : ""];
  const said = parts.filter(Boolean);
  if (said.length === 0) return `${head}: ${lang === "en" ? "no comparison with Sweden" : "utan jämförelse med riket"}`;
  return `${head}: ${said.join(", ")}`;
}
