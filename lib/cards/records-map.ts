/** Number of records per län as a choropleth; zero is a value here (we have no records), not missing data. */
import type { Entry, Region, Source, Theme } from "../schema";
import { NATIONAL_CODE } from "../schema";
import { countsByRegion, sortEntries, type CountRow } from "../derive/records";
import { uniqueSources } from "../derive/sources";
import { formatNumber } from "../format";
import { href, translator, type Lang } from "../i18n";
import { themeName } from "../indicator-text";
import { embedFallbackHeight } from "../export/embed";
import { countData } from "../export/tidy-data";
import { plural, recordsWord } from "../text";
import type { CardModel, MapChart } from "./types";

/** The credit of the map drawing, under every map. */
export const MAP_CREDIT_NOTE = { sv: "Karta: MapSVG / svg-maps, CC BY 4.0.", en: "Map: MapSVG / svg-maps, CC BY 4.0." } as const;

export type RecordsMapInput = {
  id: string;
  title: string;
  subtitle: string;
  counts: CountRow[];
  /** The counted records (their years and sources go into the data downloads). */
  entries: Entry[];
  sources: Source[];
  embedPath?: string;
};

/** "Flest poster har Skåne (12). 2 regioner saknar poster: Gotland, Jämtland." */
export function recordsMapSentence(counts: readonly Pick<CountRow, "label" | "count">[], lang: Lang): string {
  const sorted = [...counts].sort((a, b) => b.count - a.count);
  const zero = counts.filter((c) => c.count === 0);
  const names = zero.map((z) => z.label).join(", ");
  return lang === "en"
    ? `${sorted[0].label} has the most records (${sorted[0].count}).` +
        (zero.length ? ` ${zero.length} ${plural(zero.length, "region has", "regions have")} no records: ${names}.` : "")
    : `Flest poster har ${sorted[0].label} (${sorted[0].count}).` +
        (zero.length ? ` ${zero.length} ${plural(zero.length, "region saknar", "regioner saknar")} poster: ${names}.` : "");
}

export function recordsMapCard({ id, title, subtitle, counts, entries, sources, embedPath }: RecordsMapInput, lang: Lang): CardModel<MapChart> {
  const t = translator(lang);
  const hrefFor = (code: string) => href(lang, `/regioner/${code}`);
  return {
    id,
    title,
    subtitle,
    description: recordsMapSentence(counts, lang),
    sources: sources.slice(0, 2),
    notes: [
      t("Antalet poster speglar vad vi har hittat i källorna, inte hur mycket regionen gör.", "The number of records reflects what we found in the sources, not how much the region does."),
      MAP_CREDIT_NOTE[lang],
    ],
    table: {
      caption: t(`${title}, per region`, `${title}, by region`),
      columns: [{ id: "region", label: "Region" }, { id: "count", label: t("Poster", "Records"), numeric: true }],
      rows: counts.map((c) => ({
        id: c.key,
        cells: { region: { t: c.label, v: c.label, href: hrefFor(c.key) }, count: { t: String(c.count), v: c.count } },
      })),
    },
    data: countData({ rows: counts, entries, entryKey: (e) => e.region, indicatorName: title, lang }),
    fileName: { page: id, selection: title },
    embedHeight: embedFallbackHeight("map"),
    embedPath,
    linkParams: [],
    chart: {
      idPrefix: `${id}-karta`,
      unitLabel: t("Antal poster", "Number of records"),
      legendDecimals: 0,
      values: counts.map((c) => ({ code: c.key, name: c.label, value: c.count, display: `${c.count} ${recordsWord(c.count, lang)}`, href: hrefFor(c.key) })),
    },
  };
}

/** The overview's map (`/`, `/embed/karta`): every regional record; the source is the report's first conclusion. */
export function overviewRecordsMapCard({ entries, regions }: { entries: Entry[]; regions: Pick<Region, "code" | "name">[] }, lang: Lang): CardModel<MapChart> {
  const t = translator(lang);
  const regional = entries.filter((e) => e.region !== NATIONAL_CODE);
  const conclusions = sortEntries(entries.filter((e) => e.region === NATIONAL_CODE && e.kind === "slutsats"));
  return recordsMapCard({
    id: "karta-poster",
    title: t("Antal poster per region", "Number of records by region"),
    subtitle: t(
      `Antal poster (insatser, resultat, strategier, anslag) per region, ${formatNumber(regional.length)} poster.`,
      `Number of records (activities, results, strategies, funding) by region, ${formatNumber(regional.length, 0, lang)} records.`,
    ),
    counts: countsByRegion(regional, regions),
    entries: regional,
    sources: conclusions.slice(0, 1).map((e) => e.source),
    embedPath: "/embed/karta",
  }, lang);
}

/** A theme's map (theme page and `/embed/teman/[slug]?vy=karta`); `entries` are the theme's regional records. */
export function themeRecordsMapCard({ theme, entries, regions }: { theme: Theme; entries: Entry[]; regions: Pick<Region, "code" | "name">[] }, lang: Lang): CardModel<MapChart> {
  const t = translator(lang);
  const lower = themeName(theme, lang).toLowerCase();
  return recordsMapCard({
    id: "karta-poster",
    title: t(`Poster om ${lower} på kartan`, `Records on ${lower} on the map`),
    subtitle: t("Antal poster per region. Noll betyder att vi saknar uppgift.", "Number of records by region. Zero means we have no information."),
    counts: countsByRegion(entries, regions),
    entries,
    sources: uniqueSources(entries.map((e) => e.source)),
    embedPath: `/embed/teman/${theme.slug}?vy=karta`,
  }, lang);
}
