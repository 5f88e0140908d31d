/**
 * Similar regions (structural z-scores, Euclidean distance: lib/derive/similar.ts) and "who to learn from": for the
 * indicators where the region is among the weakest quarter, the regions that do better and have records in the
 * indicator's theme, with links to those records. Server component.
 */
import Link from "@/components/layout/Link";
import type { LearningItem, SimilarRegion } from "@/lib/derive/similar";
import { compareHref } from "@/lib/derive/compare";
import { formatNumber } from "@/lib/format";
import { href, LOCALE, translator, type Lang } from "@/lib/i18n";
import { indicatorText, themeName } from "@/lib/indicator-text";
import type { Region, Theme } from "@/lib/schema";
import { InSwedish } from "@/components/layout/InSwedish";
import { PhoneDisclosure } from "@/components/layout/ClosedOnPhone";
import { withMyRegion } from "@/lib/url-state/my-region";
import styles from "./similar.module.css";

const MAX_RECORDS = 1;

export function SimilarRegions({ region, similar, learning, regions, themes, structuralNames, lang }: {
  region: Region;
  similar: SimilarRegion[];
  learning: LearningItem[];
  regions: Region[];
  themes: Theme[];
  /** Names of the structural indicators used, in the page's language. */
  structuralNames: string[];
  lang: Lang;
}) {
  const t = translator(lang);
  const nameOf = (c: string) => regions.find((r) => r.code === c)?.name ?? c;
  const byTheme = themes
    .map((th) => ({ theme: th, items: learning.filter((i) => i.theme === th.slug) }))
    .filter((g) => g.items.length > 0);
  const list = new Intl.ListFormat(LOCALE[lang], { style: "long", type: "conjunction" }).format(structuralNames);
  return (
    <section aria-labelledby="liknande">
      <h2 id="liknande">{t("Liknande regioner och vem man kan lära av", "Similar regions and who to learn from")}</h2>
      {similar.length === 0 ? (
        <p>{t(`Vi kan inte räkna fram liknande regioner för ${region.name}: en av uppgifterna saknas.`, `We cannot find similar regions for ${region.name}: one of the values is missing.`)}</p>
      ) : (
        <>
          <p>
            {t(
              `De ${similar.length} regioner som mest liknar ${region.name} i ${list}. `,
              `The ${similar.length} regions most like ${region.name} in ${list}. `,
            )}
            <Link href={`${href(lang, "/om")}#liknande-regioner`}>{t("Så räknar vi", "How we calculate this")}</Link>.
          </p>
          <ol className={styles.similar}>
            {similar.map((s) => (
              <li key={s.code}>
                <Link href={href(lang, `/regioner/${s.code}`)}>{nameOf(s.code)}</Link>{" "}
                <span className="muted small">({t("avstånd", "distance")} {formatNumber(s.distance, 1, lang)})</span>
              </li>
            ))}
          </ol>
          <p>
            <Link href={href(lang, compareHref([region.code, ...similar.slice(0, 3).map((s) => s.code)]))}>
              {t(`Jämför ${region.name} med de tre mest lika`, `Compare ${region.name} with the three most similar`)}
            </Link>
          </p>
        </>
      )}
      {/* The "who to learn from" list is long: on a phone it starts closed, its summary says how many themes. */}
      <PhoneDisclosure
        summary={
          <>
            <h3 id="lara-av" className={styles.inline}>{t(`Vem kan ${region.name} lära av?`, `Who can ${region.name} learn from?`)}</h3>{" "}
            <span className="muted small">
              {byTheme.length === 0 ? t("inga svaga indikatorer", "no weak indicators") : t(`${byTheme.length} ${byTheme.length === 1 ? "tema" : "teman"}`, `${byTheme.length} ${byTheme.length === 1 ? "theme" : "themes"}`)}
            </span>
          </>
        }
      >
        {byTheme.length === 0 ? (
          <p>
            {t(
              `${region.name} är inte bland den svagaste fjärdedelen av länen på någon indikator där det är klart om ett högt eller lågt värde är bättre.`,
              `${region.name} is not in the weakest quarter of the counties on any indicator where it is clear whether a high or a low value is better.`,
            )}
          </p>
        ) : (
          <>
            <p>
              {t(
                `Indikatorer där ${region.name} hör till den svagaste fjärdedelen av länen, och regioner som ligger bättre och har poster inom samma tema. Liknande regioner kommer först. Posterna är ett urval ur offentliga källor.`,
                `Indicators where ${region.name} is in the weakest quarter of the counties, and regions that do better and have records in the same theme. Similar regions come first. The records are a selection from public sources; their titles are in Swedish.`,
              )}
            </p>
            <ul className={styles.learn}>
              {byTheme.map(({ theme, items }) => {
                const partners = [...new Map(items.flatMap((i) => i.partners).map((p) => [p.code, p])).values()].slice(0, 3);
                return (
                  <li key={theme.slug} data-testid="learn-theme">
                    <strong><Link href={href(lang, `/teman/${theme.slug}`)}>{themeName(theme, lang)}</Link></strong>
                    <p className={styles.weak}>
                      {t("Svagast på: ", "Weakest on: ")}
                      {items.map((i, k) => (
                        <span key={i.indicator.id}>
                          {k ? "; " : ""}
                          <Link href={href(lang, withMyRegion(`/indikatorer/${i.indicator.id}`, region.code))}>{indicatorText(i.indicator, lang).short}</Link>{" "}
                          ({i.bestRank === i.of
                            ? t(`sämst av ${i.of}`, `worst of ${i.of}`)
                            : t(`plats ${i.bestRank} av ${i.of} räknat från bästa`, `${ordinal(i.bestRank)} of ${i.of} counted from the best`)})
                        </span>
                      ))}
                    </p>
                    {partners.length === 0 ? (
                      <p className="muted small">{t("Ingen region som ligger bättre har poster inom temat.", "No region that does better has records in the theme.")}</p>
                    ) : (
                      <ul className={styles.partners}>
                        {partners.map((p) => (
                          <li key={p.code}>
                            <Link href={href(lang, `/regioner/${p.code}`)}>{nameOf(p.code)}</Link>
                            {": "}
                            {p.entries.slice(0, MAX_RECORDS).map((e, k) => (
                              <span key={e.id}>
                                {k ? "; " : ""}
                                <Link href={href(lang, `/regioner/${p.code}#post-${e.id}`)}><InSwedish lang={lang} quiet>{e.title}</InSwedish></Link>
                              </span>
                            ))}
                            {p.entries.length > MAX_RECORDS ? (
                              <>
                                {" "}
                                <Link href={href(lang, `/data?region=${p.code}&tema=${theme.slug}`)} className="small">
                                  {t(`alla ${p.entries.length} poster`, `all ${p.entries.length} records`)}
                                </Link>
                              </>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ul>
          </>
        )}
      </PhoneDisclosure>
    </section>
  );
}

function ordinal(n: number): string {
  const s = n % 100 >= 11 && n % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][n % 10] ?? "th";
  return `${n}${s}`;
}
