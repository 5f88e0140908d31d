/**
 * Records by theme as small multiples: one small bar chart per theme with a bar per chosen region, all on the same
 * scale. Each bar is named and numbered (never colour alone) and links to the records in the data table. Server HTML.
 */
import Link from "@/components/layout/Link";
import type { Coverage } from "@/lib/derive/records";
import { recordsWord } from "@/lib/compare-text";
import { formatNumber } from "@/lib/format";
import { href, translator, type Lang } from "@/lib/i18n";
import { themeName } from "@/lib/indicator-text";
import type { Region, Theme } from "@/lib/schema";
import { dataHref } from "@/lib/url-state";
import { MarkSwatch } from "@/components/profile/DotStrip";
import { regionMarks } from "./CompareIndicators";
import styles from "./compare.module.css";

export function RecordsSmallMultiples({ coverage, chosen, themes, lang }: { coverage: Coverage; chosen: Region[]; themes: Theme[]; lang: Lang }) {
  const t = translator(lang);
  const marks = regionMarks(chosen.map((r) => r.code));
  const max = Math.max(1, coverage.max);
  return (
    <ul className={styles.multiples} data-testid="records-multiples">
      {themes.map((th, j) => (
        <li key={th.slug} className={styles.multiple}>
          <h3>{themeName(th, lang)}</h3>
          <ul className={styles.bars}>
            {coverage.rows.map((row, i) => {
              const n = row.cells[j].count;
              const name = chosen[i]?.name ?? row.label;
              return (
                <li key={row.region} className={styles.bar}>
                  <span className={styles.barName}><MarkSwatch shape={marks[i].shape} color={marks[i].color} />{name}</span>
                  <span className={styles.barTrack}>
                    {n > 0 ? (
                      <>
                        <span className={styles.barFill} style={{ width: `${(n / max) * 80}%`, background: marks[i].color }} aria-hidden="true" />
                        <Link
                          href={href(lang, dataHref({ region: row.region, tema: th.slug }))}
                          className={styles.barValue}
                          aria-label={`${name}, ${themeName(th, lang)}: ${n} ${recordsWord(n, lang)}`}
                        >
                          {formatNumber(n, 0, lang)}
                        </Link>
                      </>
                    ) : (
                      <span className="muted">
                        <span aria-hidden="true">–</span>
                        <span className="visually-hidden">{t("Inga poster", "No records")}</span>
                      </span>
                    )}
                  </span>
                </li>
              );
            })}
          </ul>
        </li>
      ))}
    </ul>
  );
}
