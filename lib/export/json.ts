import type { ExportColumn, ExportMeta, ExportRow } from "./types";

export type JsonExport = {
  title: string;
  subtitle: string;
  description: string;
  sources: { title: string; url: string }[];
  credit: string | null;
  notes: string[];
  link: string;
  exportedAt: string;
  columns: { id: string; label: string; numeric: boolean }[];
  /** One object per row, keyed by column id: numbers (or null when missing) in numeric columns, text elsewhere. */
  rows: Record<string, string | number | null>[];
};

/** The numbers behind a chart as a self-describing JSON document (rows in the order the chart shows them). */
export function toJsonExport(columns: ExportColumn[], rows: ExportRow[], meta: ExportMeta): JsonExport {
  return {
    title: meta.title,
    subtitle: meta.subtitle,
    description: meta.description,
    sources: meta.sources.map((s) => ({ title: s.title, url: s.url })),
    credit: meta.credit ?? null,
    notes: [...meta.notes],
    link: meta.link,
    exportedAt: meta.exportedAt.toISOString(),
    columns: columns.map((c) => ({ id: c.id, label: c.label, numeric: c.numeric === true })),
    rows: rows.map((r) =>
      Object.fromEntries(
        columns.map((c) => {
          const cell = r.cells[c.id];
          if (c.numeric) return [c.id, typeof cell?.v === "number" && Number.isFinite(cell.v) ? cell.v : null];
          return [c.id, cell?.t ?? null];
        }),
      ),
    ),
  };
}

export function toJson(columns: ExportColumn[], rows: ExportRow[], meta: ExportMeta): string {
  return JSON.stringify(toJsonExport(columns, rows, meta), null, 2) + "\n";
}
