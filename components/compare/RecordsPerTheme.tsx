/** Records by theme for the chosen regions: counts side by side, then each region's records theme by theme. */
import Link from "@/components/layout/Link";
import { InSwedish } from "@/components/layout/InSwedish";
import { getDataset } from "@/lib/data";
import { compareHref, themeSpread, MIN_COMPARE, type HeatmapView } from "@/lib/derive/compare";
import { coverageMatrix, countLevel, groupByTheme, sortEntries } from "@/lib/derive/records";
import { countWord, joinList, recordsWord } from "@/lib/compare-text";
import { formatNumber } from "@/lib/format";
import { href, missingText, translator, type Lang } from "@/lib/i18n";
import { kindLabel, themeName as themeNameIn } from "@/lib/indicator-text";
import type { Region } from "@/lib/schema";
import { dataHref } from "@/lib/url-state";
import { RegionHeaders, SourceLink, regionLabelOf } from "./shared";
import { RegionLegend } from "./CompareIndicators";
import { RecordsSmallMultiples } from "./RecordsSmallMultiples";

export function RecordsPerTheme({ chosen, view, lang }: { chosen: Region[]; view: HeatmapView; lang: Lang }) {
  const t = translator(lang);
  const missing = missingText(lang);
  const d = getDataset();
  const coverage = coverageMatrix(d.entries, chosen, d.themes);
  const spread = themeSpread(coverage.rows, d.themes.map((th) => th.slug));
  const themeName = (slug: string) => themeNameIn(d.themes.find((th) => th.slug === slug)!, lang);
  const themeList = (slugs: string[]) => joinList(slugs.map((s) => themeName(s).toLowerCase()), lang);
  const names = joinList(chosen.map((r) => r.name), lang);
  const everyone =
    chosen.length === 2 ? t("Båda", "Both") : lang === "en" ? `All ${countWord(chosen.length, lang)}` : `Alla ${countWord(chosen.length, lang)}`;
  return (
    <section aria-labelledby="poster">
      <h2 id="poster">{t("Insatser, resultat och strategier per tema", "Activities, results and strategies by theme")}</h2>
      <p>
        {spread.all.length > 0
          ? t(`${everyone} har poster om ${themeList(spread.all)}. `, `${everyone} have records on ${themeList(spread.all)}. `)
          : t(
              "Det finns inget tema som alla de valda regionerna har poster om. ",
              "There is no theme on which all the chosen regions have records. ",
            )}
        {spread.none.length > 0
          ? t(`Ingen av dem har poster om ${themeList(spread.none)}.`, `None of them has records on ${themeList(spread.none)}.`)
          : null}
      </p>
      <p className="muted small">
        {t(
          "Posterna är ett urval ur offentliga källor, inte en fullständig redovisning. Ett streck betyder att vi saknar uppgift, inte att regionen saknar arbete inom temat. Välj en siffra för att se posterna och deras källor.",
          "The records are a selection from public sources, not a complete account. A dash means that we have no data, not that the region does no work in the theme. Choose a number to see the records and their sources.",
        )}
      </p>
      <RegionLegend chosen={chosen} lang={lang} riket={false} />
      <RecordsSmallMultiples coverage={coverage} chosen={chosen} themes={d.themes} lang={lang} />
      <details className="table-twin">
      <summary>{t("Visa antalen som tabell", "Show the counts as a table")}</summary>
      <div className="table-wrap">
        <table className="matrix compare-counts">
          <caption>{t(`Antal poster per tema för ${names}`, `Number of records by theme for ${names}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t("Tema", "Theme")}</th>
              <RegionHeaders chosen={chosen} lang={lang} />
            </tr>
          </thead>
          <tbody>
            {d.themes.map((th, j) => (
              <tr key={th.slug}>
                <th scope="row"><Link href={href(lang, `/teman/${th.slug}`)}>{themeNameIn(th, lang)}</Link></th>
                {coverage.rows.map((row) => {
                  const n = row.cells[j].count;
                  return n === 0 ? (
                    <td key={row.region} className="empty" data-level={0}>
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">{t("Inga poster", "No records")}</span>
                    </td>
                  ) : (
                    <td key={row.region} data-level={countLevel(n, coverage.max)}>
                      <Link
                        href={href(lang, dataHref({ region: row.region, tema: th.slug }))}
                        aria-label={`${regionLabelOf(chosen, row.region)}, ${themeNameIn(th, lang)}: ${n} ${recordsWord(n, lang)}`}
                      >
                        {n}
                      </Link>
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t("Totalt", "Total")}</th>
              {coverage.rows.map((row) => (
                <td key={row.region}>
                  <Link
                    href={href(lang, dataHref({ region: row.region }))}
                    aria-label={t(
                      `${regionLabelOf(chosen, row.region)}: ${row.total} poster totalt`,
                      `${regionLabelOf(chosen, row.region)}: ${row.total} ${recordsWord(row.total, lang)} in total`,
                    )}
                  >
                    <strong>{row.total}</strong>
                  </Link>
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      </details>


      <h3>{t("Posterna, region för region", "The records, region by region")}</h3>
      <p>
        {t(
          "Öppna ett tema för att se posterna. Titeln leder till hela posten på regionens sida.",
          "Open a theme to see the records. The title leads to the full record on the region's page. Record titles and sources are in Swedish.",
        )}
      </p>
      <div className="compare-grid">
        {chosen.map((r) => {
          const entries = sortEntries(d.entries.filter((e) => e.region === r.code));
          const rest = chosen.filter((x) => x.code !== r.code).map((x) => x.code);
          return (
            <section key={r.code} className="card compare-col" aria-labelledby={`poster-${r.code}`}>
              <h4 id={`poster-${r.code}`} className="compare-col-title">
                <Link href={href(lang, `/regioner/${r.code}`)}>{r.organisation}</Link>
              </h4>
              <p className="small muted">{formatNumber(entries.length, 0, lang)} {recordsWord(entries.length, lang)}</p>
              {entries.length === 0 ? <p>{missing}</p> : null}
              {groupByTheme(entries, d.themes).map((g) => (
                <details key={g.theme} className="compare-theme">
                  <summary>
                    {themeName(g.theme)} <span className="muted">({formatNumber(g.entries.length, 0, lang)})</span>
                  </summary>
                  <ul className="compact-records">
                    {g.entries.map((e) => (
                      <li key={e.id}>
                        <Link href={href(lang, `/regioner/${r.code}#post-${e.id}`)}>
                          <InSwedish lang={lang} quiet>{e.title}</InSwedish>
                        </Link>
                        <span className="meta">
                          <span className={`tag tag-${e.kind}`}>{kindLabel(e.kind, lang)}</span>{" "}
                          <span>
                            {e.year ?? (
                              <span title={t("Källan anger inget år", "The source gives no year")}>
                                {t("År", "Year")}: {missing}
                              </span>
                            )}
                          </span>{" "}
                          <span>{t("Källa", "Source")}: <SourceLink source={e.source} lang={lang} /></span>
                        </span>
                      </li>
                    ))}
                  </ul>
                </details>
              ))}
              {rest.length >= MIN_COMPARE ? (
                <p className="small compare-remove">
                  <Link href={href(lang, compareHref(rest, view))}>
                    {t(`Ta bort ${r.name} ur jämförelsen`, `Remove ${r.name} from the comparison`)}
                  </Link>
                </p>
              ) : null}
            </section>
          );
        })}
      </div>
    </section>
  );
}
