import type { Entry, Theme } from "@/lib/schema";
import { recordsByRegionSentence } from "@/lib/text";
import { uniqueSources } from "@/lib/derive/sources";
import { getDataset } from "@/lib/data";
import { byCountDesc, countsByRegion } from "@/lib/derive/records";
import { href, translator, type Lang } from "@/lib/i18n";
import { themeName } from "@/lib/indicator-text";
import { ChartCard } from "@/components/card/ChartCard";
import { KindCountBars, kindCountChart, kindCountsTable } from "./kind-counts";
import { barChartHeight } from "@/components/charts/chart-types";
import { embedFallbackHeight } from "@/lib/export/embed";
import { countData } from "@/lib/export/tidy-data";

/** Records about one theme per region (all 21), stacked by kind. Used on the theme page and in its embed. */
export function ThemeRegionsCard({ theme, entries, lang }: { theme: Theme; entries: Entry[]; lang: Lang }) {
  const t = translator(lang);
  const slug = theme.slug;
  const name = themeName(theme, lang).toLowerCase();
  // Highest first, ties in the dataset's region order (county code): chart, table twin and exports alike.
  const perRegion = byCountDesc(countsByRegion(entries, getDataset().regions));
  const sources = uniqueSources(entries.map((e) => e.source));
  return (
    <ChartCard
      id="poster-per-region"
      lang={lang}
      embedPath={`/embed/teman/${slug}`}
      exportName={{ page: `tema-${slug}`, selection: "poster-per-region" }}
      embedHeight={embedFallbackHeight("bars", barChartHeight(kindCountChart(perRegion, 150, lang)))}
      data={countData({ rows: perRegion, entries, entryKey: (e) => e.region, indicatorName: t(`Antal poster om ${name}`, `Records on ${name}`), lang })}
      title={t(`Antal poster om ${name} per region`, `Records on ${name} by region`)}
      subtitle={t(
        "Antal poster, uppdelat på typ. Alla 21 regioner; noll betyder att vi saknar uppgift.",
        "Number of records, by kind. All 21 regions; zero means we have no information.",
      )}
      description={recordsByRegionSentence(name, perRegion, lang)}
      sources={sources.slice(0, 3)}
      notes={sources.length > 3 ? [t(
        `Posterna kommer från ${sources.length} källsidor; varje post länkar till sin källa i avsnittet Regionernas poster på temats sida.`,
        `The records come from ${sources.length} source pages; each record links to its source in the section The regions' records on the theme's page.`,
      )] : []}
      table={kindCountsTable({
        rows: perRegion, lang,
        caption: t(`Antal poster om ${name} per region och typ`, `Records on ${name} by region and kind`),
        first: { id: "region", label: "Region" },
        hrefFor: (code) => href(lang, `/regioner/${code}`),
      })}
    >
      <KindCountBars rows={perRegion} lang={lang} labelWidth={150} ariaLabel={t(`Stapeldiagram: antal poster om ${name} per region`, `Bar chart: records on ${name} by region`)} />
    </ChartCard>
  );
}
