import type { Entry } from "@/lib/schema";
import { missingText, translator, type Lang } from "@/lib/i18n";
import { kindLabel } from "@/lib/indicator-text";
import { InSwedish } from "@/components/layout/InSwedish";
import { SourceLink } from "@/components/sources/SourceLink";
import { FUNDING_MEASURE_LABELS, PERIOD_KIND_LABELS } from "@/lib/labels";
import { periodText } from "@/lib/derive/entry-period";

/**
 * Records as readable items: kind, year, title, own-words summary, figures as the source wrote them, source link.
 * Record texts exist only in Swedish: in the English UI they are marked as Swedish (one visible note per list).
 */
export function RecordList({ entries, showRegion, regionLabel, themeLabel, headingLevel = 3, lang }: {
  entries: Entry[];
  showRegion?: boolean;
  regionLabel?: (code: string) => string;
  themeLabel?: (slug: string) => string;
  headingLevel?: 3 | 4;
  lang: Lang;
}) {
  const t = translator(lang);
  const H = headingLevel === 3 ? "h3" : "h4";
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
    </>
  );
}
