"use client";
import { useEffect, useRef, useState } from "react";
import { chartLink } from "@/lib/export/link";
import { translator, type Lang } from "@/lib/i18n";
import type { ExportColumn, ExportMeta, ExportRow } from "@/lib/export/types";
import { unpackTable, type PackedTable } from "@/lib/export/packed";
import { copyText } from "./save";
import { DownloadMenu } from "./DownloadMenu";
import { EmbedPanel, embedCode } from "./EmbedPanel";
import { useChartDownload } from "./useChartDownload";
import styles from "./export.module.css";

export { embedHref } from "./EmbedPanel";

/** The caption fields travel with every download as they are (ExportMeta); `notes` are plain text in the page's language (ChartCard marks Swedish-only ones "(in Swedish)"). */
export type ChartActionsProps = Pick<ExportMeta, "title" | "subtitle" | "description" | "sources" | "credit" | "notes"> & {
  /** The card's id (ChartCard `id`): the chart is looked up in `[data-chart-id="<cardId>"]`; every id here derives from it. */
  cardId: string;
  /** The card's table twin: exactly the data the chart shows, in the order shown. */
  table: { caption?: string; columns: ExportColumn[]; rows: ExportRow[] };
  /**
   * The data downloads (CSV, XLSX, JSON) in tidy form (lib/export/tidy.ts), packed (lib/export/packed.ts: the columns
   * that repeat in every row once); the table twin when not given.
   */
  data?: PackedTable;
  /** Page part of file names, e.g. "region-gotland". */
  page: string;
  /** Selection part of file names, e.g. the indicator; defaults to the card id so two cards on a page differ. */
  selection?: string;
  year?: string;
  /** Path of the chart's /embed route with the same view parameters, without language prefix; enables "Bädda in". */
  embedPath?: string;
  /** Fallback height of the embed frame (lib/export/embed.ts). */
  embedHeight?: number;
  /** Query parameters the chart depends on: the only ones "Kopiera länk" and the downloads' link keep. */
  linkParams?: string[];
  /** Language of the buttons, messages and the labels added to the downloads (captions, sheet names, dates). */
  lang: Lang;
};

/** Actions under a chart card: "Ladda ner" (DownloadMenu), "Kopiera länk" (to this chart: `#id`) and "Bädda in". */
export function ChartActions({ cardId, title, subtitle, description, sources, credit, notes, table, data, page, selection, year, embedPath, embedHeight = 700, linkParams = [], lang }: ChartActionsProps) {
  const t = translator(lang);
  const altId = `${cardId}-alttext`;
  const linkId = `${cardId}-lank`;
  const rootRef = useRef<HTMLDivElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const altRef = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<number | undefined>(undefined);
  const [status, setStatus] = useState("");
  const [altOpen, setAltOpen] = useState(false);
  const [linkFallback, setLinkFallback] = useState<string | null>(null);
  const [embed, setEmbed] = useState<string | null>(null);

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

  const link = () => chartLink(window.location.href, cardId, linkParams);
  /**
   * "My region" (?min, MyRegionCarry) as this card shows it: on a static page the card carries every region's sentence
   * and the chosen one's leads the exported description; a marked bar is named in a note, so the marking is explained.
   */
  const meta = (): ExportMeta => {
    const code = document.documentElement.dataset.myRegion;
    const card = code ? rootRef.current?.closest("[data-chart-id]") : null;
    const standing = card?.querySelector(`.my-region-note[data-code="${code}"]`)?.textContent ?? "";
    const name = card?.querySelector(`text[data-code="${code}"]`)?.textContent?.replace(/^▶\s*/, "").trim();
    const marked = name ? [t(`${name} är markerad (min region).`, `${name} is highlighted (my region).`)] : [];
    return { title, subtitle, description: standing + description, sources, credit, notes: [...notes, ...marked], link: link(), exportedAt: new Date(), lang };
  };
  // Unpacked when a download is made, not when the card hydrates.
  const tidy = () => (data ? unpackTable(data) : table);
  const { busy, run } = useChartDownload({ cardId, rootRef, meta, data: tidy, names: { page, selection, year }, t });

  async function download(format: Parameters<typeof run>[0], preset: Parameters<typeof run>[1]) {
    const { message, ok } = await run(format, preset);
    if (ok && format === "png") setAltOpen(true);
    announce(message);
  }

  async function copyLink() {
    const url = link();
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

  async function copyEmbed() {
    if (embed && (await copyText(embed))) announce(t("Koden för inbäddning är kopierad", "The embed code has been copied"));
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

  return (
    <div ref={rootRef} className={`chart-actions needs-js ${styles.actions}`}>
      <div className={styles.bar}>
        <DownloadMenu cardId={cardId} busy={busy} t={t} onDownload={(f, p) => void download(f, p)} />
        <button type="button" className="btn" onClick={() => void copyLink()} aria-describedby={`${cardId}-title`}>
          {t("Kopiera länk", "Copy link")}
        </button>
        {embedPath ? (
          <button
            type="button" className="btn" aria-expanded={embed !== null} aria-describedby={`${cardId}-title`}
            onClick={() => setEmbed(embed !== null ? null : embedCode(lang, embedPath, title, embedHeight))}
          >
            {t("Bädda in", "Embed")}
          </button>
        ) : null}
        <p role="status" className={styles.status}>{status}</p>
      </div>

      {linkFallback ? (
        <div className={styles.panel}>
          <label htmlFor={linkId} className={styles.panelTitle}>{t("Länk till diagrammet", "Link to the chart")}</label>
          <input ref={linkRef} id={linkId} type="text" readOnly value={linkFallback} className={styles.field} onFocus={(e) => e.currentTarget.select()} />
        </div>
      ) : null}

      {embed !== null ? <EmbedPanel cardId={cardId} code={embed} t={t} onCopy={() => void copyEmbed()} /> : null}

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
                rootRef.current?.querySelector<HTMLButtonElement>("button[aria-controls]")?.focus();
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
