/**
 * A chart card as data: everything the card (components/card/ChartCard) and its downloads show, built by one pure
 * function per card in this folder. Components only render a model; the sentences and tables are unit-tested here.
 */
import type { Lang } from "../i18n";
import type { Source } from "../schema";
import type { ExportColumn, ExportRow, ExportTable } from "../export/types";
import type { HorizontalBarChartProps, TimeSeriesChartProps } from "../chart-layout/chart-props";

/**
 * A caveat under a chart. A plain string is written in the page's language; `{ sv }` is text from the dataset that
 * exists only in Swedish (a value's note, a source's caveat): the English UI marks it "(in Swedish)".
 */
export type Note = string | { sv: string };

/** A note as plain text for the downloads: `{ sv }` notes get " (in Swedish)" in English exports. */
export function noteText(note: Note, lang: Lang): string {
  if (typeof note === "string") return note;
  return lang === "en" ? `${note.sv} (in Swedish)` : note.sv;
}

/** The table twin: the same data as the chart, as a sortable table (a cell's `t` is shown, its `v` sorts). */
export type CardTable = { caption: string; columns: ExportColumn[]; rows: ExportRow[]; initialSort?: { id: string; desc: boolean } };

/** Parts of the download file names: regionlaget-<page>-<selection>-<year>.png */
export type FileNameParts = { page: string; selection?: string; year?: string };

export type CardModel<Chart> = {
  /** Unique on the page: the card's anchor and `data-chart-id`. */
  id: string;
  title: string;
  /** Unit, period, selection. */
  subtitle: string;
  /** The unit and period the card shows, where it has one (indicator cards). */
  unit?: string;
  period?: string;
  /** One plain sentence (or two): the chart's visible and accessible description. */
  description: string;
  /**
   * On pages that do not read ?min: each region's "my region" sentence ("Västerbotten: 3,3 % (rang 21 av 21, lägst). "),
   * rendered hidden before the description; MyRegionCarry shows the chosen region's.
   */
  standings?: { code: string; text: string }[];
  /** Source titles are Swedish document names in both languages. */
  sources: Source[];
  /** Credit line as the source asks for it, in the page's language. */
  credit?: string;
  notes: Note[];
  table: CardTable;
  /** Tidy data for the downloads (lib/export/tidy-data.ts); the table twin when not given. */
  data?: ExportTable;
  fileName: FileNameParts;
  /** Fallback height of the embed frame (lib/export/embed.ts embedFallbackHeight). */
  embedHeight?: number;
  /** The chart's /embed route with its view parameters, without language prefix, where it is the same on every page. */
  embedPath?: string;
  /** The query parameters the chart depends on: "Kopiera länk" keeps only these. */
  linkParams: string[];
  /** What the drawing needs: bars, lines or map values. */
  chart: Chart;
};

/** Ranked or stacked horizontal bars (components/charts/LazyHorizontalBarChart). */
export type BarsChart = Pick<HorizontalBarChartProps, "data" | "series" | "reference" | "labelWidth" | "decimals" | "ariaLabel">;

/** Lines over time (components/charts/LazyTimeSeriesChart). */
export type LinesChart = Pick<TimeSeriesChartProps, "data" | "series" | "decimals" | "breaks" | "ariaLabel">;

/** One county on the choropleth (components/map/ChoroplethMap's ChoroplethValue). */
export type MapValue = { code: string; name: string; value: number | null; display: string; href: string };

/** A choropleth of the 21 län (components/map/ChoroplethMap). */
export type MapChart = { values: MapValue[]; unitLabel: string; legendDecimals: number; idPrefix: string; highlight?: string };
