import type { Lang } from "../i18n";

/**
 * Shapes the export builders read. They match the chart card's table twin (components/table/SortableTable) structurally,
 * so a card passes its `table` straight through; they live here so lib/ never imports from components/.
 */
export type ExportCell = { t: string; v: string | number | null; href?: string };
export type ExportColumn = { id: string; label: string; numeric?: boolean };
export type ExportRow = { id: string; cells: Record<string, ExportCell> };
export type ExportSource = { url: string; title: string };

/** What travels with every download: the card's caption, where the data comes from, and when and where it was taken. */
export type ExportMeta = {
  title: string;
  /** Unit, period, selection. */
  subtitle: string;
  /** One plain sentence; also the image's alternative text. */
  description: string;
  sources: ExportSource[];
  /** Credit line as the source asks for it, e.g. "Källa: SCB (via Regionfakta)". */
  credit?: string;
  notes: string[];
  /** The view the download was made from (window.location.href). */
  link: string;
  exportedAt: Date;
  /**
   * Language of the labels the builders add themselves ("Källa:"/"Source:", sheet names, the export date). The
   * strings above are written as given, so pass them in the same language. Default "sv".
   */
  lang?: Lang;
};

export const PUBLISHER = "Regionläget";

/** A table for the data downloads: columns, then rows in order. */
export type ExportTable = { columns: ExportColumn[]; rows: ExportRow[] };
