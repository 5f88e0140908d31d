import type { Entry, Region } from "@/lib/schema";
import { getDataset } from "@/lib/data";
import { countsByTheme } from "@/lib/derive/records";
import { KIND_LABELS } from "@/lib/labels";
import { KIND_COLORS } from "@/lib/palette";
import { KINDS } from "@/lib/schema";
import { yearsOf } from "@/lib/view-models";
import { ChartCard } from "@/components/charts/ChartCard";
import { BarChart } from "@/components/charts/BarChart";

/** Records per theme for one region, stacked by kind. Used on the region page and in its embed. */
export function RegionThemesCard({ region, entries }: { region: Region; entries: Entry[] }) {
  const d = getDataset();
  const perTheme = countsByTheme(entries, d.themes);
  const themesWith = perTheme.filter((t) => t.count > 0);
  const top = [...themesWith].sort((a, b) => b.count - a.count)[0];
  const kindsPresent = KINDS.filter((k) => perTheme.some((t) => t.byKind[k] > 0));
  const sources = [...new Map(entries.map((e) => [e.source.url, e.source])).values()];
  return (
      <ChartCard
        id="poster-per-tema"
        embedPath={`/embed/regioner/${region.code}`}
        exportName={{ page: `region-${region.name}`, selection: "poster-per-tema" }}
        title={`Antal poster per tema, ${region.organisation}`}
        subtitle={`Antal poster, uppdelat på typ. Poster från åren ${yearsOf(entries).at(-1) ?? "–"}–${yearsOf(entries)[0] ?? "–"} samt utan år.`}
        description={
          entries.length === 0
            ? `Vi har inga poster för ${region.organisation}.`
            : `${region.organisation} har ${entries.length} poster inom ${themesWith.length} av ${d.themes.length} teman; flest inom ${top.label.toLowerCase()} (${top.count}).`
        }
        sources={sources.slice(0, 3)}
        notes={sources.length > 3 ? [`Posterna kommer från ${sources.length} källsidor; varje post länkar till sin källa nedan.`] : []}
        table={{
          caption: `Antal poster per tema och typ, ${region.organisation}`,
          columns: [{ id: "tema", label: "Tema" }, ...kindsPresent.map((k) => ({ id: k, label: KIND_LABELS[k].svPlural, numeric: true })), { id: "total", label: "Totalt", numeric: true }],
          rows: perTheme.map((t) => ({
            id: t.key,
            cells: {
              tema: { t: t.label, v: t.label, href: `/teman/${t.key}` },
              ...Object.fromEntries(kindsPresent.map((k) => [k, { t: String(t.byKind[k]), v: t.byKind[k] }])),
              total: { t: String(t.count), v: t.count },
            },
          })),
        }}
      >
        <BarChart
          ariaLabel={`Stapeldiagram: antal poster per tema för ${region.organisation}`}
          data={perTheme.map((t) => ({
            label: t.label,
            values: Object.fromEntries(kindsPresent.map((k) => [k, t.byKind[k]])),
            display: t.count === 0 ? "0" : String(t.count),
          }))}
          series={kindsPresent.map((k) => ({ key: k, label: KIND_LABELS[k].svPlural, color: KIND_COLORS[k] }))}
          labelWidth={230}
        />
      </ChartCard>
  );
}
