/** The map card of one indicator and period: a choropleth of the 21 län, the table twin in county-code order. */
import { formatNumber, formatRank } from "../format";
import { href, missingText, translator, type Lang } from "../i18n";
import { embedFallbackHeight } from "../export/embed";
import { rankingData } from "../export/tidy-data";
import { indicatorRanking, rankingCaption, rankingColumns, rankingRow, type IndicatorCardInput } from "./indicator-ranking";
import { MAP_CREDIT_NOTE } from "./records-map";
import type { CardModel, MapChart } from "./types";

export function indicatorMapCard(input: IndicatorCardInput, lang: Lang): CardModel<MapChart> {
  const { indicator, regions, period, highlight } = input;
  const t = translator(lang);
  const MISSING = missingText(lang);
  const { r, it, present, fmt, sources, lead, standings, year } = indicatorRanking(input, lang);
  const k = Math.min(5, new Set(present.map((x) => x.value)).size);
  const description = lead + (
    present.length === 0
      ? `${MISSING} ${t("för", "for")} ${period}.`
      : t(
          `Kartan färgar länen i ${k} klasser från lägst (ljus) till högst (mörk); ${present[0].name} har högst värde och ${present.at(-1)!.name} lägst.`,
          `The map shades the counties in ${k} classes from lowest (light) to highest (dark); ${present[0].name} has the highest value and ${present.at(-1)!.name} the lowest.`,
        ) + (r.missing.length ? ` ${MISSING} ${t("för", "for")} ${r.missing.join(", ")}.` : ""));
  const byCode = [...r.rows].sort((a, b) => a.code.localeCompare(b.code));
  return {
    id: `karta-${indicator.id}`,
    title: t(`${it.short} ${period}, karta`, `${it.short} ${period}, map`),
    subtitle: t(
      `${indicator.unit}, ${period}. ${formatNumber(r.count)} av ${regions.length} län har en uppgift.`,
      `${it.unit}, ${period}. ${formatNumber(r.count, 0, lang)} of ${regions.length} counties have a value.`,
    ),
    unit: it.unit,
    period,
    description,
    standings,
    sources,
    credit: it.credit,
    notes: [MAP_CREDIT_NOTE[lang]],
    table: {
      caption: rankingCaption(it.name, period, it.unit, lang),
      columns: rankingColumns(lang),
      rows: byCode.map((x) => rankingRow(x, r.count, fmt, highlight, lang)),
    },
    data: rankingData(indicator, { ...r, rows: byCode }, year, lang),
    fileName: { page: `indikator-${indicator.shortSv}`, selection: "karta", year: period },
    embedHeight: embedFallbackHeight("map"),
    linkParams: ["ar"],
    chart: {
      idPrefix: `karta-${indicator.id}-karta`,
      unitLabel: it.unit,
      legendDecimals: indicator.decimals,
      highlight: highlight ?? undefined,
      values: r.rows.map((x) => ({
        code: x.code,
        name: x.name,
        value: x.value,
        display:
          x.value === null
            ? MISSING
            : `${fmt(x.value)}${fmt(x.value).includes("%") ? "" : " " + it.unit}, ${t("rang", "rank")} ${formatRank(x.rank, r.count, lang)}`,
        href: href(lang, `/regioner/${x.code}`),
      })),
    },
  };
}
