import type { Indicator, IndicatorValue, Region } from "@/lib/schema";
import { uniqueSources } from "@/lib/derive/sources";
import { rankingFor } from "@/lib/derive/indicators";
import { myRegionStanding } from "@/lib/derive/my-region";
import { formatFlexible, formatNumber, formatRank, formatValue } from "@/lib/format";
import { href, missingText, translator, type Lang } from "@/lib/i18n";
import { indicatorText, riketName } from "@/lib/indicator-text";
import { ChartCard, type Note } from "@/components/card/ChartCard";
import { LazyHorizontalBarChart } from "@/components/charts/LazyHorizontalBarChart";
import { barChartHeight } from "@/components/charts/chart-types";
import { embedFallbackHeight } from "@/lib/export/embed";
import { rankingData } from "@/lib/export/tidy-data";

/** Ranked bars of the 21 regions for one indicator and period, Riket as a dashed reference line. */
export function RankedIndicatorCard({ indicator, values, regions, period, highlight, level = 3, embedPath, lang }: {
  indicator: Indicator;
  values: IndicatorValue[];
  regions: Pick<Region, "code" | "name">[];
  period: string;
  highlight?: string;
  level?: 2 | 3;
  embedPath?: string;
  lang: Lang;
}) {
  const t = translator(lang);
  const MISSING = missingText(lang);
  const it = indicatorText(indicator, lang);
  const riket = riketName(lang);
  const r = rankingFor(values, indicator.id, period, regions);
  const fmt = (v: number | null) => formatValue(v, indicator.unit, indicator.decimals, lang);
  const present = r.rows.filter((x) => x.value !== null);
  const hi = present[0];
  const lo = present[present.length - 1];
  const sources = uniqueSources(present.map((x) => x.source));
  const notes: Note[] = indicator.notes.map((n) => ({ sv: n }));
  if (r.missing.length) notes.push(`${MISSING} ${t("för", "for")} ${r.missing.join(", ")} (${period}).`);
  if (!r.riket) notes.push(`${MISSING} ${t("för riket", "for Sweden as a whole")} (${period}).`);
  const standing = myRegionStanding(r, indicator, highlight, lang);
  const description = (standing ? `${standing}. ` : "") + (
    present.length === 0
      ? `${MISSING} ${t("för", "for")} ${period}.`
      : lang === "en"
        ? `${hi.name} has the highest value (${fmt(hi.value)}) and ${lo.name} the lowest (${fmt(lo.value)}) in ${period}` +
          (r.riket ? `; Sweden as a whole is at ${fmt(r.riket.value)}.` : ".")
        : `${hi.name} har högst värde (${fmt(hi.value)}) och ${lo.name} lägst (${fmt(lo.value)}) år ${period}` +
          (r.riket ? `; riket ligger på ${fmt(r.riket.value)}.` : "."));
  const chart = {
    data: present.map((x) => ({
      label: x.code === highlight ? `▶ ${x.name}` : x.name,
      values: { v: x.value },
      display: formatFlexible(x.value, indicator.decimals, lang),
      highlight: x.code === highlight,
    })),
    series: [{ key: "v", label: it.short }],
    reference: r.riket ? { label: riket, value: r.riket.value, display: formatFlexible(r.riket.value, indicator.decimals, lang) } : undefined,
    labelWidth: 130,
  };
  return (
    <ChartCard
      id={`ind-${indicator.id}`}
      level={level}
      lang={lang}
      title={`${it.short} ${period}`}
      subtitle={lang === "en"
        ? `${it.unit}. ${formatNumber(r.count, 0, lang)} of ${regions.length} counties have a value.`
        : `${indicator.unit}. ${formatNumber(r.count)} av ${regions.length} län har en uppgift.`}
      description={description}
      sources={sources.length ? sources.slice(0, 2) : [indicator.source]}
      credit={it.credit}
      embedPath={embedPath}
      embedHeight={embedFallbackHeight("bars", barChartHeight(chart))}
      linkParams={["ar"]}
      data={rankingData(indicator, r, values.find((v) => v.indicator === indicator.id && v.period === period)?.year ?? null, lang)}
      exportName={{ page: `indikator-${indicator.shortSv}`, selection: "alla-lan", year: period }}
      notes={notes}
      table={{
        caption: `${it.name} ${period}, ${t("per län", "by county")} (${it.unit})`,
        initialSort: { id: "rank", desc: false },
        columns: [
          { id: "lan", label: t("Län", "County") },
          { id: "value", label: t("Värde", "Value"), numeric: true },
          { id: "rank", label: t("Rang", "Rank"), numeric: true },
        ],
        rows: [
          ...r.rows.map((x) => ({
            id: x.code,
            cells: {
              lan: { t: x.code === highlight ? `${x.name} (${t("min region", "my region")})` : x.name, v: x.name, href: href(lang, `/regioner/${x.code}`) },
              value: { t: fmt(x.value), v: x.value },
              rank: { t: formatRank(x.rank, r.count, lang), v: x.rank },
            },
          })),
          ...(r.riket
            ? [{ id: "00", cells: { lan: { t: riket, v: riket }, value: { t: fmt(r.riket.value), v: r.riket.value }, rank: { t: "–", v: null } } }]
            : []),
        ],
      }}
    >
      {present.length === 0 ? (
        <div className="chart-empty" style={{ height: 120 }}>{MISSING} {t("för", "for")} {period}.</div>
      ) : (
        <LazyHorizontalBarChart
          lang={lang}
          ariaLabel={t(`Stapeldiagram: ${indicator.nameSv} ${period} per län`, `Bar chart: ${it.name} ${period} by county`)}
          decimals={indicator.decimals}
          {...chart}
        />
      )}
    </ChartCard>
  );
}
