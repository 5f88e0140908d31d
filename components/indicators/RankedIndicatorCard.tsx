import type { Indicator, IndicatorValue, Region } from "@/lib/schema";
import { rankingFor } from "@/lib/derive/indicators";
import { formatFlexible, formatNumber, formatRank, formatValue, MISSING } from "@/lib/format";
import { ChartCard } from "@/components/charts/ChartCard";
import { BarChart } from "@/components/charts/BarChart";

/** Ranked bars of the 21 regions for one indicator and period, Riket as a dashed reference line. */
export function RankedIndicatorCard({ indicator, values, regions, period, highlight, level = 3, embedPath }: {
  indicator: Indicator;
  values: IndicatorValue[];
  regions: Pick<Region, "code" | "name">[];
  period: string;
  highlight?: string;
  level?: 2 | 3;
  embedPath?: string;
}) {
  const r = rankingFor(values, indicator.id, period, regions);
  const fmt = (v: number | null) => formatValue(v, indicator.unit, indicator.decimals);
  const present = r.rows.filter((x) => x.value !== null);
  const hi = present[0];
  const lo = present[present.length - 1];
  const sources = [...new Map(present.map((x) => [x.source!.url, x.source!])).values()];
  const notes = [...indicator.notes];
  if (r.missing.length) notes.push(`${MISSING} för ${r.missing.join(", ")} (${period}).`);
  if (!r.riket) notes.push(`${MISSING} för riket (${period}).`);
  const description =
    present.length === 0
      ? `${MISSING} för ${period}.`
      : `${hi.name} har högst värde (${fmt(hi.value)}) och ${lo.name} lägst (${fmt(lo.value)}) år ${period}` +
        (r.riket ? `; riket ligger på ${fmt(r.riket.value)}.` : ".");
  return (
    <ChartCard
      id={`ind-${indicator.id}`}
      level={level}
      title={`${indicator.shortSv} ${period}`}
      subtitle={`${indicator.unit}. ${formatNumber(r.count)} av ${regions.length} län har en uppgift.`}
      description={description}
      sources={sources.length ? sources.slice(0, 2) : [indicator.source]}
      credit={indicator.credit}
      embedPath={embedPath}
      exportName={{ page: `indikator-${indicator.shortSv}`, selection: "alla-lan", year: period }}
      notes={notes}
      table={{
        caption: `${indicator.nameSv} ${period}, per län (${indicator.unit})`,
        initialSort: { id: "rank", desc: false },
        columns: [
          { id: "lan", label: "Län" },
          { id: "value", label: "Värde", numeric: true },
          { id: "rank", label: "Rang", numeric: true },
        ],
        rows: [
          ...r.rows.map((x) => ({
            id: x.code,
            cells: {
              lan: { t: x.name, v: x.name, href: `/regioner/${x.code}` },
              value: { t: fmt(x.value), v: x.value },
              rank: { t: formatRank(x.rank, r.count), v: x.rank },
            },
          })),
          ...(r.riket
            ? [{ id: "00", cells: { lan: { t: "Riket", v: "Riket" }, value: { t: fmt(r.riket.value), v: r.riket.value }, rank: { t: "–", v: null } } }]
            : []),
        ],
      }}
    >
      {present.length === 0 ? (
        <div className="chart-empty" style={{ height: 120 }}>{MISSING} för {period}.</div>
      ) : (
        <BarChart
          ariaLabel={`Stapeldiagram: ${indicator.nameSv} ${period} per län`}
          decimals={indicator.decimals}
          data={present.map((x) => ({
            label: x.name,
            values: { v: x.value },
            display: formatFlexible(x.value, indicator.decimals),
            highlight: x.code === highlight,
          }))}
          series={[{ key: "v", label: indicator.shortSv }]}
          reference={r.riket ? { label: "Riket", value: r.riket.value, display: formatFlexible(r.riket.value, indicator.decimals) } : undefined}
          labelWidth={130}
        />
      )}
    </ChartCard>
  );
}
