/**
 * Makes one download of a chart card (the work behind useChartDownload): the captioned image in a preset (PNG, SVG)
 * or the card's data (CSV, CSV för Excel, XLSX, JSON). Loaded when the user asks for a download, not with the page:
 * the caption layout, the chart capture and the file formats are nobody's cost until then.
 */
import { CSV_EXCEL, CSV_STANDARD, toCsv } from "@/lib/export/csv";
import { toJson } from "@/lib/export/json";
import { PRESETS, type PresetId } from "@/lib/export/presets";
import type { ExportMeta, ExportTable } from "@/lib/export/types";
import { canvasMeasure, svgToPng } from "./download";
import { downloadBlob } from "./save";
import { chartImage } from "./chart-image";
import type { Format } from "./useChartDownload";

/** Saves the file; false when there is no chart to draw (the caller says so). Throws when the file cannot be made. */
export async function makeDownload({ format, preset, card, cardId, meta, data, filename }: {
  format: Format;
  preset: PresetId;
  card: Element | null;
  cardId: string;
  meta: ExportMeta;
  data: ExportTable;
  filename: (ext: string, preset?: PresetId) => string;
}): Promise<boolean> {
  switch (format) {
    case "png":
    case "svg": {
      const captioned = card ? await chartImage(card, cardId, preset, meta, canvasMeasure()) : null;
      if (!captioned) return false;
      if (format === "svg") {
        downloadBlob(`<?xml version="1.0" encoding="UTF-8"?>\n${captioned.svg}\n`, "image/svg+xml;charset=utf-8", filename("svg", preset));
      } else {
        const png = await svgToPng(captioned.svg, captioned.width, captioned.height, PRESETS[preset].scale);
        downloadBlob(png, "image/png", filename("png", preset));
      }
      return true;
    }
    case "csv":
      downloadBlob(toCsv(data.columns, data.rows, CSV_STANDARD), "text/csv;charset=utf-8", filename("csv"));
      return true;
    case "csv-excel":
      downloadBlob(toCsv(data.columns, data.rows, CSV_EXCEL), "text/csv;charset=utf-8", filename("csv"));
      return true;
    case "xlsx": {
      // The zip library comes later still: only those who ask for Excel need it.
      const { toXlsx, XLSX_MIME } = await import("@/lib/export/xlsx");
      downloadBlob(new Uint8Array(toXlsx(data.columns, data.rows, meta)), XLSX_MIME, filename("xlsx"));
      return true;
    }
    case "json":
      downloadBlob(toJson(data.columns, data.rows, meta), "application/json;charset=utf-8", filename("json"));
      return true;
  }
}
