"use client";
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";
import { CSV_EXCEL, CSV_STANDARD, toCsv } from "@/lib/export/csv";
import { exportFilename } from "@/lib/export/filename";
import { toJson } from "@/lib/export/json";
import { captionSvg, captureChart } from "@/lib/export/svg";
import type { ExportColumn, ExportMeta, ExportRow, ExportSource } from "@/lib/export/types";
import { canvasMeasure, copyText, downloadBlob, svgToPng } from "./download";
import styles from "./export.module.css";

type Format = "png" | "svg" | "csv" | "csv-excel" | "xlsx" | "json";

/** Visible label, accessible name (says what is downloaded; contains the label) and a short hint. */
const ITEMS: { format: Format; label: string; name: string; hint: string }[] = [
  { format: "png", label: "PNG-bild", name: "Ladda ner diagrammet som PNG-bild", hint: "Bild med rubrik och källa" },
  { format: "svg", label: "SVG-bild", name: "Ladda ner diagrammet som SVG-bild", hint: "Skalbar bild för tryck" },
  { format: "csv", label: "CSV", name: "Ladda ner diagrammets data som CSV", hint: "Komma och decimalpunkt" },
  { format: "csv-excel", label: "CSV för Excel", name: "Ladda ner diagrammets data som CSV för Excel", hint: "Semikolon och decimalkomma" },
  { format: "xlsx", label: "Excel (XLSX)", name: "Ladda ner diagrammets data som Excel (XLSX)", hint: "Data och källor i två flikar" },
  { format: "json", label: "JSON", name: "Ladda ner diagrammets data som JSON", hint: "För programmering" },
];

const DONE: Record<Format, string> = {
  png: "PNG-bilden är nedladdad. Alternativtexten visas under knapparna.",
  svg: "SVG-bilden är nedladdad.",
  csv: "CSV-filen är nedladdad.",
  "csv-excel": "CSV-filen för Excel är nedladdad.",
  xlsx: "Excel-filen är nedladdad.",
  json: "JSON-filen är nedladdad.",
};

export type ChartActionsProps = {
  /** The card's id (ChartCard `id`): the chart is looked up in `[data-chart-id="<cardId>"]`. */
  cardId: string;
  title: string;
  subtitle: string;
  description: string;
  sources: ExportSource[];
  credit?: string;
  notes: string[];
  /** The card's table twin: exactly the data the chart shows, in the order shown. */
  table: { caption?: string; columns: ExportColumn[]; rows: ExportRow[] };
  /** Page part of file names, e.g. "region-gotland". */
  page: string;
  /** Selection part of file names, e.g. the indicator; defaults to the card id so two cards on a page differ. */
  selection?: string;
  year?: string;
  /** Path of the chart's /embed route with the same view parameters; enables "Bädda in". */
  embedPath?: string;
};

/**
 * Actions under a chart card: "Ladda ner" (PNG, SVG, CSV, CSV för Excel, Excel, JSON) and "Kopiera länk".
 * A disclosure of plain buttons rather than an ARIA menu: Tab and Shift+Tab move through it, arrow keys too,
 * Escape closes it and returns focus to "Ladda ner".
 */
