import type { Indicator, IndicatorValue, Region } from "@/lib/schema";
import { rankingFor } from "@/lib/derive/indicators";
import { formatNumber, formatRank, formatValue, MISSING } from "@/lib/format";
import { ChartCard } from "@/components/charts/ChartCard";
import { ChoroplethMap } from "@/components/map/ChoroplethMap";

/** The indicator for one period as a choropleth of the 21 län, with the same data as a table. */
export function IndicatorMapCard({ indicator, values, regions, period, level = 2, embedPath }: {
  indicator: Indicator;
  values: IndicatorValue[];
  regions: Pick<Region, "code" | "name">[];
  period: string;
  level?: 2 | 3;
  embedPath?: string;
}) {
  const r = rankingFor(values, indicator.id, period, regions);
  const fmt = (v: number | null) => formatValue(v, indicator.unit, indicator.decimals);
  const present = r.rows.filter((x) => x.value !== null);
  const sources = [...new Map(present.map((x) => [x.source!.url, x.source!])).values()];
  const title = `${indicator.shortSv} ${period}, karta`;
  const description =
    present.length === 0
      ? `${MISSING} för ${period}.`
      : `Kartan färgar länen i ${Math.min(5, new Set(present.map((x) => x.value)).size)} klasser från lägst (ljus) till högst (mörk); ${present[0].name} har högst värde och ${present.at(-1)!.name} lägst.` +
        (r.missing.length ? ` ${MISSING} för ${r.missing.join(", ")}.` : "");
  return (
    <ChartCard
      id={`karta-${indicator.id}`}
      level={level}
      title={title}
      subtitle={`${indicator.unit}, ${period}. ${formatNumber(r.count)} av ${regions.length} län har en uppgift.`}
      description={description}
      sources={sources.length ? sources.slice(0, 2) : [indicator.source]}
      credit={indicator.credit}
      embedPath={embedPath}
      exportName={{ page: `indikator-${indicator.shortSv}`, selection: "karta", year: period }}
      notes={["Karta: MapSVG / svg-maps, CC BY 4.0."]}
      table={{
        caption: `${indicator.nameSv} ${period}, per län (${indicator.unit})`,
        columns: [
          { id: "lan", label: "Län" },
          { id: "value", label: "Värde", numeric: true },
          { id: "rank", label: "Rang", numeric: true },
        ],
        rows: [...r.rows]
          .sort((a, b) => a.code.localeCompare(b.code))
          .map((x) => ({
            id: x.code,
            cells: {
              lan: { t: x.name, v: x.name, href: `/regioner/${x.code}` },
              value: { t: fmt(x.value), v: x.value },
              rank: { t: formatRank(x.rank, r.count), v: x.rank },
            },
          })),
      }}
    >
      <div data-export-target>
        <ChoroplethMap
          title={title}
          description={description}
          showCaption={false}
          idPrefix={`karta-${indicator.id}`}
          unitLabel={indicator.unit}
          legendDecimals={indicator.decimals}
          values={r.rows.map((x) => ({
            code: x.code,
            name: x.name,
            value: x.value,
            display: x.value === null ? MISSING : `${fmt(x.value)}${fmt(x.value).includes("%") ? "" : " " + indicator.unit}, rang ${formatRank(x.rank, r.count)}`,
            href: `/regioner/${x.code}`,
          }))}
        />
      </div>
    </ChartCard>
  );
}
