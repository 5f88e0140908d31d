"use client";
import { embedSnippet } from "@/lib/export/embed";
import { href, langOfPath, type Lang, type T } from "@/lib/i18n";
import styles from "./export.module.css";

/**
 * The embed address in the page's language. Callers pass the unprefixed route ("/embed/karta?vy=x"); on an English
 * page it becomes "/en/embed/karta?vy=x". A path that already carries /en, or a full URL, is left as it is.
 */
export function embedHref(lang: Lang, embedPath: string): string {
  if (!embedPath.startsWith("/") || embedPath.startsWith("//") || langOfPath(embedPath) === "en") return embedPath;
  return href(lang, embedPath);
}

/** The snippet for the chart's /embed route, with its fallback height. */
export function embedCode(lang: Lang, embedPath: string, title: string, height: number): string {
  return embedSnippet({ src: new URL(embedHref(lang, embedPath), window.location.origin).toString(), title, height });
}

/** "Bädda in": the snippet in a read-only text box, with a copy button. */
export function EmbedPanel({ cardId, code, t, onCopy }: { cardId: string; code: string; t: T; onCopy: () => void }) {
  const fieldId = `${cardId}-inbaddning`;
  return (
    <div className={styles.panel}>
      <label htmlFor={fieldId} className={styles.panelTitle}>{t("Kod för att bädda in diagrammet på en annan webbplats", "Code to embed the chart on another website")}</label>
      <textarea id={fieldId} readOnly rows={4} value={code} className={styles.field} onFocus={(e) => e.currentTarget.select()} />
      <p className={styles.panelNote}>
        {t(
          "Ramen får diagrammets höjd av det lilla skriptet efter den. Tar webbplatsen bort skript, behåller ramen sin angivna höjd.",
          "The frame gets the chart's height from the small script after it. If the website removes scripts, the frame keeps its stated height.",
        )}
      </p>
      <div className={styles.panelActions}>
        <button type="button" className="btn" onClick={onCopy}>{t("Kopiera kod", "Copy code")}</button>
      </div>
    </div>
  );
}
