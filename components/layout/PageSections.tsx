import { translator, type Lang } from "@/lib/i18n";
import styles from "./page-sections.module.css";

/**
 * Skip links to the main sections of a long page ("Indikatorer · Poster · Täckning · Källor"), right after its
 * heading: from the top of the page a keyboard user reaches the records filter in a handful of key presses.
 * Plain in-page links: they work without JavaScript.
 */
export function PageSections({ sections, lang }: { sections: { id: string; label: string }[]; lang: Lang }) {
  const t = translator(lang);
  return (
    <nav aria-label={t("På sidan", "On this page")} className={styles.nav}>
      <span className={styles.label} aria-hidden="true">{t("På sidan:", "On this page:")}</span>
      <ul>
        {sections.map((s) => (
          <li key={s.id}><a href={`#${s.id}`}>{s.label}</a></li>
        ))}
      </ul>
    </nav>
  );
}
