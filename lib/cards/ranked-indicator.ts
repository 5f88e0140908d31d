/** The ranked-bars card of one indicator and period: the 21 län, highest first, Riket as a dashed reference line. */
import { formatFlexible, formatNumber } from "../format";
import { missingText, translator, type Lang } from "../i18n";
import { riketName } from "../indicator-text";
import { barChartHeight } from "../chart-layout/chart-height";
import { embedFallbackHeight } from "../export/embed";
import { rankingData } from "../export/tidy-data";
import { indicatorRanking, rankingCaption, rankingColumns, rankingRow, type IndicatorCardInput } from "./indicator-ranking";
import type { BarsChart, CardModel, Note } from "./types";

export function rankedIndicatorCard(input: IndicatorCardInput, lang: Lang): CardModel<BarsChart> {
  const { indicator, regions, period, highlight } = input;
  const t = translator(lang);
  const MISSING = missingText(lang);
  const riket = riketName(lang);
  const { r, it, present, fmt, sources, lead, standings, year } = indicatorRanking(input, lang);
  const hi = present[0];
  const lo = present[present.length - 1];
  const notes: Note[] = indicator.notes.map((n) => ({ sv: n }));
  if (r.missing.length) notes.push(`${MISSING} ${t("för", "for")} ${r.missing.join(", ")} (${period}).`);
  if (!r.riket) notes.push(`${MISSING} ${t("för riket", "for Sweden as a whole")} (${period}).`);
  const description = lead + (
    present.length === 0
      ? `${MISSING} ${t("för", "for")} ${period}.`
      : lang === "en"
        ? `${hi.name} has the highest value (${fmt(hi.value)}) and ${lo.name} the lowest (${fmt(lo.value)}) in ${period}` +
          (r.riket ? `; Sweden as a whole is at ${fmt(r.riket.value)}.` : ".")
        : `${hi.name} har högst värde (${fmt(hi.value)}) och ${lo.name} lägst (${fmt(lo.value)}) år ${period}` +
          (r.riket ? `; riket ligger på ${fmt(r.riket.value)}.` : "."));
  const chart: BarsChart = {
    data: present.map((x) => ({
      label: x.code === highlight ? `▶ ${x.name}` : x.name,
      values: { v: x.value },
      display: formatFlexible(x.value, indicator.decimals, lang),
      highlight: x.code === highlight,
      code: x.code,
    })),
    series: [{ key: "v", label: it.short }],
    reference: r.riket ? { label: riket, value: r.riket.value, display: formatFlexible(r.riket.value, indicator.decimals, lang) } : undefined,
    labelWidth: 130,
    decimals: indicator.decimals,
    ariaLabel: t(`Stapeldiagram: ${indicator.nameSv} ${period} per län`, `Bar chart: ${it.name} ${period} by county`),
  };
  return {
    id: `ind-${indicator.id}`,
    title: `${it.short} ${period}`,
    subtitle: lang === "en"
      ? `${it.unit}. ${formatNumber(r.count, 0, lang)} of ${regions.length} counties have a value.`
      : `${indicator.unit}. ${formatNumber(r.count)} av ${regions.length} län har en uppgift.`,
    unit: it.unit,
    period,
    description,
    standings,
    sources,
    credit: it.credit,
    notes,
    table: {
      caption: rankingCaption(it.name, period, it.unit, lang),
      initialSort: { id: "rank", desc: false },
      columns: rankingColumns(lang),
      rows: [
        ...r.rows.map((x) => rankingRow(x, r.count, fmt, highlight, lang)),
        ...(r.riket
          ? [{ id: "00", cells: { lan: { t: riket, v: riket }, value: { t: fmt(r.riket.value), v: r.riket.value }, rank: { t: "–", v: null } } }]
          : []),
      ],
    },
    data: rankingData(indicator, r, year, lang),
    fileName: { page: `indikator-${indicator.shortSv}`, selection: "alla-lan", year: period },
    embedHeight: embedFallbackHeight("bars", barChartHeight(chart)),
    linkParams: ["ar"],
    chart,
  };
}
