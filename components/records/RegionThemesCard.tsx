import type { Entry, Region } from "@/lib/schema";
import { getDataset } from "@/lib/data";
import { countsByTheme } from "@/lib/derive/records";
import { KIND_COLORS } from "@/lib/palette";
import { KINDS } from "@/lib/schema";
import { yearsOf } from "@/lib/view-models";
import { href, translator, type Lang } from "@/lib/i18n";
import { kindLabel, themesIn } from "@/lib/indicator-text";
import { ChartCard } from "@/components/charts/ChartCard";
import { BarChart } from "@/components/charts/BarChart";

/** Records per theme for one region, stacked by kind. Used on the region page and in its embed. */
export function RegionThemesCard({ region, entries, lang }: { region: Region; entries: Entry[]; lang: Lang }) {
  const t = translator(lang);
  const d = getDataset();
  const perTheme = countsByTheme(entries, themesIn(d.themes, lang));
  const themesWith = perTheme.filter((x) => x.count > 0);
  const top = [...themesWith].sort((a, b) => b.count - a.count)[0];
  const kindsPresent = KINDS.filter((k) => perTheme.some((x) => x.byKind[k] > 0));
  const sources = [...new Map(entries.map((e) => [e.source.url, e.source])).values()];
  const years = yearsOf(entries);
  const org = region.organisation;
  return (
    <ChartCard
      id="poster-per-tema"
      lang={lang}
      embedPath={`/embed/regioner/${region.code}`}
      exportName={{ page: `region-${region.name}`, selection: "poster-per-tema" }}
      title={t(`Antal poster per tema, ${org}`, `Records by theme, ${org}`)}
      subtitle={t(
        `Antal poster, uppdelat på typ. Poster från åren ${years.at(-1) ?? "–"}–${years[0] ?? "–"} samt utan år.`,
        `Number of records, by kind. Records from ${years.at(-1) ?? "–"}–${years[0] ?? "–"} and without a year.`,
      )}
      description={
        entries.length === 0
          ? t(`Vi har inga poster för ${org}.`, `We have no records for ${org}.`)
          : t(
              `${org} har ${entries.length} poster inom ${themesWith.length} av ${d.themes.length} teman; flest inom ${top.label.toLowerCase()} (${top.count}).`,
              `${org} has ${entries.length} records in ${themesWith.length} of ${d.themes.length} themes; most in ${top.label.toLowerCase()} (${top.count}).`,
            )
      }
      sources={sources.slice(0, 3)}
      notes={sources.length > 3 ? [t(
        `Posterna kommer från ${sources.length} källsidor; varje post länkar till sin källa nedan.`,
        `The records come from ${sources.length} source pages; each record links to its source below.`,
      )] : []}
      table={{
        caption: t(`Antal poster per tema och typ, ${org}`, `Records by theme and kind, ${org}`),
        columns: [
          { id: "tema", label: t("Tema", "Theme") },
          ...kindsPresent.map((k) => ({ id: k, label: kindLabel(k, lang, true), numeric: true })),
          { id: "total", label: t("Totalt", "Total"), numeric: true },
        ],
        rows: perTheme.map((x) => ({
          id: x.key,
          cells: {
            tema: { t: x.label, v: x.label, href: href(lang, `/teman/${x.key}`) },
            ...Object.fromEntries(kindsPresent.map((k) => [k, { t: String(x.byKind[k]), v: x.byKind[k] }])),
            total: { t: String(x.count), v: x.count },
          },
        })),
      }}
    >
      <BarChart
        lang={lang}
        ariaLabel={t(`Stapeldiagram: antal poster per tema för ${org}`, `Bar chart: records by theme for ${org}`)}
        data={perTheme.map((x) => ({
          label: x.label,
          values: Object.fromEntries(kindsPresent.map((k) => [k, x.byKind[k]])),
          display: x.count === 0 ? "0" : String(x.count),
        }))}
        series={kindsPresent.map((k) => ({ key: k, label: kindLabel(k, lang, true), color: KIND_COLORS[k] }))}
        labelWidth={230}
      />
    </ChartCard>
  );
}
