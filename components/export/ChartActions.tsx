"use client";
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";
import { CSV_EXCEL, CSV_STANDARD, toCsv } from "@/lib/export/csv";
import { exportFilename } from "@/lib/export/filename";
import { toJson } from "@/lib/export/json";
import { captionSvg, captureChart } from "@/lib/export/svg";
import { LOAD_CHART_EVENT, LOAD_REQUESTED_ATTR } from "@/components/charts/chart-load";
import { href, langOfPath, translator, type Lang, type T } from "@/lib/i18n";
import type { ExportColumn, ExportMeta, ExportRow, ExportSource } from "@/lib/export/types";
import { canvasMeasure, copyText, downloadBlob, svgToPng } from "./download";
import styles from "./export.module.css";

type Format = "png" | "svg" | "csv" | "csv-excel" | "xlsx" | "json";

/** Visible label, accessible name (says what is downloaded; contains the label) and a short hint. */
function menuItems(t: T): { format: Format; label: string; name: string; hint: string }[] {
  return [
    { format: "png", label: t("PNG-bild", "PNG image"), name: t("Ladda ner diagrammet som PNG-bild", "Download the chart as a PNG image"), hint: t("Bild med rubrik och källa", "Image with title and source") },
    { format: "svg", label: t("SVG-bild", "SVG image"), name: t("Ladda ner diagrammet som SVG-bild", "Download the chart as an SVG image"), hint: t("Skalbar bild för tryck", "Scalable image for print") },
    { format: "csv", label: "CSV", name: t("Ladda ner diagrammets data som CSV", "Download the chart's data as CSV"), hint: t("Komma och decimalpunkt", "Comma and decimal point") },
    // The file is the same in both languages: semicolons and decimal commas, for Excel with Swedish regional settings.
    {
      format: "csv-excel",
      label: t("CSV för Excel", "CSV for Excel (semicolon, decimal comma)"),
      name: t("Ladda ner diagrammets data som CSV för Excel", "Download the chart's data as CSV for Excel (semicolon, decimal comma)"),
      hint: t("Semikolon och decimalkomma", "For Excel with Swedish regional settings"),
    },
    { format: "xlsx", label: "Excel (XLSX)", name: t("Ladda ner diagrammets data som Excel (XLSX)", "Download the chart's data as Excel (XLSX)"), hint: t("Data och källor i två flikar", "Data and sources in two sheets") },
    { format: "json", label: "JSON", name: t("Ladda ner diagrammets data som JSON", "Download the chart's data as JSON"), hint: t("För programmering", "For developers") },
  ];
}

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
 * The embed address in the page's language. Callers pass the unprefixed route ("/embed/karta?vy=x"); on an English
 * page it becomes "/en/embed/karta?vy=x". A path that already carries /en, or a full URL, is left as it is.
 */
export function embedHref(lang: Lang, embedPath: string): string {
  if (!embedPath.startsWith("/") || embedPath.startsWith("//") || langOfPath(embedPath) === "en") return embedPath;
  return href(lang, embedPath);
}

export type ChartActionsProps = {
  /** The card's id (ChartCard `id`): the chart is looked up in `[data-chart-id="<cardId>"]`. */
  cardId: string;
  title: string;
  subtitle: string;
  description: string;
  sources: ExportSource[];
  credit?: string;
  /** Plain text in the page's language (ChartCard converts its `Note`s, marking Swedish-only ones "(in Swedish)"). */
  notes: string[];
  /** The card's table twin: exactly the data the chart shows, in the order shown. */
  table: { caption?: string; columns: ExportColumn[]; rows: ExportRow[] };
  /** Page part of file names, e.g. "region-gotland". */
  page: string;
  /** Selection part of file names, e.g. the indicator; defaults to the card id so two cards on a page differ. */
  selection?: string;
  year?: string;
  /** Path of the chart's /embed route with the same view parameters, without language prefix; enables "Bädda in". */
  embedPath?: string;
  /** Language of the buttons, messages and the labels added to the downloads (captions, sheet names, dates). */
  lang: Lang;
};

/**
 * Actions under a chart card: "Ladda ner" (PNG, SVG, CSV, CSV för Excel, Excel, JSON) and "Kopiera länk".
 * A disclosure of plain buttons rather than an ARIA menu: Tab and Shift+Tab move through it, arrow keys too,
 * Escape closes it and returns focus to "Ladda ner".
 */
