import type { CountRow } from "@/lib/derive/records";
import { ChartCard } from "@/components/card/ChartCard";
import { ChoroplethMap } from "@/components/map/ChoroplethMap";
import type { Source } from "@/lib/schema";
import { translator, type Lang } from "@/lib/i18n";
import type { Entry } from "@/lib/schema";
import { embedFallbackHeight } from "@/lib/export/embed";
import { countData } from "@/lib/export/tidy-data";

/** Number of records per län as a choropleth; zero is a value here (we have no records), not missing data. */
export function RecordsMapCard({ id, title, subtitle, counts, entries, hrefFor, sources, level = 2, embedPath, linkTarget, lang }: {
  id: string;
  /** "_blank" in embeds (see ChoroplethMap). */
  linkTarget?: "_blank";
  embedPath?: string;
  title: string;
  subtitle: string;
  counts: CountRow[];
  /** The counted records (their years and sources go into the data downloads). */
  entries: Entry[];
  hrefFor: (code: string) => string;
  sources: Source[];
  level?: 2 | 3;
  lang: Lang;
}) {
  const t = translator(lang);
  const sorted = [...counts].sort((a, b) => b.count - a.count);
  const zero = counts.filter((c) => c.count === 0);
  const description =
    lang === "en"
      ? `${sorted[0].label} has the most records (${sorted[0].count}).` +
        (zero.length ? ` ${zero.length} ${zero.length === 1 ? "region has" : "regions have"} no records: ${zero.map((z) => z.label).join(", ")}.` : "")
      : `Flest poster har ${sorted[0].label} (${sorted[0].count}).` +
        (zero.length ? ` ${zero.length} ${zero.length === 1 ? "region saknar" : "regioner saknar"} poster: ${zero.map((z) => z.label).join(", ")}.` : "");
  return (
    <ChartCard
      id={id}
      lang={lang}
      level={level}
      exportName={{ page: id, selection: title }}
      embedPath={embedPath}
      embedHeight={embedFallbackHeight("map")}
      data={countData({ rows: counts, entries, entryKey: (e) => e.region, indicatorName: title, lang })}
      title={title}
      subtitle={subtitle}
      description={description}
      sources={sources.slice(0, 2)}
      notes={[
        t("Antalet poster speglar vad vi har hittat i källorna, inte hur mycket regionen gör.", "The number of records reflects what we found in the sources, not how much the region does."),
        t("Karta: MapSVG / svg-maps, CC BY 4.0.", "Map: MapSVG / svg-maps, CC BY 4.0."),
      ]}
      table={{
        caption: t(`${title}, per region`, `${title}, by region`),
        columns: [{ id: "region", label: "Region" }, { id: "count", label: t("Poster", "Records"), numeric: true }],
        rows: counts.map((c) => ({
          id: c.key,
          cells: { region: { t: c.label, v: c.label, href: hrefFor(c.key) }, count: { t: String(c.count), v: c.count } },
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
          idPrefix={`${id}-karta`}
          unitLabel={t("Antal poster", "Number of records")}
          legendDecimals={0}
          values={counts.map((c) => ({
            code: c.key,
            name: c.label,
            value: c.count,
            display: `${c.count} ${c.count === 1 ? t("post", "record") : t("poster", "records")}`,
            href: hrefFor(c.key),
          }))}
        />
      </div>
    </ChartCard>
  );
}
