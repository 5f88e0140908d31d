/** The time-series card of one indicator: a few regions and Riket over time; a series break is drawn and said in words. */
import type { Indicator, IndicatorValue, Region } from "../schema";
import { NATIONAL_CODE } from "../schema";
import { periodsOf, seriesFor } from "../derive/indicators";
import { breaksBetween } from "../derive/series-breaks";
import { uniqueSources } from "../derive/sources";
import { formatValue } from "../format";
import { translator, type Lang } from "../i18n";
import { indicatorText, riketName } from "../indicator-text";
import { OKABE_ITO, RIKET_COLOR } from "../palette";
import { LINE_CHART_HEIGHT } from "../chart-layout/chart-height";
import type { LineSeries } from "../chart-layout/chart-props";
import { embedFallbackHeight } from "../export/embed";
import { seriesData } from "../export/tidy-data";
import type { CardModel, LinesChart } from "./types";

const LINE_COLORS = [OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.green, OKABE_ITO.pink, OKABE_ITO.orange, OKABE_ITO.sky];
const MARKERS: LineSeries["marker"][] = ["circle", "square", "diamond", "triangle", "star", "wye"];

export type IndicatorSeriesInput = {
  indicator: Indicator;
  values: IndicatorValue[];
  regions: Pick<Region, "code" | "name">[];
  /** County codes (and "00" for Riket) in the order of the lines. */
  chosen: string[];
};

/** Fewer than two periods: no chart, only the sentence that says why. */
export type NoSeries = { id: string; chart: null; description: string };

export function indicatorSeriesCard({ indicator, values, regions, chosen }: IndicatorSeriesInput, lang: Lang): CardModel<LinesChart> | NoSeries {
  const t = translator(lang);
  const it = indicatorText(indicator, lang);
  const id = indicator.id;
  const periods = periodsOf(values, id);
  const nameOf = (code: string) => (code === NATIONAL_CODE ? riketName(lang) : regions.find((r) => r.code === code)?.name ?? code);
  const fmt = (v: number | null) => formatValue(v, indicator.unit, indicator.decimals, lang);
  const series = seriesFor(values, id, chosen);
  if (series.length < 2) {
    return {
      id: `tidsserie-${id}`,
      chart: null,
      description: t(
        `Tidsserie saknas: indikatorn finns bara för ${periods.length === 1 ? `ett år (${periods[0].period})` : "inga år"}.`,
        `No time series: the indicator exists for ${periods.length === 1 ? `one year only (${periods[0].period})` : "no years"}.`,
      ),
    };
  }
  const breaks = breaksBetween(indicator, periods);
  const first = series[0];
  const last = series.at(-1)!;
  const change = chosen
    .map((c) => ({ c, a: first.values[c], b: last.values[c] }))
    .filter((x) => x.a != null && x.b != null)
    .map((x) => t(`${nameOf(x.c)} från ${fmt(x.a!)} till ${fmt(x.b!)}`, `${nameOf(x.c)} from ${fmt(x.a!)} to ${fmt(x.b!)}`));
  const description = lang === "en"
    ? `Between ${first.period} and ${last.period}, ${change.length ? `values went: ${change.join(", ")}` : "the values cannot be compared (a value is missing in one of the years)"}.` +
      (breaks.length ? " Note the series break: the years before and after are not comparable." : "")
    : `Mellan ${first.period} och ${last.period} gick ${change.length ? change.join(", ") : "värdena inte att jämföra (uppgift saknas något av åren)"}.` +
      (breaks.length ? " Observera serieavbrottet: åren före och efter är inte jämförbara." : "");
  const names = chosen.map(nameOf);
  const span = `${periods[0].period}–${periods.at(-1)!.period}`;
  return {
    id: `tidsserie-${id}`,
    title: `${it.short} ${span}`,
    subtitle: `${it.unit}. ${names.join(", ")}.`,
    unit: it.unit,
    period: span,
    description,
    sources: uniqueSources(values.filter((v) => v.indicator === id && chosen.includes(v.region)).map((v) => v.source)).slice(0, 3),
    credit: it.credit,
    notes: breaks.map((b) => {
      const note = `Serieavbrott mellan ${b.between[0]} och ${b.between[1]}: ${b.noteSv}`;
      return lang === "en" ? { sv: note } : note;
    }),
    table: {
      caption: t(`${indicator.nameSv} per år (${indicator.unit})`, `${it.name} by year (${it.unit})`),
      columns: [{ id: "period", label: t("År", "Year") }, ...chosen.map((c) => ({ id: c, label: nameOf(c), numeric: true }))],
      rows: series.map((p) => ({
        id: p.period,
        cells: {
          period: { t: p.period, v: p.year },
          ...Object.fromEntries(chosen.map((c) => [c, { t: fmt(p.values[c]), v: p.values[c] }])),
        },
      })),
    },
    data: seriesData(indicator, values, chosen, nameOf, lang),
    fileName: { page: `indikator-${indicator.shortSv}`, selection: names.join("-"), year: `${periods[0].year}-${periods.at(-1)!.year}` },
    embedHeight: embedFallbackHeight("line", LINE_CHART_HEIGHT),
    linkParams: ["regioner"],
    chart: {
      data: series,
      series: chosen.map((code, i) =>
        code === NATIONAL_CODE
          ? { key: code, label: riketName(lang), color: RIKET_COLOR, dashed: true, marker: "cross" }
          : { key: code, label: nameOf(code), color: LINE_COLORS[i % LINE_COLORS.length], marker: MARKERS[i % MARKERS.length] },
      ),
      decimals: indicator.decimals,
      breaks: breaks.map((b) => ({ between: b.between, label: t("Serieavbrott", "Series break") })),
      ariaLabel: t(`Linjediagram: ${indicator.nameSv} över tid för ${names.join(", ")}`, `Line chart: ${it.name} over time for ${names.join(", ")}`),
    },
  };
}
