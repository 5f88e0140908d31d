"use client";
import { useState } from "react";
import { exportFilename } from "@/lib/export/filename";
import { presetSuffix, type PresetId } from "@/lib/export/presets";
import type { T } from "@/lib/i18n";
import type { ExportMeta, ExportTable } from "@/lib/export/types";

export type Format = "png" | "svg" | "csv" | "csv-excel" | "xlsx" | "json";
export type DataTable = ExportTable;

function done(format: Format, t: T): string {
  switch (format) {
    case "png": return t("PNG-bilden är nedladdad. Alternativtexten visas under knapparna.", "The PNG image has been downloaded. Its alternative text is shown below the buttons.");
    case "svg": return t("SVG-bilden är nedladdad.", "The SVG image has been downloaded.");
    case "csv": return t("CSV-filen är nedladdad.", "The CSV file has been downloaded.");
    case "csv-excel": return t("CSV-filen för Excel är nedladdad.", "The CSV file for Excel has been downloaded.");
    case "xlsx": return t("Excel-filen är nedladdad.", "The Excel file has been downloaded.");
    case "json": return t("JSON-filen är nedladdad.", "The JSON file has been downloaded.");
  }
}

/**
 * Makes and saves one download of a chart card: the captioned image in a preset (PNG, SVG) or the card's data
 * (CSV, CSV för Excel, XLSX, JSON). Returns the sentence to announce, and whether it was a PNG (to offer the alt text).
 * The work itself (make-download.ts) is loaded on the first download, not with the page.
 */
export function useChartDownload({ cardId, rootRef, meta, data, names, t }: {
  cardId: string;
  rootRef: React.RefObject<HTMLElement | null>;
  meta: () => ExportMeta;
  /** The card's data, made when a download is asked for (unpacking it is nobody's cost at page load). */
  data: () => DataTable;
  names: { page: string; selection?: string; year?: string };
  t: T;
}) {
  const [busy, setBusy] = useState(false);
  const filename = (ext: string, preset?: PresetId) => {
    const base = names.selection ?? cardId;
    const suffix = preset ? presetSuffix(preset) : "";
    return exportFilename({ page: names.page, selection: suffix ? `${base}-${suffix}` : base, year: names.year, ext });
  };

  async function run(format: Format, preset: PresetId): Promise<{ message: string; ok: boolean }> {
    const m = meta();
    setBusy(true);
    try {
      const card = rootRef.current?.closest("[data-chart-id]") ?? document.querySelector(`[data-chart-id="${CSS.escape(cardId)}"]`);
      const { makeDownload } = await import("./make-download");
      const made = await makeDownload({ format, preset, card, cardId, meta: m, data: data(), filename });
      if (!made) return { ok: false, message: t("Det finns inget diagram att ladda ner här. Ladda ner data i stället.", "There is no chart to download here. Download the data instead.") };
      return { ok: true, message: done(format, t) };
    } catch (err) {
      console.error(err);
      return { ok: false, message: t("Det gick inte att skapa filen. Försök igen, eller ladda ner data som CSV.", "The file could not be created. Try again, or download the data as CSV.") };
    } finally {
      setBusy(false);
    }
  }
  return { busy, run };
}
