import type { CountRow } from "@/lib/derive/records";
import { ChartCard } from "@/components/charts/ChartCard";
import { ChoroplethMap } from "@/components/map/ChoroplethMap";
import type { Source } from "@/lib/schema";

/** Number of records per län as a choropleth; zero is a value here (we have no records), not missing data. */
export function RecordsMapCard({ id, title, subtitle, counts, hrefFor, sources, level = 2, embedPath }: {
  id: string;
  embedPath?: string;
  title: string;
  subtitle: string;
  counts: CountRow[];
  hrefFor: (code: string) => string;
  sources: Source[];
  level?: 2 | 3;
}) {
  const sorted = [...counts].sort((a, b) => b.count - a.count);
  const zero = counts.filter((c) => c.count === 0);
  const description =
    `Flest poster har ${sorted[0].label} (${sorted[0].count}).` +
    (zero.length ? ` ${zero.length} ${zero.length === 1 ? "region saknar" : "regioner saknar"} poster: ${zero.map((z) => z.label).join(", ")}.` : "");
  return (
    <ChartCard
      id={id}
      level={level}
      exportName={{ page: id, selection: title }}
      embedPath={embedPath}
      title={title}
      subtitle={subtitle}
      description={description}
      sources={sources.slice(0, 2)}
      notes={["Antalet poster speglar vad vi har hittat i källorna, inte hur mycket regionen gör.", "Karta: MapSVG / svg-maps, CC BY 4.0."]}
      table={{
        caption: `${title}, per region`,
        columns: [{ id: "region", label: "Region" }, { id: "count", label: "Poster", numeric: true }],
        rows: counts.map((c) => ({
          id: c.key,
          cells: { region: { t: c.label, v: c.label, href: hrefFor(c.key) }, count: { t: String(c.count), v: c.count } },
        })),
      }}
    >
      <div data-export-target>
        <ChoroplethMap
          title={title}
          description={description}
          showCaption={false}
          idPrefix={id}
          unitLabel="Antal poster"
          legendDecimals={0}
          values={counts.map((c) => ({
            code: c.key,
            name: c.label,
            value: c.count,
            display: `${c.count} ${c.count === 1 ? "post" : "poster"}`,
            href: hrefFor(c.key),
          }))}
        />
      </div>
    </ChartCard>
  );
}
