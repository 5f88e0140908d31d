import { strToU8, zipSync } from "fflate";
import { formatDate } from "../format";
import { translator, type Lang } from "../i18n";
import { cellValue, guardText } from "./cells";
import { PUBLISHER, type ExportColumn, type ExportMeta, type ExportRow } from "./types";
import { escapeXml } from "./xml";

/**
 * A minimal Office Open XML workbook (what Excel, LibreOffice and Numbers open): sheet "Data" with the chart's table
 * (header row, then numbers as numeric cells) and sheet "Källor" ("Sources" in English exports) saying what the data is
 * and where it comes from.
 * Strings are inline (`t="inlineStr"`), so there is no shared-string table to keep in step.
 */

type XCell = { kind: "number"; value: number } | { kind: "text"; value: string; style?: Style };
type Style = 0 | 1 | 2; // 0 normal, 1 bold (headers), 2 bold and larger (sheet title)

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function text(value: string, style?: Style): XCell {
  return { kind: "text", value: guardText(value), style };
}

function cellXml(cell: XCell | undefined, ref: string): string {
  if (!cell) return "";
  if (cell.kind === "number") return `<c r="${ref}"><v>${String(cell.value)}</v></c>`;
  if (cell.value === "") return "";
  const s = cell.style ? ` s="${cell.style}"` : "";
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell.value)}</t></is></c>`;
}

function widths(grid: (XCell | undefined)[][], max: number): number[] {
  const count = Math.max(0, ...grid.map((r) => r.length));
  return Array.from({ length: count }, (_, i) => {
    const longest = Math.max(0, ...grid.map((r) => {
      const c = r[i];
      return c ? (c.kind === "number" ? String(c.value).length : c.value.length) : 0;
    }));
    return Math.min(max, Math.max(8, longest + 2));
  });
}

function sheetXml(grid: (XCell | undefined)[][], { colWidths, freezeHeader, selected }: {
  colWidths: number[]; freezeHeader: boolean; selected: boolean;
}): string {
  const lastCol = columnLetter(Math.max(0, colWidths.length - 1));
  const dimension = `A1:${lastCol}${Math.max(1, grid.length)}`;
  const pane = freezeHeader ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' : "";
  const view = `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ""}>${pane}</sheetView></sheetViews>`;
  const cols = colWidths.length
    ? `<cols>${colWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`
    : "";
  const rows = grid
    .map((r, ri) => `<row r="${ri + 1}">${r.map((c, ci) => cellXml(c, `${columnLetter(ci)}${ri + 1}`)).join("")}</row>`)
    .join("");
  return `${XML_DECL}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><dimension ref="${dimension}"/>${view}<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rows}</sheetData></worksheet>`;
}

/** Sheet 1: header row of column labels, then the rows in the order the chart shows them. */
export function dataGrid(columns: ExportColumn[], rows: ExportRow[]): XCell[][] {
  return [
    columns.map((c) => text(c.label, 1)),
    ...rows.map((r) => columns.map((c): XCell => {
      const v = cellValue(c, r.cells[c.id]);
      return v.kind === "number" ? v : { kind: "text", value: v.value };
    })),
  ];
}

/** Sheet 2: what the numbers are, where they come from, and where and when they were downloaded. */
export function sourcesGrid(meta: ExportMeta): (XCell | undefined)[][] {
  const lang = meta.lang ?? "sv";
  const t = translator(lang);
  const row = (label: string, ...values: string[]): XCell[] => [text(label, 1), ...values.map((v) => text(v))];
  return [
    [text(meta.title, 2)],
    row(t("Enhet, period, urval", "Unit, period, selection"), meta.subtitle),
    row(t("Beskrivning", "Description"), meta.description),
    // Each source once, even when several values come from it.
    ...[...new Map(meta.sources.map((s) => [`${s.url}\n${s.title}`, s])).values()].map((s) => row(t("Källa", "Source"), s.title, s.url)),
    ...(meta.credit ? [row(t("Källhänvisning", "Attribution"), meta.credit)] : []),
    ...meta.notes.map((n) => row(t("Obs", "Note"), n)),
    row(t("Länk till vyn", "Link to the view"), meta.link),
    row(t("Exporterad", "Exported"), formatDate(meta.exportedAt, lang)),
    row(t("Hämtad från", "Downloaded from"), PUBLISHER),
  ];
}

const STYLES = `${XML_DECL}<styleSheet xmlns="${NS_MAIN}">`
  + '<fonts count="3">'
  + '<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
  + '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
  + '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font>'
  + "</fonts>"
  + '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
  + '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
  + '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
  + '<cellXfs count="3">'
  + '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
  + '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
  + '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
  + "</cellXfs>"
  + '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
  + "</styleSheet>";

/** Sheet names per language; the data sheet is "Data" in both. */
export function sheetNames(lang: Lang = "sv"): readonly [string, string] {
  const t = translator(lang);
  return ["Data", t("Källor", "Sources")];
}

function isoSeconds(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** The workbook's files by path (exposed for tests and for anyone who wants to inspect the XML). */
export function xlsxFiles(columns: ExportColumn[], rows: ExportRow[], meta: ExportMeta): Record<string, string> {
  const data = dataGrid(columns, rows);
  const sources = sourcesGrid(meta);
  const sheets = sheetNames(meta.lang);
  return {
    "[Content_Types].xml": `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`
      + '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      + '<Default Extension="xml" ContentType="application/xml"/>'
      + '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
      + sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")
      + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
      + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      + "</Types>",
    "_rels/.rels": `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
      + '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
      + '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
      + "</Relationships>",
    "docProps/core.xml": `${XML_DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`
      + `<dc:title>${escapeXml(meta.title)}</dc:title>`
      + `<dc:description>${escapeXml(meta.description)}</dc:description>`
      + `<dc:creator>${PUBLISHER}</dc:creator>`
      + `<dcterms:created xsi:type="dcterms:W3CDTF">${isoSeconds(meta.exportedAt)}</dcterms:created>`
      + "</cp:coreProperties>",
    "xl/workbook.xml": `${XML_DECL}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheets>`
      + sheets.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")
      + "</sheets></workbook>",
    "xl/_rels/workbook.xml.rels": `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
      + sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("")
      + `<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>`
      + "</Relationships>",
    "xl/styles.xml": STYLES,
    "xl/worksheets/sheet1.xml": sheetXml(data, { colWidths: widths(data, 60), freezeHeader: true, selected: true }),
    "xl/worksheets/sheet2.xml": sheetXml(sources, { colWidths: widths(sources.slice(1), 100), freezeHeader: false, selected: false }),
  };
}

/** The workbook as bytes, ready for a Blob of type XLSX_MIME. */
export function toXlsx(columns: ExportColumn[], rows: ExportRow[], meta: ExportMeta): Uint8Array {
  const files = xlsxFiles(columns, rows, meta);
  // The zip entries carry the export time, so the same export twice gives the same bytes.
  const mtime = Math.max(meta.exportedAt.getTime(), Date.UTC(1980, 0, 2));
  return zipSync(
    Object.fromEntries(Object.entries(files).map(([path, xml]) => [path, strToU8(xml)])),
    { level: 6, mtime },
  );
}

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
