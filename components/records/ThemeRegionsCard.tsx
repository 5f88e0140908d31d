import type { Entry, Theme } from "@/lib/schema";
import { regionsByName } from "@/lib/data";
import { countsByRegion } from "@/lib/derive/records";
import { KIND_LABELS } from "@/lib/labels";
import { KIND_COLORS } from "@/lib/palette";
import { KINDS } from "@/lib/schema";
import { ChartCard } from "@/components/charts/ChartCard";
import { BarChart } from "@/components/charts/BarChart";

/** Records about one theme per region (all 21), stacked by kind. Used on the theme page and in its embed. */
export function ThemeRegionsCard({ theme, entries }: { theme: Theme; entries: Entry[] }) {
  const slug = theme.slug;
  const perRegion = countsByRegion(entries, regionsByName());
  const withRecords = perRegion.filter((r) => r.count > 0);
  const maxRow = [...withRecords].sort((a, b) => b.count - a.count)[0];
  const kindsPresent = KINDS.filter((k) => perRegion.some((r) => r.byKind[k] > 0));
  const sources = [...new Map(entries.map((e) => [e.source.url, e.source])).values()];
  return (
      <ChartCard
        id="poster-per-region"
        embedPath={`/embed/teman/${slug}`}
        exportName={{ page: `tema-${slug}`, selection: "poster-per-region" }}
        title={`Antal poster om ${theme.nameSv.toLowerCase()} per region`}
        subtitle="Antal poster, uppdelat på typ. Alla 21 regioner; noll betyder att vi saknar uppgift."
        description={
          withRecords.length === 0
            ? `Vi har inga poster om ${theme.nameSv.toLowerCase()} från någon region.`
            : `${withRecords.length} av 21 regioner har poster om temat; flest har ${maxRow.label} (${maxRow.count}). ${21 - withRecords.length} regioner saknar poster.`
        }
        sources={sources.slice(0, 3)}
        notes={sources.length > 3 ? [`Posterna kommer från ${sources.length} källsidor; varje post länkar till sin källa i tabellen nedan.`] : []}
        table={{
          caption: `Antal poster om ${theme.nameSv.toLowerCase()} per region och typ`,
          columns: [{ id: "region", label: "Region" }, ...kindsPresent.map((k) => ({ id: k, label: KIND_LABELS[k].svPlural, numeric: true })), { id: "total", label: "Totalt", numeric: true }],
          rows: perRegion.map((r) => ({
            id: r.key,
            cells: {
              region: { t: r.label, v: r.label, href: `/regioner/${r.key}` },
              ...Object.fromEntries(kindsPresent.map((k) => [k, { t: String(r.byKind[k]), v: r.byKind[k] }])),
              total: { t: String(r.count), v: r.count },
            },
          })),
        }}
      >
        <BarChart
          ariaLabel={`Stapeldiagram: antal poster om ${theme.nameSv.toLowerCase()} per region`}
          data={perRegion.map((r) => ({ label: r.label, values: Object.fromEntries(kindsPresent.map((k) => [k, r.byKind[k]])), display: String(r.count) }))}
          series={kindsPresent.map((k) => ({ key: k, label: KIND_LABELS[k].svPlural, color: KIND_COLORS[k] }))}
          labelWidth={130}
        />
      </ChartCard>
  );
}