export function ChartActions({ cardId, title, subtitle, description, sources, credit, notes, table, page, selection, year, embedPath, lang }: ChartActionsProps) {
  const t = translator(lang);
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
    return { title, subtitle, description, sources, credit, notes, link: window.location.href, exportedAt: new Date(), lang };
  }

  const filename = (ext: string) => exportFilename({ page, selection: selection ?? cardId, year, ext });

  async function captionedChart(m: ExportMeta) {
    const card =
      rootRef.current?.closest(`[data-chart-id]`) ?? document.querySelector(`[data-chart-id="${CSS.escape(cardId)}"]`);
    if (!card) return null;
    await chartLoaded(card);
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
            announce(t("Det finns inget diagram att ladda ner här. Ladda ner data i stället.", "There is no chart to download here. Download the data instead."));
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
      announce(done(format, t));
    } catch (err) {
      console.error(err);
      announce(t("Det gick inte att skapa filen. Försök igen, eller ladda ner data som CSV.", "The file could not be created. Try again, or download the data as CSV."));
    } finally {
      setBusy(false);
    }
  }

  async function copyLink() {
    const url = window.location.href;
    if (await copyText(url)) {
      setLinkFallback(null);
      announce(t("Länken är kopierad", "The link has been copied"));
    } else {
      setLinkFallback(url);
      announce(t(
        "Länken kunde inte kopieras automatiskt. Den står i textfältet: markera och kopiera den.",
        "The link could not be copied automatically. It is in the text box: select it and copy it.",
      ));
    }
  }

  function toggleEmbed() {
    if (embedCode !== null || !embedPath) {
      setEmbedCode(null);
      return;
    }
    const src = new URL(embedHref(lang, embedPath), window.location.origin).toString();
    const safeTitle = title.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
    setEmbedCode(`<iframe src="${src.replace(/&/g, "&amp;")}" title="${safeTitle}" width="100%" height="560" style="border:0;max-width:100%" loading="lazy"></iframe>`);
  }

  async function copyEmbed() {
    if (embedCode && (await copyText(embedCode))) announce(t("Koden för inbäddning är kopierad", "The embed code has been copied"));
    else announce(t("Koden kunde inte kopieras automatiskt. Markera den i textfältet och kopiera den.", "The code could not be copied automatically. Select it in the text box and copy it."));
  }

  async function copyAlt() {
    if (await copyText(description)) announce(t("Alternativtexten är kopierad", "The alternative text has been copied"));
    else {
      altRef.current?.focus();
      altRef.current?.select();
      announce(t(
        "Alternativtexten kunde inte kopieras automatiskt. Den är markerad: kopiera den med Ctrl+C.",
        "The alternative text could not be copied automatically. It is selected: copy it with Ctrl+C.",
      ));
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
    <div ref={rootRef} className={`chart-actions needs-js ${styles.actions}`}>
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
            {t("Ladda ner", "Download")} <span aria-hidden="true" className={styles.chevron}>▾</span>
          </button>
          <ul id={menuId} className={styles.menu} hidden={!open}>
            {menuItems(t).map((item) => (
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
          {t("Kopiera länk", "Copy link")}
        </button>
        {embedPath ? (
          <button type="button" className="btn" aria-expanded={embedCode !== null} onClick={toggleEmbed} aria-describedby={`${cardId}-title`}>
            {t("Bädda in", "Embed")}
          </button>
        ) : null}
        <p role="status" className={styles.status}>{status}</p>
      </div>

      {linkFallback ? (
        <div className={styles.panel}>
          <label htmlFor={linkId} className={styles.panelTitle}>{t("Länk till den här vyn", "Link to this view")}</label>
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
          <label htmlFor={embedId} className={styles.panelTitle}>{t("Kod för att bädda in diagrammet på en annan webbplats", "Code to embed the chart on another website")}</label>
          <textarea id={embedId} readOnly rows={3} value={embedCode} className={styles.field} onFocus={(e) => e.currentTarget.select()} />
          <div className={styles.panelActions}>
            <button type="button" className="btn" onClick={() => void copyEmbed()}>{t("Kopiera kod", "Copy code")}</button>
          </div>
        </div>
      ) : null}

      {altOpen ? (
        <div className={styles.panel}>
          <label htmlFor={altId} className={styles.panelTitle}>{t("Alternativtext till bilden", "Alternative text for the image")}</label>
          <textarea ref={altRef} id={altId} readOnly rows={2} value={description} className={styles.field} />
          <div className={styles.panelActions}>
            <button type="button" className="btn" onClick={() => void copyAlt()}>{t("Kopiera alternativtext", "Copy alternative text")}</button>
            <button
              type="button"
              className="btn"
              aria-label={t("Stäng alternativtexten", "Close the alternative text")}
              onClick={() => {
                setAltOpen(false);
                toggleRef.current?.focus();
              }}
            >
              {t("Stäng", "Close")}
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

export default ChartActions;

/**
 * A chart that has not come into view yet is loaded first (LazyChart), and drawn, before its image is made. A chart
 * that has just started loading has no drawing yet either (recharts draws after measuring its container), so this
 * waits for the drawing itself, not only for the load.
 */
async function chartLoaded(card: Element, timeoutMs = 20000): Promise<void> {
  if (!card.querySelector("[data-lazy-chart]")) return;
  card.setAttribute(LOAD_REQUESTED_ATTR, "");
  const start = Date.now();
  let asked = 0;
  while (Date.now() - start < timeoutMs) {
    if (card.querySelector(".recharts-wrapper > svg.recharts-surface")) {
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      return;
    }
    // Ask again now and then: the chart may hydrate (and start listening) only after the first request.
    if (Date.now() - asked > 500) {
      card.dispatchEvent(new Event(LOAD_CHART_EVENT));
      asked = Date.now();
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
