/** Records per theme for one region, stacked by kind: the region page's chart and its embed. */
import type { Entry, Region, Theme } from "../schema";
import { byCountDesc, countsByTheme } from "../derive/records";
import { uniqueSources } from "../derive/sources";
import { yearsOf } from "../records-table-data";
import { href, translator, type Lang } from "../i18n";
import { themesIn } from "../indicator-text";
import { recordsByThemeSentence } from "../text";
import { barChartHeight } from "../chart-layout/chart-height";
import { embedFallbackHeight } from "../export/embed";
import { countData } from "../export/tidy-data";
import { kindCountChart, kindCountsTable, manySourcesNote } from "./kind-counts";
import type { BarsChart, CardModel } from "./types";

/** `entries` are the region's records; `themes` all themes, in the dataset's order. */
export function regionThemesCard({ region, entries, themes }: { region: Region; entries: Entry[]; themes: Theme[] }, lang: Lang): CardModel<BarsChart> {
  const t = translator(lang);
  // Highest first, ties in the dataset's theme order: chart, table twin and exports alike.
  const perTheme = byCountDesc(countsByTheme(entries, themesIn(themes, lang)));
  const sources = uniqueSources(entries.map((e) => e.source));
  const years = yearsOf(entries);
  const org = region.organisation;
  const chart = kindCountChart(perTheme, 230, t(`Stapeldiagram: antal poster per tema för ${org}`, `Bar chart: records by theme for ${org}`), lang);
  return {
    id: "poster-per-tema",
    title: t(`Antal poster per tema, ${org}`, `Records by theme, ${org}`),
    subtitle: t(
      `Antal poster, uppdelat på typ. Poster från åren ${years.at(-1) ?? "–"}–${years[0] ?? "–"} samt utan år.`,
      `Number of records, by kind. Records from ${years.at(-1) ?? "–"}–${years[0] ?? "–"} and without a year.`,
    ),
    description: recordsByThemeSentence(org, entries.length, perTheme, themes.length, lang),
    sources: sources.slice(0, 3),
    notes: manySourcesNote(sources.length, { sv: "Insatser, resultat och strategier per tema", en: "Activities, results and strategies by theme" }, { sv: "regionens", en: "region's" }, lang),
    table: kindCountsTable({
      rows: perTheme, lang,
      caption: t(`Antal poster per tema och typ, ${org}`, `Records by theme and kind, ${org}`),
      first: { id: "tema", label: t("Tema", "Theme") },
      hrefFor: (slug) => href(lang, `/teman/${slug}`),
    }),
    data: countData({ rows: perTheme, entries, entryKey: (e) => e.theme, county: { code: region.code, name: region.name }, theme: true, indicatorName: t("Antal poster per tema", "Records by theme"), lang }),
    fileName: { page: `region-${region.name}`, selection: "poster-per-tema" },
    embedHeight: embedFallbackHeight("bars", barChartHeight(chart)),
    embedPath: `/embed/regioner/${region.code}`,
    linkParams: [],
    chart,
  };
}
