import type { Entry } from "@/lib/schema";
import { missingText, translator, type Lang } from "@/lib/i18n";
import { kindLabel } from "@/lib/indicator-text";
import { InSwedish } from "@/components/layout/InSwedish";
import { SourceLink } from "@/components/sources/SourceLink";
import { FUNDING_MEASURE_LABELS, PERIOD_KIND_LABELS } from "@/lib/labels";
import { periodText } from "@/lib/derive/entry-period";

/** At most this many records in one list on a page; the rest are in the records table (`moreHref`). */
export const RECORD_LIST_LIMIT = 10;

/**
 * Records as readable items: kind, year, title, own-words summary, figures as the source wrote them, source link.
 * Record texts exist only in Swedish: in the English UI they are marked as Swedish (one visible note per list).
 * A list longer than RECORD_LIST_LIMIT shows its first records and links to all of them in the records table, so a
 * page's size does not grow with the data.
 */
export function RecordList({ entries: all, showRegion, regionLabel, themeLabel, headingLevel = 3, moreHref, lang }: {
  entries: Entry[];
  showRegion?: boolean;
  regionLabel?: (code: string) => string;
  themeLabel?: (slug: string) => string;
  headingLevel?: 3 | 4;
  /** The same records in /data (e.g. "/data?region=00&tema=integration"), linked when the list is cut. */
  moreHref: string;
  lang: Lang;
}) {
  const t = translator(lang);
  const H = headingLevel === 3 ? "h3" : "h4";
  const entries = all.slice(0, RECORD_LIST_LIMIT);
  return (
    <>
      {lang === "en" && entries.length > 0 ? (
        <p className="only-sv">The records below are in Swedish, as the regions reported them.</p>
      ) : null}
      <ul className="record-list">
        {entries.map((e) => (
          <li key={e.id} className="record" id={`post-${e.id}`}>
            <H style={{ margin: "0 0 0.25rem", fontSize: "1.05rem" }} lang={lang === "en" ? "sv" : undefined}>{e.title}</H>
            <div className="meta">
              <span className={`tag tag-${e.kind}`}>{kindLabel(e.kind, lang)}</span>
              {e.period.kind === "ar" ? (
                <span>{t("År", "Year")}: {e.year ?? <span title={t("Källan anger inget år", "The source gives no year")}>{missingText(lang)}</span>}</span>
              ) : (
                <span>{lang === "en" ? PERIOD_KIND_LABELS[e.period.kind].en : PERIOD_KIND_LABELS[e.period.kind].sv}: {periodText(e.period)}</span>
              )}
              {showRegion && regionLabel ? <span>{regionLabel(e.region)}</span> : null}
              {themeLabel ? <span>{themeLabel(e.theme)}</span> : null}
              {e.actor ? <span>{t("Aktör", "Actor")}: <InSwedish lang={lang} quiet>{e.actor}</InSwedish></span> : null}
            </div>
            <p style={{ margin: "0.35rem 0" }} lang={lang === "en" ? "sv" : undefined}>{e.summary}</p>
            {e.funding ? (
              <p className="funding-note" style={{ margin: "0.35rem 0" }}>
                <strong>{lang === "en" ? FUNDING_MEASURE_LABELS[e.funding.measure].en : FUNDING_MEASURE_LABELS[e.funding.measure].sv}.</strong>{" "}
                {lang === "en" ? e.funding.noteEn : e.funding.noteSv}
              </p>
            ) : null}
            {e.figures.length > 0 ? (
              <ul className="figures" aria-label={t("Siffror ur källan", "Figures from the source")} lang={lang === "en" ? "sv" : undefined}>
                {e.figures.map((f, i) => (
                  <li key={i}>
                    {f.label}: <strong>{f.text}</strong>{f.unit ? ` ${f.unit}` : ""}
                  </li>
                ))}
              </ul>
            ) : null}
            <p className="source-line" style={{ margin: 0 }}>
              <SourceLink source={e.source} lang={lang} />
            </p>
          </li>
        ))}
      </ul>
      {all.length > entries.length ? (
        <p>
          {t(`Visar ${entries.length} av ${all.length} poster; alla finns i `, `Showing ${entries.length} of ${all.length} records; all of them are in `)}
          <a href={moreHref}>{t("datatabellen", "the data table")}</a>.
        </p>
      ) : null}
    </>
  );
}
