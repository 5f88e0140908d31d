/**
 * The change of an indicator over its whole series, computed from the data (issue 15): for Riket when Riket has a
 * value in the first and last year, else for the 21 län together when the metadata says they add up (sumOfCounties)
 * and every län has a value in both years. Never across a series break: then null. Pure and client-safe.
 */
import { NATIONAL_CODE } from "../kinds";
import { formatNumber } from "../format";
import type { Lang } from "../i18n";

type V = { indicator: string; region: string; year: number; period: string; value: number };
type Ind = { id: string; unit: string; unitEn: string; decimals: number; sumOfCounties?: boolean; seriesBreaks: { after: number }[] };
export type SeriesChange = { scope: "riket" | "lanen"; from: { year: number; value: number }; to: { year: number; value: number } };

export function seriesChange(ind: Ind, values: V[], regionCount: number): SeriesChange | null {
  const own = values.filter((v) => v.indicator === ind.id && v.period === String(v.year));
  const years = [...new Set(own.map((v) => v.year))].sort((a, b) => a - b);
  const riket = (y: number) => own.find((v) => v.region === NATIONAL_CODE && v.year === y)?.value;
  const sum = (y: number) => {
    const xs = own.filter((v) => v.region !== NATIONAL_CODE && v.year === y);
    return xs.length === regionCount ? xs.reduce((s, v) => s + v.value, 0) : undefined;
  };
  const pick = (f: (y: number) => number | undefined) => {
    const ys = years.filter((y) => f(y) !== undefined);
    return ys.length >= 2 ? { from: ys[0], to: ys[ys.length - 1] } : null;
  };
  let scope: SeriesChange["scope"] = "riket";
  let f: (y: number) => number | undefined = riket;
  let span = pick(riket);
  if (!span && ind.sumOfCounties) {
    scope = "lanen";
    f = sum;
    span = pick(sum);
  }
  if (!span) return null;
  if (ind.seriesBreaks.some((b) => b.after >= span!.from && b.after < span!.to)) return null;
  return { scope, from: { year: span.from, value: f(span.from)! }, to: { year: span.to, value: f(span.to)! } };
}

/** "70,7 miljoner ton …" for large totals; otherwise the indicator's own decimals. */
function amount(v: number, unit: string, decimals: number, lang: Lang): string {
  const abs = Math.abs(v);
  if (abs >= 1e9) return `${formatNumber(v / 1e9, 1, lang)} ${lang === "en" ? "billion" : "miljarder"} ${unit}`;
  if (abs >= 1e6) return `${formatNumber(v / 1e6, 1, lang)} ${lang === "en" ? "million" : "miljoner"} ${unit}`;
  return `${formatNumber(v, decimals, lang)} ${unit}`;
}

/** "Riket: från 70,7 till 44,0 miljoner ton … 1990–2023." / "The 21 counties together: from … to … 1990–2024." */
export function changeSentence(c: SeriesChange, ind: Ind, lang: Lang): string {
  const unit = lang === "en" ? ind.unitEn : ind.unit;
  const [a, b] = [amount(c.from.value, unit, ind.decimals, lang), amount(c.to.value, unit, ind.decimals, lang)];
  // Same scale word in both ends reads better: "från 70,7 till 47,5 miljoner ton".
  const scale = (s: string) => s.replace(/^[-−\d\s,.]+/, "");
  const aShort = scale(a) === scale(b) ? a.slice(0, a.length - scale(a).length).trim() : a;
  const who = c.scope === "riket" ? (lang === "en" ? "Sweden" : "Riket") : lang === "en" ? "The 21 counties together" : "De 21 länen tillsammans";
  return lang === "en"
    ? `${who}: from ${aShort} to ${b} ${c.from.year}–${c.to.year}.`
    : `${who}: från ${aShort} till ${b} ${c.from.year}–${c.to.year}.`;
}
