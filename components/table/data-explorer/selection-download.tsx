"use client";
/** "Ladda ner urvalet": every filtered row in the table's order, visible columns only, as CSV, CSV för Excel or XLSX. */
import { useState } from "react";
import type { DataRow } from "@/lib/derive/table-rows";
import { KIND_LABELS } from "@/lib/labels";
import { dataTableExport } from "@/lib/export/table-rows";
import { CSV_EXCEL, CSV_STANDARD, toCsv } from "@/lib/export/csv";
import { exportFilename } from "@/lib/export/filename";
import { downloadBlob } from "@/components/export/save";
import { translator, type Lang } from "@/lib/i18n";
import { formatNumber } from "@/lib/format";
import type { ExportCell, ExportColumn, ExportRow } from "@/lib/export/types";

/**
 * English download: lib/export gives the English headers and "Not available"; the type is written as the table shows
 * it ("Activity", not the code "insats"). Swedish output is exactly what lib/export builds.
 */
function localiseExport(lang: Lang, table: { columns: ExportColumn[]; rows: ExportRow[] }) {
  if (lang === "sv") return table;
  const cell = (id: string, c: ExportCell): ExportCell => {
    if (id === "typ" && typeof c.v === "string" && c.v in KIND_LABELS) {
      const label = KIND_LABELS[c.v as keyof typeof KIND_LABELS].en;
      return { ...c, t: label, v: label };
    }
    return c;
  };
  return { ...table, rows: table.rows.map((r) => ({ ...r, cells: Object.fromEntries(Object.entries(r.cells).map(([id, c]) => [id, cell(id, c)])) })) };
}

/**
 * "What you see is what you download": every filtered row in the current sort order, visible columns only.
 * `getRows` may fetch them (the server-paged table on /data holds only the current page).
 */
export function DownloadSelection({ lang, caption, count, getRows, hidden, selection }: {
  lang: Lang; caption: string; count: number; getRows: () => DataRow[] | Promise<DataRow[]>; hidden: string[]; selection: string;
}) {
  const t = translator(lang);
  const [status, setStatus] = useState("");
  // Swedish exactly as before ("193 poster"); English "193 records", grouped digits.
  const n = lang === "en" ? `${formatNumber(count, 0, "en")} ${count === 1 ? "record" : "records"}` : `${count} poster`;
  const save = async (format: "csv" | "csv-excel" | "xlsx") => {
    let rows: DataRow[];
    try {
      rows = await getRows();
    } catch {
      setStatus(t("Nedladdningen misslyckades. Försök igen.", "The download failed. Please try again."));
      return;
    }
    const table = localiseExport(lang, dataTableExport(rows, hidden, lang));
    const name = exportFilename({
      page: "data", selection: selection || t("alla-poster", "all-records"), ext: format === "xlsx" ? "xlsx" : "csv",
    });
    if (format === "xlsx") {
      const { toXlsx, XLSX_MIME } = await import("@/lib/export/xlsx");
      const bytes = toXlsx(table.columns, table.rows, {
        title: caption, subtitle: n,
        description: t(`${caption}: ${n} i den ordning tabellen visar.`, `${caption}: ${n} in the order the table shows them.`),
        sources: [],
        notes: [t(
          "Varje rad har sin egen källa i kolumnerna Källa och Källans adress.",
          "Each row has its own source in the columns Source and Source URL. Record texts are in Swedish, as reported by the regions.",
        )],
        link: window.location.href, exportedAt: new Date(), lang,
      });
      downloadBlob(bytes as BlobPart, XLSX_MIME, name);
    } else {
      downloadBlob(toCsv(table.columns, table.rows, format === "csv" ? CSV_STANDARD : CSV_EXCEL), "text/csv;charset=utf-8", name);
    }
    setStatus(t("Nedladdningen är klar.", "The download is complete."));
  };
  return (
    <div className="download-selection no-print">
      {/* The selection is written in the browser; the whole dataset is a plain link that works without JavaScript. */}
      <span className="needs-js">
      <span className="label">{t(`Ladda ner urvalet (${n}):`, `Download the selection (${n}):`)}</span>{" "}
      <button type="button" className="btn" onClick={() => void save("csv")} aria-label={t(`Ladda ner urvalet, ${n}, som CSV`, `Download the selection, ${n}, as CSV`)}>CSV</button>{" "}
      <button type="button" className="btn" onClick={() => void save("csv-excel")} aria-label={t(`Ladda ner urvalet, ${n}, som CSV för Excel`, `Download the selection, ${n}, as CSV for Excel`)}>
        {t("CSV för Excel", "CSV for Excel")}
      </button>{" "}
      <button type="button" className="btn" onClick={() => void save("xlsx")} aria-label={t(`Ladda ner urvalet, ${n}, som Excel (XLSX)`, `Download the selection, ${n}, as Excel (XLSX)`)}>Excel</button>{" "}
      </span>
      <a className="btn-link" href="/nedladdning/regionlaget-data.zip" download>{t("Hela datamängden (ZIP)", "Full dataset (ZIP)")}</a>
      <span className="visually-hidden" role="status">{status}</span>
    </div>
  );
}
