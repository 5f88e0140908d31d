import type { Indicator } from "@/lib/schema";
import { uniqueSources } from "@/lib/derive/sources";
import { NATIONAL_CODE } from "@/lib/schema";
import { getDataset } from "@/lib/data";
import { periodsOf, seriesFor } from "@/lib/derive/indicators";
import { breaksBetween } from "@/lib/derive/series-breaks";
import { formatValue } from "@/lib/format";
import { translator, type Lang } from "@/lib/i18n";
import { indicatorText, riketName } from "@/lib/indicator-text";
import { OKABE_ITO, RIKET_COLOR } from "@/lib/palette";
import { ChartCard } from "@/components/card/ChartCard";
import { LazyTimeSeriesChart, type LineSeries } from "@/components/charts/LazyTimeSeriesChart";
import { LINE_CHART_HEIGHT } from "@/components/charts/chart-types";
import { embedFallbackHeight } from "@/lib/export/embed";
import { seriesData } from "@/lib/export/tidy-data";

const LINE_COLORS = [OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.green, OKABE_ITO.pink, OKABE_ITO.orange, OKABE_ITO.sky];
const MARKERS: LineSeries["marker"][] = ["circle", "square", "diamond", "triangle", "star", "wye"];

/** The indicator over time for a few regions and Riket; a series break is drawn and said in words. */
export function IndicatorSeriesCard({ indicator, chosen, embedPath, lang }: { indicator: Indicator; chosen: string[]; embedPath?: string; lang: Lang }) {
  const t = translator(lang);
  const it = indicatorText(indicator, lang);
  const d = getDataset();
  const id = indicator.id;
  const periods = periodsOf(d.values, id);
  const nameOf = (code: string) => (code === NATIONAL_CODE ? riketName(lang) : d.regions.find((r) => r.code === code)?.name ?? code);
  const fmt = (v: number | null) => formatValue(v, indicator.unit, indicator.decimals, lang);
  const series = seriesFor(d.values, id, chosen);
  const lineSeries: LineSeries[] = chosen.map((code, i) =>
    code === NATIONAL_CODE
      ? { key: code, label: riketName(lang), color: RIKET_COLOR, dashed: true, marker: "cross" }
      : { key: code, label: nameOf(code), color: LINE_COLORS[i % LINE_COLORS.length], marker: MARKERS[i % MARKERS.length] },
  );
  const breaks = breaksBetween(indicator, periods);
  const sources = uniqueSources(d.values.filter((v) => v.indicator === id && chosen.includes(v.region)).map((v) => v.source));
  const first = series[0];
  const last = series.at(-1);
  const change = chosen
    .map((c) => ({ c, a: first?.values[c], b: last?.values[c] }))
    .filter((x) => x.a != null && x.b != null)
    .map((x) => t(`${nameOf(x.c)} från ${fmt(x.a!)} till ${fmt(x.b!)}`, `${nameOf(x.c)} from ${fmt(x.a!)} to ${fmt(x.b!)}`));
  const description =
    series.length < 2
      ? t(
          `Tidsserie saknas: indikatorn finns bara för ${periods.length === 1 ? `ett år (${periods[0].period})` : "inga år"}.`,
          `No time series: the indicator exists for ${periods.length === 1 ? `one year only (${periods[0].period})` : "no years"}.`,
        )
      : lang === "en"
        ? `Between ${first!.period} and ${last!.period}, ${change.length ? `values went: ${change.join(", ")}` : "the values cannot be compared (a value is missing in one of the years)"}.` +
          (breaks.length ? " Note the series break: the years before and after are not comparable." : "")
        : `Mellan ${first!.period} och ${last!.period} gick ${change.length ? change.join(", ") : "värdena inte att jämföra (uppgift saknas något av åren)"}.` +
          (breaks.length ? " Observera serieavbrottet: åren före och efter är inte jämförbara." : "");
  if (series.length < 2) return <p className="muted">{description}</p>;
  return (
    <ChartCard
      id={`tidsserie-${id}`}
      lang={lang}
      title={`${it.short} ${periods[0].period}–${periods.at(-1)!.period}`}
      subtitle={`${it.unit}. ${chosen.map(nameOf).join(", ")}.`}
      description={description}
      sources={sources.slice(0, 3)}
      credit={it.credit}
      exportName={{ page: `indikator-${indicator.shortSv}`, selection: chosen.map(nameOf).join("-"), year: `${periods[0].year}-${periods.at(-1)!.year}` }}
      embedPath={embedPath}
      embedHeight={embedFallbackHeight("line", LINE_CHART_HEIGHT)}
      linkParams={["regioner"]}
      data={seriesData(indicator, d.values, chosen, nameOf, lang)}
      notes={breaks.map((b) =>
        lang === "en"
          ? { sv: `Serieavbrott mellan ${b.between[0]} och ${b.between[1]}: ${b.noteSv}` }
          : `Serieavbrott mellan ${b.between[0]} och ${b.between[1]}: ${b.noteSv}`,
      )}
      table={{
        caption: t(`${indicator.nameSv} per år (${indicator.unit})`, `${it.name} by year (${it.unit})`),
        columns: [{ id: "period", label: t("År", "Year") }, ...chosen.map((c) => ({ id: c, label: nameOf(c), numeric: true }))],
        rows: series.map((p) => ({
          id: p.period,
          cells: {
            period: { t: p.period, v: p.year },
            ...Object.fromEntries(chosen.map((c) => [c, { t: fmt(p.values[c]), v: p.values[c] }])),
          },
        })),
      }}
    >
      <LazyTimeSeriesChart
        lang={lang}
        ariaLabel={t(`Linjediagram: ${indicator.nameSv} över tid för ${chosen.map(nameOf).join(", ")}`, `Line chart: ${it.name} over time for ${chosen.map(nameOf).join(", ")}`)}
        data={series}
        series={lineSeries}
        decimals={indicator.decimals}
        breaks={breaks.map((b) => ({ between: b.between, label: t("Serieavbrott", "Series break") }))}
      />
    </ChartCard>
  );
}