export function ChartActions({ cardId, title, subtitle, description, sources, credit, notes, table, page, selection, year, embedPath }: ChartActionsProps) {
  const [embedCode, setEmbedCode] = useState<string | null>(null);
  const embedId = `${useId()}-embed`;
  const uid = useId();
  const menuId = `${uid}-menu`;
  const altId = `${uid}-alt`;
  const linkId = `${uid}-link`;
  const rootRef = useRef<HTMLDivElement>(null);
  const menuWrapRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const altRef = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<number | undefined>(undefined);
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState("");
  const [altOpen, setAltOpen] = useState(false);
  const [linkFallback, setLinkFallback] = useState<string | null>(null);

  // Close when the pointer goes down anywhere outside the menu.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!menuWrapRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onDown);
    return () => document.removeEventListener("pointerdown", onDown);
  }, [open]);

  useEffect(() => {
    if (linkFallback) {
      linkRef.current?.focus();
      linkRef.current?.select();
    }
  }, [linkFallback]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  /** Say it in the live region; cleared first so the same message is announced again. */
  function announce(message: string) {
    setStatus("");
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setStatus(message), 60);
  }

  function meta(): ExportMeta {
    return { title, subtitle, description, sources, credit, notes, link: window.location.href, exportedAt: new Date() };
  }

  const filename = (ext: string) => exportFilename({ page, selection: selection ?? cardId, year, ext });

  async function captionedChart(m: ExportMeta) {
    const card =
      rootRef.current?.closest(`[data-chart-id]`) ?? document.querySelector(`[data-chart-id="${CSS.escape(cardId)}"]`);
    if (!card) return null;
    // System fonts only, but wait anyway so text is measured with the font it will be drawn in.
    await document.fonts?.ready;
    const graphic = captureChart(card);
    return graphic ? captionSvg(graphic, { ...m, measure: canvasMeasure() }) : null;
  }

  async function download(format: Format) {
    setOpen(false);
    toggleRef.current?.focus();
    const m = meta();
    setBusy(true);
    try {
      switch (format) {
        case "png":
        case "svg": {
          const captioned = await captionedChart(m);
          if (!captioned) {
            announce("Det finns inget diagram att ladda ner här. Ladda ner data i stället.");
            return;
          }
          if (format === "svg") {
            downloadBlob(`<?xml version="1.0" encoding="UTF-8"?>\n${captioned.svg}\n`, "image/svg+xml;charset=utf-8", filename("svg"));
          } else {
            const png = await svgToPng(captioned.svg, captioned.width, captioned.height, 2);
            downloadBlob(png, "image/png", filename("png"));
            setAltOpen(true);
          }
          break;
        }
        case "csv":
          downloadBlob(toCsv(table.columns, table.rows, CSV_STANDARD), "text/csv;charset=utf-8", filename("csv"));
          break;
        case "csv-excel":
          downloadBlob(toCsv(table.columns, table.rows, CSV_EXCEL), "text/csv;charset=utf-8", filename("csv"));
          break;
        case "xlsx": {
          // Loaded on demand: the zip library is only needed by those who ask for Excel.
          const { toXlsx, XLSX_MIME } = await import("@/lib/export/xlsx");
          downloadBlob(new Uint8Array(toXlsx(table.columns, table.rows, m)), XLSX_MIME, filename("xlsx"));
          break;
        }
        case "json":
          downloadBlob(toJson(table.columns, table.rows, m), "application/json;charset=utf-8", filename("json"));
          break;
      }
      announce(DONE[format]);
    } catch (err) {
      console.error(err);
      announce("Det gick inte att skapa filen. Försök igen, eller ladda ner data som CSV.");
    } finally {
      setBusy(false);
    }
  }

  async function copyLink() {
    const url = window.location.href;
    if (await copyText(url)) {
      setLinkFallback(null);
      announce("Länken är kopierad");
    } else {
      setLinkFallback(url);
      announce("Länken kunde inte kopieras automatiskt. Den står i textfältet: markera och kopiera den.");
    }
  }

  function toggleEmbed() {
    if (embedCode !== null || !embedPath) {
      setEmbedCode(null);
      return;
    }
    const src = new URL(embedPath, window.location.origin).toString();
    const safeTitle = title.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
    setEmbedCode(`<iframe src="${src.replace(/&/g, "&amp;")}" title="${safeTitle}" width="100%" height="560" style="border:0;max-width:100%" loading="lazy"></iframe>`);
  }

  async function copyEmbed() {
    if (embedCode && (await copyText(embedCode))) announce("Koden för inbäddning är kopierad");
    else announce("Koden kunde inte kopieras automatiskt. Markera den i textfältet och kopiera den.");
  }

  async function copyAlt() {
    if (await copyText(description)) announce("Alternativtexten är kopierad");
    else {
      altRef.current?.focus();
      altRef.current?.select();
      announce("Alternativtexten kunde inte kopieras automatiskt. Den är markerad: kopiera den med Ctrl+C.");
    }
  }

  function onMenuKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === "Escape" && open) {
      e.preventDefault();
      setOpen(false);
      toggleRef.current?.focus();
      return;
    }
    if (!open || !["ArrowDown", "ArrowUp", "Home", "End"].includes(e.key)) return;
    const items = Array.from(menuWrapRef.current?.querySelectorAll<HTMLButtonElement>(`#${CSS.escape(menuId)} button`) ?? []);
    if (!items.length) return;
    e.preventDefault();
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    const next =
      e.key === "Home" ? 0
      : e.key === "End" ? items.length - 1
      : e.key === "ArrowDown" ? (i + 1) % items.length
      : (i <= 0 ? items.length : i) - 1;
    items[next].focus();
  }

  /** Tabbing out closes the menu. A null relatedTarget (Safari does not focus clicked buttons) is left to pointerdown. */
  function onMenuBlur(e: FocusEvent<HTMLDivElement>) {
    const next = e.relatedTarget as Node | null;
    if (open && next && !menuWrapRef.current?.contains(next)) setOpen(false);
  }

  return (
    <div ref={rootRef} className={`chart-actions ${styles.actions}`}>
      <div className={styles.bar}>
        <div ref={menuWrapRef} className={styles.menuWrap} onKeyDown={onMenuKeyDown} onBlur={onMenuBlur}>
          <button
            ref={toggleRef}
            type="button"
            className={`btn ${styles.toggle}`}
            aria-expanded={open}
            aria-controls={menuId}
            aria-describedby={`${cardId}-title`}
            aria-busy={busy || undefined}
            onClick={() => setOpen((o) => !o)}
          >
            Ladda ner <span aria-hidden="true" className={styles.chevron}>▾</span>
          </button>
          <ul id={menuId} className={styles.menu} hidden={!open}>
            {ITEMS.map((item) => (
              <li key={item.format}>
                <button
                  type="button"
                  className={styles.item}
                  aria-label={item.name}
                  aria-describedby={`${uid}-${item.format}-hint`}
                  disabled={busy}
                  onClick={() => void download(item.format)}
                >
                  <span className={styles.itemLabel}>{item.label}</span>
                  <span id={`${uid}-${item.format}-hint`} className={styles.itemHint}>{item.hint}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
        <button type="button" className="btn" onClick={() => void copyLink()} aria-describedby={`${cardId}-title`}>
          Kopiera länk
        </button>
        {embedPath ? (
          <button type="button" className="btn" aria-expanded={embedCode !== null} onClick={toggleEmbed} aria-describedby={`${cardId}-title`}>
            Bädda in
          </button>
        ) : null}
        <p role="status" className={styles.status}>{status}</p>
      </div>

      {linkFallback ? (
        <div className={styles.panel}>
          <label htmlFor={linkId} className={styles.panelTitle}>Länk till den här vyn</label>
          <input
            ref={linkRef}
            id={linkId}
            type="text"
            readOnly
            value={linkFallback}
            className={styles.field}
            onFocus={(e) => e.currentTarget.select()}
          />
        </div>
      ) : null}

      {embedCode !== null ? (
        <div className={styles.panel}>
          <label htmlFor={embedId} className={styles.panelTitle}>Kod för att bädda in diagrammet på en annan webbplats</label>
          <textarea id={embedId} readOnly rows={3} value={embedCode} className={styles.field} onFocus={(e) => e.currentTarget.select()} />
          <div className={styles.panelActions}>
            <button type="button" className="btn" onClick={() => void copyEmbed()}>Kopiera kod</button>
          </div>
        </div>
      ) : null}

      {altOpen ? (
        <div className={styles.panel}>
          <label htmlFor={altId} className={styles.panelTitle}>Alternativtext till bilden</label>
          <textarea ref={altRef} id={altId} readOnly rows={2} value={description} className={styles.field} />
          <div className={styles.panelActions}>
            <button type="button" className="btn" onClick={() => void copyAlt()}>Kopiera alternativtext</button>
            <button
              type="button"
              className="btn"
              aria-label="Stäng alternativtexten"
              onClick={() => {
                setAltOpen(false);
                toggleRef.current?.focus();
              }}
            >
              Stäng
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

export default ChartActions;
