"use client";
import { useEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";
import { DEFAULT_PRESET, PRESET_ORDER, presetText, type PresetId } from "@/lib/export/presets";
import type { T } from "@/lib/i18n";
import type { Format } from "./useChartDownload";
import styles from "./export.module.css";

/** Visible label, accessible name (says what is downloaded; contains the label) and a short hint. */
function dataItems(t: T): { format: Format; label: string; name: string; hint: string }[] {
  return [
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

function imageItems(t: T): { format: Format; label: string; name: string }[] {
  return [
    { format: "png", label: t("PNG-bild", "PNG image"), name: t("Ladda ner diagrammet som PNG-bild", "Download the chart as a PNG image") },
    { format: "svg", label: t("SVG-bild", "SVG image"), name: t("Ladda ner diagrammet som SVG-bild", "Download the chart as an SVG image") },
  ];
}

/**
 * "Ladda ner": a disclosure of plain buttons rather than an ARIA menu. The image size (Rapport, Presentation 16:9,
 * Som på skärmen) is a radio group; PNG and SVG use it. Tab and Shift+Tab move through it, arrow keys move between
 * the buttons (and, natively, between the sizes), Escape closes it and returns focus to "Ladda ner".
 */
export function DownloadMenu({ cardId, busy, t, onDownload }: { cardId: string; busy: boolean; t: T; onDownload: (format: Format, preset: PresetId) => void }) {
  const menuId = `${cardId}-nedladdning`;
  const wrapRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [preset, setPreset] = useState<PresetId>(DEFAULT_PRESET);

  // Close when the pointer goes down anywhere outside the menu.
  useEffect(() => {
    if (!open) return;
    const onDown = (e: PointerEvent) => {
      if (!wrapRef.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onDown);
    return () => document.removeEventListener("pointerdown", onDown);
  }, [open]);

  function choose(format: Format) {
    setOpen(false);
    toggleRef.current?.focus();
    onDownload(format, preset);
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === "Escape" && open) {
      e.preventDefault();
      setOpen(false);
      toggleRef.current?.focus();
      return;
    }
    // Radio buttons keep their own arrow keys (they choose the size).
    if (!open || !["ArrowDown", "ArrowUp", "Home", "End"].includes(e.key) || (e.target as HTMLElement).matches("input")) return;
    const items = Array.from(wrapRef.current?.querySelectorAll<HTMLButtonElement>(`#${CSS.escape(menuId)} button`) ?? []);
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
  function onBlur(e: FocusEvent<HTMLDivElement>) {
    const next = e.relatedTarget as Node | null;
    if (open && next && !wrapRef.current?.contains(next)) setOpen(false);
  }

  const chosen = presetText(preset, t);
  return (
    <div ref={wrapRef} className={styles.menuWrap} onKeyDown={onKeyDown} onBlur={onBlur}>
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
      <div id={menuId} className={styles.menu} hidden={!open}>
        <fieldset className={styles.sizes}>
          <legend className={styles.groupTitle}>{t("Bildens storlek", "Image size")}</legend>
          {PRESET_ORDER.map((p) => {
            const text = presetText(p, t);
            return (
              <label key={p} className={styles.size}>
                <input type="radio" name={`${cardId}-storlek`} value={p} checked={preset === p} onChange={() => setPreset(p)} />
                <span>
                  <span className={styles.itemLabel}>{text.label}</span> <span className={styles.itemHint}>{text.hint}</span>
                </span>
              </label>
            );
          })}
        </fieldset>
        <ul className={styles.list}>
          {imageItems(t).map((item) => (
            <li key={item.format}>
              <button type="button" className={styles.item} aria-label={item.name} aria-describedby={`${cardId}-${item.format}-hint`} disabled={busy} onClick={() => choose(item.format)}>
                <span className={styles.itemLabel}>{item.label}</span>
                <span id={`${cardId}-${item.format}-hint`} className={styles.itemHint}>{chosen.label}: {chosen.hint}</span>
              </button>
            </li>
          ))}
        </ul>
        <p className={styles.groupTitle}>{t("Data", "Data")}</p>
        <ul className={styles.list}>
          {dataItems(t).map((item) => (
            <li key={item.format}>
              <button type="button" className={styles.item} aria-label={item.name} aria-describedby={`${cardId}-${item.format}-hint`} disabled={busy} onClick={() => choose(item.format)}>
                <span className={styles.itemLabel}>{item.label}</span>
                <span id={`${cardId}-${item.format}-hint`} className={styles.itemHint}>{item.hint}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
