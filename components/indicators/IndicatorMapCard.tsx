import type { Indicator, IndicatorValue, Region } from "@/lib/schema";
import { uniqueSources } from "@/lib/derive/sources";
import { rankingFor } from "@/lib/derive/indicators";
import { myRegionStanding } from "@/lib/derive/my-region";
import { formatNumber, formatRank, formatValue } from "@/lib/format";
import { href, missingText, translator, type Lang } from "@/lib/i18n";
import { indicatorText } from "@/lib/indicator-text";
import { ChartCard } from "@/components/card/ChartCard";
import { ChoroplethMap } from "@/components/map/ChoroplethMap";
import { embedFallbackHeight } from "@/lib/export/embed";
import { rankingData } from "@/lib/export/tidy-data";

/** The indicator for one period as a choropleth of the 21 län, with the same data as a table. */
export function IndicatorMapCard({ indicator, values, regions, period, level = 2, embedPath, linkTarget, linkParams = ["ar"], highlight, lang }: {
  /** "My region": outlined on the map and named first in the description. */
  highlight?: string | null;
  /** Query parameters the map depends on ("ar" on the indicator page, "karta" on the overview). */
  linkParams?: string[];
  /** "_blank" in embeds (see ChoroplethMap). */
  linkTarget?: "_blank";
  indicator: Indicator;
  values: IndicatorValue[];
  regions: Pick<Region, "code" | "name">[];
  period: string;
  level?: 2 | 3;
  embedPath?: string;
  lang: Lang;
}) {
  const t = translator(lang);
  const MISSING = missingText(lang);
  const it = indicatorText(indicator, lang);
  const r = rankingFor(values, indicator.id, period, regions);
  const fmt = (v: number | null) => formatValue(v, indicator.unit, indicator.decimals, lang);
  const present = r.rows.filter((x) => x.value !== null);
  const sources = uniqueSources(present.map((x) => x.source));
  const title = t(`${it.short} ${period}, karta`, `${it.short} ${period}, map`);
  const k = Math.min(5, new Set(present.map((x) => x.value)).size);
  const standing = myRegionStanding(r, indicator, highlight, lang);
  const description = (standing ? `${standing}. ` : "") + (
    present.length === 0
      ? `${MISSING} ${t("för", "for")} ${period}.`
      : t(
          `Kartan färgar länen i ${k} klasser från lägst (ljus) till högst (mörk); ${present[0].name} har högst värde och ${present.at(-1)!.name} lägst.`,
          `The map shades the counties in ${k} classes from lowest (light) to highest (dark); ${present[0].name} has the highest value and ${present.at(-1)!.name} the lowest.`,
        ) + (r.missing.length ? ` ${MISSING} ${t("för", "for")} ${r.missing.join(", ")}.` : ""));
  return (
    <ChartCard
      id={`karta-${indicator.id}`}
      lang={lang}
      level={level}
      title={title}
      subtitle={t(
        `${indicator.unit}, ${period}. ${formatNumber(r.count)} av ${regions.length} län har en uppgift.`,
        `${it.unit}, ${period}. ${formatNumber(r.count, 0, lang)} of ${regions.length} counties have a value.`,
      )}
      description={description}
      sources={sources.length ? sources.slice(0, 2) : [indicator.source]}
      credit={it.credit}
      embedPath={embedPath}
      embedHeight={embedFallbackHeight("map")}
      linkParams={linkParams}
      data={rankingData(indicator, { ...r, rows: [...r.rows].sort((a, b) => a.code.localeCompare(b.code)) }, values.find((v) => v.indicator === indicator.id && v.period === period)?.year ?? null, lang)}
      exportName={{ page: `indikator-${indicator.shortSv}`, selection: "karta", year: period }}
      notes={[t("Karta: MapSVG / svg-maps, CC BY 4.0.", "Map: MapSVG / svg-maps, CC BY 4.0.")]}
      table={{
        caption: `${it.name} ${period}, ${t("per län", "by county")} (${it.unit})`,
        columns: [
          { id: "lan", label: t("Län", "County") },
          { id: "value", label: t("Värde", "Value"), numeric: true },
          { id: "rank", label: t("Rang", "Rank"), numeric: true },
        ],
        rows: [...r.rows]
          .sort((a, b) => a.code.localeCompare(b.code))
          .map((x) => ({
            id: x.code,
            cells: {
              lan: { t: x.code === highlight ? `${x.name} (${t("min region", "my region")})` : x.name, v: x.name, href: href(lang, `/regioner/${x.code}`) },
              value: { t: fmt(x.value), v: x.value },
              rank: { t: formatRank(x.rank, r.count, lang), v: x.rank },
            },
          })),
      }}
    >
      <div data-export-target>
        <ChoroplethMap
          lang={lang}
          linkTarget={linkTarget}
          title={title}
          description={description}
          showCaption={false}
          idPrefix={`karta-${indicator.id}-karta`}
          unitLabel={it.unit}
          legendDecimals={indicator.decimals}
          highlight={highlight ?? undefined}
          values={r.rows.map((x) => ({
            code: x.code,
            name: x.name,
            value: x.value,
            display:
              x.value === null
                ? MISSING
                : `${fmt(x.value)}${fmt(x.value).includes("%") ? "" : " " + it.unit}, ${t("rang", "rank")} ${formatRank(x.rank, r.count, lang)}`,
            href: href(lang, `/regioner/${x.code}`),
          }))}
        />
      </div>
    </ChartCard>
  );
}
