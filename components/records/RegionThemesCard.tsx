import type { Entry, Region } from "@/lib/schema";
import { recordsByThemeSentence } from "@/lib/text";
import { uniqueSources } from "@/lib/derive/sources";
import { getDataset } from "@/lib/data";
import { byCountDesc, countsByTheme } from "@/lib/derive/records";
import { yearsOf } from "@/lib/records-table-data";
import { href, translator, type Lang } from "@/lib/i18n";
import { themesIn } from "@/lib/indicator-text";
import { ChartCard } from "@/components/card/ChartCard";
import { KindCountBars, kindCountChart, kindCountsTable } from "./kind-counts";
import { barChartHeight } from "@/components/charts/chart-types";
import { embedFallbackHeight } from "@/lib/export/embed";
import { countData } from "@/lib/export/tidy-data";

/** Records per theme for one region, stacked by kind. Used on the region page and in its embed. */
export function RegionThemesCard({ region, entries, lang }: { region: Region; entries: Entry[]; lang: Lang }) {
  const t = translator(lang);
  const d = getDataset();
  // Highest first, ties in the dataset's theme order: chart, table twin and exports alike.
  const perTheme = byCountDesc(countsByTheme(entries, themesIn(d.themes, lang)));
  const sources = uniqueSources(entries.map((e) => e.source));
  const years = yearsOf(entries);
  const org = region.organisation;
  return (
    <ChartCard
      id="poster-per-tema"
      lang={lang}
      embedPath={`/embed/regioner/${region.code}`}
      exportName={{ page: `region-${region.name}`, selection: "poster-per-tema" }}
      embedHeight={embedFallbackHeight("bars", barChartHeight(kindCountChart(perTheme, 230, lang)))}
      data={countData({ rows: perTheme, entries, entryKey: (e) => e.theme, county: { code: region.code, name: region.name }, theme: true, indicatorName: t("Antal poster per tema", "Records by theme"), lang })}
      title={t(`Antal poster per tema, ${org}`, `Records by theme, ${org}`)}
      subtitle={t(
        `Antal poster, uppdelat på typ. Poster från åren ${years.at(-1) ?? "–"}–${years[0] ?? "–"} samt utan år.`,
        `Number of records, by kind. Records from ${years.at(-1) ?? "–"}–${years[0] ?? "–"} and without a year.`,
      )}
      description={recordsByThemeSentence(org, entries.length, perTheme, d.themes.length, lang)}
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
