import Link from "@/components/layout/Link";
import { translator, type Lang } from "@/lib/i18n";
import { formatNumber } from "@/lib/format";
import { groupHits, type SearchHit } from "@/lib/search/rank";
import { hitContext, hitHref, hitName, hitTableHref, kindHeading, nameIsSwedish, type Names } from "@/lib/search/present";
import styles from "./search.module.css";

/** Server-rendered search results, grouped by kind (regions, themes, indicators, records), each a plain link. */
export function SearchResults({ hits, names, lang }: { hits: SearchHit[]; names: Names; lang: Lang }) {
  const t = translator(lang);
  const groups = groupHits(hits);
  return (
    <>
      {groups.length > 1 ? (
        <nav aria-label={t("Träffar per slag", "Results by kind")} className={styles.jump}>
          <ul>
            {groups.map((g) => (
              <li key={g.kind}><a href={`#traffar-${g.kind}`}>{kindHeading(g.kind, lang)} ({formatNumber(g.total, 0, lang)})</a></li>
            ))}
          </ul>
        </nav>
      ) : null}
      {groups.map((g) => (
        <section key={g.kind} aria-labelledby={`traffar-${g.kind}`}>
          <h2 id={`traffar-${g.kind}`} tabIndex={-1}>{kindHeading(g.kind, lang)} <span className="muted small">({formatNumber(g.total, 0, lang)})</span></h2>
          <ol className={styles.results}>
            {g.hits.map(({ item }) => {
              const name = hitName(item, lang);
              const inTable = hitTableHref(item, lang);
              return (
                <li key={item.id}>
                  <Link href={hitHref(item, lang)} lang={nameIsSwedish(item, lang) ? "sv" : undefined}>{name}</Link>
                  <span className={styles.context}>
                    {hitContext(item, lang, names)}
                    {inTable ? (
                      <>
                        {" · "}
                        <Link href={inTable} aria-label={t(`${name} i datatabellen`, `${name} in the data table`)}>
                          {/* No-break spaces: the link never wraps after its first word on a phone. */}
                          {t("i\u00a0datatabellen", "in\u00a0the\u00a0data\u00a0table")}
                        </Link>
                      </>
                    ) : null}
                  </span>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </>
  );
}
