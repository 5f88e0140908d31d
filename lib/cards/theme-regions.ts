/** Records about one theme per region (all 21), stacked by kind: the theme page's chart and its embed. */
import type { Entry, Region, Theme } from "../schema";
import { byCountDesc, countsByRegion } from "../derive/records";
import { uniqueSources } from "../derive/sources";
import { href, translator, type Lang } from "../i18n";
import { themeName } from "../indicator-text";
import { recordsByRegionSentence } from "../text";
import { barChartHeight } from "../chart-layout/chart-height";
import { embedFallbackHeight } from "../export/embed";
import { countData } from "../export/tidy-data";
import { kindCountChart, kindCountsTable, manySourcesNote } from "./kind-counts";
import type { BarsChart, CardModel } from "./types";

/** `entries` are the theme's regional records; bars highest first, ties in the order of `regions` (county code). */
export function themeRegionsCard({ theme, entries, regions }: { theme: Theme; entries: Entry[]; regions: Pick<Region, "code" | "name">[] }, lang: Lang): CardModel<BarsChart> {
  const t = translator(lang);
  const slug = theme.slug;
  const name = themeName(theme, lang).toLowerCase();
  // Highest first: chart, table twin and exports alike.
  const perRegion = byCountDesc(countsByRegion(entries, regions));
  const sources = uniqueSources(entries.map((e) => e.source));
  const chart = kindCountChart(perRegion, 150, t(`Stapeldiagram: antal poster om ${name} per region`, `Bar chart: records on ${name} by region`), lang, true);
  return {
    id: "poster-per-region",
    title: t(`Antal poster om ${name} per region`, `Records on ${name} by region`),
    subtitle: t(
      "Antal poster, uppdelat på typ. Alla 21 regioner; noll betyder att vi saknar uppgift.",
      "Number of records, by kind. All 21 regions; zero means we have no information.",
    ),
    description: recordsByRegionSentence(name, perRegion, lang),
    sources: sources.slice(0, 3),
    notes: manySourcesNote(sources.length, { sv: "Regionernas poster", en: "The regions' records" }, { sv: "temats", en: "theme's" }, lang),
    table: kindCountsTable({
      rows: perRegion, lang,
      caption: t(`Antal poster om ${name} per region och typ`, `Records on ${name} by region and kind`),
      first: { id: "region", label: "Region" },
      hrefFor: (code) => href(lang, `/regioner/${code}`),
    }),
    data: countData({ rows: perRegion, entries, entryKey: (e) => e.region, indicatorName: t(`Antal poster om ${name}`, `Records on ${name}`), lang }),
    fileName: { page: `tema-${slug}`, selection: "poster-per-region" },
    embedHeight: embedFallbackHeight("bars", barChartHeight(chart)),
    embedPath: `/embed/teman/${slug}`,
    linkParams: [],
    chart,
  };
}
