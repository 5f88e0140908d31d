import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { href, langFrom, translator } from "@/lib/i18n";
import { formatNumber } from "@/lib/format";
import { search } from "@/lib/search/rank";
import { namesFrom } from "@/lib/search/present";
import { getSearchIndex } from "@/lib/search/server";
import { parseSearchQuery, searchHref } from "@/lib/url-state/search";
import { SearchResults } from "@/components/search/SearchResults";
import styles from "@/components/search/search.module.css";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const t = translator(await langFrom(params));
  const q = parseSearchQuery(await searchParams);
  return { title: q ? t(`Sök: ${q}`, `Search: ${q}`) : t("Sök", "Search"), robots: { index: false } };
}

const EXAMPLES = ["Gotland", "bredband", "BRP", "klimat", "24"];

/** /sok?q=…: a plain GET form and server-rendered results, so search works without JavaScript. */
export default async function SearchPage({ params, searchParams }: Props) {
  const lang = await langFrom(params);
  const t = translator(lang);
  const q = parseSearchQuery(await searchParams);
  const index = getSearchIndex();
  const hits = q ? search(index, q) : [];
  const n = formatNumber(hits.length, 0, lang);
  return (
    <>
      <h1>{t("Sök", "Search")}</h1>
      <form action={href(lang, "/sok")} method="get" role="search" aria-label={t("Sök på webbplatsen", "Search the site")} className={styles.pageForm}>
        <div className={styles.field}>
          <label htmlFor="sok-q">{t("Sök regioner, teman, indikatorer och poster", "Search regions, themes, indicators and records")}</label>
          <input id="sok-q" type="search" name="q" defaultValue={q} autoComplete="off" />
        </div>
        <button type="submit" className="btn btn-primary">{t("Sök", "Search")}</button>
      </form>
      {q ? (
        <p role="status">
          {hits.length === 0
            ? t(`Inga träffar för ”${q}”.`, `No results for “${q}”.`)
            : t(`${n} ${hits.length === 1 ? "träff" : "träffar"} för ”${q}”.`, `${n} ${hits.length === 1 ? "result" : "results"} for “${q}”.`)}
        </p>
      ) : null}
      {q && hits.length === 0 ? (
        <p>
          {t(
            "Prova ett annat ord, en del av ett ord eller en länskod. Alla poster finns också i ",
            "Try another word, part of a word or a county code. Every record is also in ",
          )}
          <Link href={href(lang, `/data?q=${encodeURIComponent(q)}`)}>{t("datatabellen", "the data table")}</Link>.
        </p>
      ) : null}
      {!q || hits.length === 0 ? (
        <div>
          <span id="sok-exempel">{t("Exempel: ", "Examples: ")}</span>
          <ul className={styles.examples} aria-labelledby="sok-exempel">
            {EXAMPLES.map((x) => (
              <li key={x}><Link href={href(lang, searchHref(x))}>{x}</Link></li>
            ))}
          </ul>
        </div>
      ) : null}
      <SearchResults hits={hits} names={namesFrom(index, lang)} lang={lang} />
      {lang === "en" && hits.some((h) => h.item.kind === "post") ? <p className="only-sv">Record titles are in Swedish.</p> : null}
    </>
  );
}
