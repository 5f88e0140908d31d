import type { Entry, Region } from "@/lib/schema";
import { getDataset } from "@/lib/data";
import { countsByTheme } from "@/lib/derive/records";
import { yearsOf } from "@/lib/view-models";
import { href, translator, type Lang } from "@/lib/i18n";
import { themesIn } from "@/lib/indicator-text";
import { ChartCard } from "@/components/charts/ChartCard";
import { barChartHeight } from "@/components/charts/chart-types";
import { embedFallbackHeight } from "@/lib/export/embed";
import { countData } from "@/lib/export/tidy-data";
import { KindCountBars, kindCountsTable, kindsIn } from "./kind-counts";

/** Records per theme for one region, stacked by kind. Used on the region page and in its embed. */
export function RegionThemesCard({ region, entries, lang }: { region: Region; entries: Entry[]; lang: Lang }) {
  const t = translator(lang);
  const d = getDataset();
  const perTheme = countsByTheme(entries, themesIn(d.themes, lang));
  const themesWith = perTheme.filter((x) => x.count > 0);
  const top = [...themesWith].sort((a, b) => b.count - a.count)[0];
  // Several themes often share the highest count: then say how many, not just the first one in theme order.
  const tied = themesWith.filter((x) => x.count === top?.count).length;
  const sources = [...new Map(entries.map((e) => [e.source.url, e.source])).values()];
  const years = yearsOf(entries);
  const org = region.organisation;
  return (
    <ChartCard
      id="poster-per-tema"
      lang={lang}
      embedPath={`/embed/regioner/${region.code}`}
      exportName={{ page: `region-${region.name}`, selection: "poster-per-tema" }}
      embedHeight={embedFallbackHeight("bars", barChartHeight(perTheme.length, kindsIn(perTheme).length))}
      data={countData({ rows: perTheme, entries, entryKey: (e) => e.theme, county: { code: region.code, name: region.name }, theme: true, indicatorName: t("Antal poster per tema", "Records by theme"), lang })}
      title={t(`Antal poster per tema, ${org}`, `Records by theme, ${org}`)}
      subtitle={t(
        `Antal poster, uppdelat på typ. Poster från åren ${years.at(-1) ?? "–"}–${years[0] ?? "–"} samt utan år.`,
        `Number of records, by kind. Records from ${years.at(-1) ?? "–"}–${years[0] ?? "–"} and without a year.`,
      )}
      description={
        entries.length === 0
          ? t(`Vi har inga poster för ${org}.`, `We have no records for ${org}.`)
          : t(
              `${org} har ${entries.length} poster inom ${themesWith.length} av ${d.themes.length} teman; ${tied > 1 ? `flest (${top.count} var) inom ${tied} teman` : `flest inom ${top.label.toLowerCase()} (${top.count})`}.`,
              `${org} has ${entries.length} records in ${themesWith.length} of ${d.themes.length} themes; ${tied > 1 ? `the most (${top.count} each) in ${tied} themes` : `most in ${top.label.toLowerCase()} (${top.count})`}.`,
            )
      }
      sources={sources.slice(0, 3)}
      notes={sources.length > 3 ? [t(
        `Posterna kommer från ${sources.length} källsidor; varje post länkar till sin källa i avsnittet Insatser, resultat och strategier per tema på regionens sida.`,
        `The records come from ${sources.length} source pages; each record links to its source in the section Activities, results and strategies by theme on the region's page.`,
      )] : []}
      table={kindCountsTable({
        rows: perTheme, lang,
        caption: t(`Antal poster per tema och typ, ${org}`, `Records by theme and kind, ${org}`),
        first: { id: "tema", label: t("Tema", "Theme") },
        hrefFor: (slug) => href(lang, `/teman/${slug}`),
      })}
    >
      <KindCountBars rows={perTheme} lang={lang} labelWidth={230} ariaLabel={t(`Stapeldiagram: antal poster per tema för ${org}`, `Bar chart: records by theme for ${org}`)} />
    </ChartCard>
  );
}
