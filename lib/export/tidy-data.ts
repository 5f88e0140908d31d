import type { CountRow } from "../derive/records";
import type { Ranking } from "../derive/indicators";
import { translator, type Lang } from "../i18n";
import { indicatorText, kindLabel, riketName } from "../indicator-text";
import { KINDS, NATIONAL_CODE, type Entry, type Indicator, type IndicatorValue } from "../schema";
import { tidyTable, yearSpan, type TidyRow } from "./tidy";
import type { ExportTable } from "./types";

/** The tidy downloads of each kind of chart card, built on the server from the same data as the chart. */

/** Ranked bars or map of one indicator and period: the 21 län in the given order, Riket last, with the rank. */
export function rankingData(indicator: Indicator, r: Ranking, year: number | null, lang: Lang): ExportTable {
  const t = translator(lang);
  const it = indicatorText(indicator, lang);
  const base = { year, period: r.period, unit: it.unit, indicatorId: indicator.id, indicatorName: it.name };
  const rows: TidyRow[] = r.rows.map((x) => ({
    ...base, code: x.code, name: x.name, value: x.value, sources: [x.source ?? indicator.source], extra: { rang: x.rank },
  }));
  if (r.riket) rows.push({ ...base, code: NATIONAL_CODE, name: riketName(lang), value: r.riket.value, sources: [r.riket.source], extra: { rang: null } });
  return tidyTable(rows, lang, [{ id: "rang", label: t("Rang", "Rank"), numeric: true }]);
}

/** A time series: one row per region (Riket "00") and period, regions in the chart's order. */
export function seriesData(indicator: Indicator, values: IndicatorValue[], codes: string[], nameOf: (code: string) => string, lang: Lang): ExportTable {
  const it = indicatorText(indicator, lang);
  const mine = values.filter((v) => v.indicator === indicator.id && codes.includes(v.region));
  const periods = [...new Map(values.filter((v) => v.indicator === indicator.id).map((v) => [v.period, v.year])).entries()].sort((a, b) => a[1] - b[1]);
  const rows: TidyRow[] = codes.flatMap((code) =>
    periods.map(([period, year]) => {
      const v = mine.find((x) => x.region === code && x.period === period);
      return {
        code, name: nameOf(code), year, period, value: v ? v.value : null, unit: it.unit, indicatorId: indicator.id, indicatorName: it.name,
        sources: [v ? v.source : indicator.source],
      };
    }),
  );
  return tidyTable(rows, lang);
}

/**
 * Record counts per county (or per theme for one county): the count is the value, with the count per kind beside it;
 * the period is the span of the counted records' years, and the sources are the records' own.
 */
export function countData({ rows, entries, entryKey, county, theme, indicatorName, lang }: {
  rows: CountRow[];
  entries: Entry[];
  /** Which row an entry belongs to (its region, or its theme). */
  entryKey: (e: Entry) => string;
  /** The county of every row (a region page's chart); by default the row is the county. */
  county?: { code: string; name: string };
  /** Rows are themes: their id and name go in the columns "tema_id" and "tema". */
  theme?: boolean;
  indicatorName: string;
  lang: Lang;
}): ExportTable {
  const t = translator(lang);
  const kinds = KINDS.filter((k) => rows.some((r) => r.byKind[k] > 0));
  const out: TidyRow[] = rows.map((r) => {
    const mine = entries.filter((e) => entryKey(e) === r.key);
    return {
      code: county?.code ?? r.key,
      name: county?.name ?? r.label,
      ...yearSpan(mine.map((e) => e.year)),
      value: r.count,
      unit: t("poster", "records"),
      indicatorId: "antal_poster",
      indicatorName,
      sources: mine.map((e) => e.source),
      extra: { ...(theme ? { tema_id: r.key, tema: r.label } : {}), ...Object.fromEntries(kinds.map((k) => [`typ_${k}`, r.byKind[k]])) },
    };
  });
  return tidyTable(out, lang, [
    ...(theme ? [{ id: "tema_id", label: t("Tema-id", "Theme id") }, { id: "tema", label: t("Tema", "Theme") }] : []),
    ...kinds.map((k) => ({ id: `typ_${k}`, label: `${t("Varav", "Of which")} ${kindLabel(k, lang, true).toLowerCase()}`, numeric: true })),
  ]);
}
