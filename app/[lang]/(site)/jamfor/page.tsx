import type { Metadata } from "next";
import { leadersOf } from "@/lib/text";
import Link from "@/components/layout/Link";
import { getDataset, regionsByName } from "@/lib/data";
import {
  areaLabelIsOwn, compareHref, compareIndicators, parseCompareRegions, parseHeatmapView, regionsWithoutAreas, sharedAreas,
  sortCoverage, themeSpread, uniqueAreas, MAX_COMPARE, MIN_COMPARE, type HeatmapView, type SharedArea,
} from "@/lib/derive/compare";
import { coverageMatrix, countLevel, groupByTheme, sortEntries } from "@/lib/derive/records";
import { formatNumber, formatRank, formatValue, formatYear } from "@/lib/format";
import { href, langFrom, missingText, translator, LOCALE, type Lang } from "@/lib/i18n";
import { indicatorText, kindLabel, riketName, themeName as themeNameIn } from "@/lib/indicator-text";
import { KIND_LABELS } from "@/lib/labels";
import { KINDS, NATIONAL_CODE, type Kind, type Region, type Source } from "@/lib/schema";
import { dataHref } from "@/lib/url-state";
import { CoverageMatrix } from "@/components/records/CoverageMatrix";
import { InSwedish } from "@/components/layout/InSwedish";

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ lang: string }>; searchParams: Promise<SearchParams> };

/** The comparison's canonical (Swedish-form) path, from the address: the same in both languages apart from /en. */
function canonicalPath(sp: SearchParams): { selection: ReturnType<typeof parseCompareRegions>; view: HeatmapView; path: string } {
  const d = getDataset();
  const selection = parseCompareRegions(sp, d.regions.map((r) => r.code));
  const view = parseHeatmapView(sp, d.themes.map((t) => t.slug));
  return { selection, view, path: compareHref(selection.codes, view) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFrom(params);
  // No rel=alternate/canonical: without a known public origin they would be relative URLs, which search engines reject.
  return { title: translator(lang)("Jämför regioner", "Compare regions") };
}

const LIST_FORMATS: Record<Lang, Intl.ListFormat> = {
  sv: new Intl.ListFormat(LOCALE.sv, { style: "long", type: "conjunction" }),
  en: new Intl.ListFormat(LOCALE.en, { style: "long", type: "conjunction" }),
};
/** "A, B och C" / "A, B and C". */
const joinList = (items: string[], lang: Lang) => LIST_FORMATS[lang].format(items);
const NUMBER_WORDS: Record<Lang, string[]> = {
  sv: ["noll", "en", "två", "tre", "fyra"],
  en: ["zero", "one", "two", "three", "four"],
};
const countWord = (n: number, lang: Lang) => NUMBER_WORDS[lang][n] ?? String(n);
/** Quoted text: ”…” in Swedish, “…” in English. */
const quote = (s: string, lang: Lang) => (lang === "en" ? `“${s}”` : `”${s}”`);
/** "post"/"poster", "record"/"records". */
const recordsWord = (n: number, lang: Lang) =>
  lang === "en" ? (n === 1 ? "record" : "records") : n === 1 ? "post" : "poster";
/** A kind's plural for running text: "insatser", "activities"; "funding records" since "funding" has no plural. */
const kindPluralText = (k: Kind, lang: Lang) =>
  lang === "en" && k === "anslag" ? "funding records" : kindLabel(k, lang, true).toLowerCase();

const EXAMPLES: { codes: string[]; note: { sv: string; en: string } }[] = [
  { codes: ["01", "12", "14"], note: { sv: "de tre storstadsregionerna", en: "the three metropolitan regions" } },
  { codes: ["23", "24", "25"], note: { sv: "tre regioner i norra Sverige", en: "three regions in northern Sweden" } },
];

export default async function ComparePage({ params, searchParams }: Props) {
  const lang = await langFrom(params);
  const t = translator(lang);
  const h = (p: string) => href(lang, p);
  const sp = await searchParams;
  const byName = regionsByName();
  const regionOf = new Map(getDataset().regions.map((r) => [r.code, r]));

  const { selection, view, path } = canonicalPath(sp);
  const chosen = selection.codes.map((c) => regionOf.get(c)!);
  const canonical = h(path);

  return (
    <>
      {/* React hoists this into <head>: one address per comparison, in the comma form. */}
      <link rel="canonical" href={canonical} />
      <h1>{t("Jämför regioner", "Compare regions")}</h1>
      <p className="lead">
        {t(
          "Välj två till fyra regioner och se deras strategier, insatser, indikatorer och smart specialisering sida vid sida.",
          "Choose two to four regions and see their strategies, activities, indicators and smart specialisation side by side.",
        )}
      </p>

      {!selection.ok ? (
        <>
          {selection.given ? <TooFew selection={selection} regionOf={regionOf} lang={lang} /> : null}
          <RegionPicker regions={byName} selected={selection.codes} view={view} lang={lang} />
          <p>
            {t("Exempel:", "Examples:")}{" "}
            {EXAMPLES.map((ex, i) => (
              <span key={ex.codes.join()}>
                {i > 0 ? t(" eller ", " or ") : ""}
                <Link href={h(compareHref(ex.codes))}>{joinList(ex.codes.map((c) => regionOf.get(c)!.name), lang)}</Link> ({ex.note[lang]})
              </span>
            ))}
            .
          </p>
        </>
      ) : (
        <>
          <p>
            {t("Du jämför", "You are comparing")} <strong>{joinList(chosen.map((r) => r.organisation), lang)}</strong>.{" "}
            {t("Länk till jämförelsen:", "Link to this comparison:")}{" "}
            <Link href={canonical}>{canonical}</Link>
          </p>
          {selection.overflow.length > 0 || selection.unknown.length > 0 ? (
            <div className="notice" role="note">
              {selection.overflow.length > 0 ? (
                <p>
                  {lang === "en"
                    ? `You can compare at most ${countWord(MAX_COMPARE, lang)} regions at a time. We are showing the first ${countWord(MAX_COMPARE, lang)} and have left out ${joinList(selection.overflow.map((c) => regionOf.get(c)!.name), lang)}.`
                    : `Du kan jämföra högst ${countWord(MAX_COMPARE, lang)} regioner åt gången. Vi visar de ${countWord(MAX_COMPARE, lang)} första och har tagit bort ${joinList(selection.overflow.map((c) => regionOf.get(c)!.name), lang)}.`}
                </p>
              ) : null}
              {selection.unknown.length > 0 ? (
                <p>
                  {lang === "en"
                    ? `We don't recognise ${joinList(selection.unknown.map((u) => quote(u, lang)), lang)} as ${selection.unknown.length === 1 ? "a region and have skipped it" : "regions and have skipped them"}.`
                    : `Vi känner inte igen ${joinList(selection.unknown.map((u) => quote(u, lang)), lang)} som region och har hoppat över det.`}
                </p>
              ) : null}
            </div>
          ) : null}
          <details className="compare-change">
            <summary>{t("Ändra vilka regioner du jämför", "Change the regions you are comparing")}</summary>
            <RegionPicker regions={byName} selected={selection.codes} view={view} lang={lang} />
          </details>
          <nav aria-label={t("Innehåll på sidan", "On this page")} className="compare-toc">
            <ul>
              <li><a href="#strategier">{t("Strategier", "Strategies")}</a></li>
              <li><a href="#poster">{t("Poster per tema", "Records by theme")}</a></li>
              <li><a href="#indikatorer">{t("Indikatorer", "Indicators")}</a></li>
              <li><a href="#smart-specialisering">{t("Smart specialisering", "Smart specialisation")}</a></li>
              <li><a href="#tackning">{t("Alla regioner per tema", "All regions by theme")}</a></li>
              <li><a href="#s3-alla">{t("Smart specialisering i alla regioner", "Smart specialisation in all regions")}</a></li>
            </ul>
          </nav>
          <Strategies chosen={chosen} lang={lang} />
          <RecordsPerTheme chosen={chosen} view={view} lang={lang} />
          <Indicators chosen={chosen} lang={lang} />
          <ChosenSmartSpecialisation chosen={chosen} lang={lang} />
        </>
      )}

      <Heatmap chosen={selection.codes} view={view} regions={byName} lang={lang} />
      <AllSmartSpecialisation regions={byName} lang={lang} />
    </>
  );
}

/* ---------- Choosing regions ---------- */

function TooFew({ selection, regionOf, lang }: {
  selection: ReturnType<typeof parseCompareRegions>;
  regionOf: Map<string, Region>;
  lang: Lang;
}) {
  const t = translator(lang);
  const one = selection.codes.length === 1 ? regionOf.get(selection.codes[0]) : undefined;
  const unknown = joinList(selection.unknown.map((u) => quote(u, lang)), lang);
  const single = selection.unknown.length === 1;
  return (
    <div className="notice" role="note">
      <p>
        <strong>{t("Välj minst två regioner", "Choose at least two regions")}</strong>
        {t(" att jämföra, i listan nedan.", " to compare from the list below.")}
      </p>
      {selection.unknown.length > 0 ? (
        <p>
          {lang === "en"
            ? `The address contained ${unknown}, which ${single ? "is not a region" : "are not regions"} we recognise. Regions are given by county code, for example 01 for Stockholm.`
            : `Adressen innehöll ${unknown}, som inte är ${single ? "en region" : "regioner"} vi känner igen. Regionerna anges med länskod, till exempel 01 för Stockholm.`}
        </p>
      ) : null}
      {one ? (
        <p>
          {t(`Du har valt ${one.organisation}. Välj minst en region till.`, `You have chosen ${one.organisation}. Choose at least one more region.`)}
        </p>
      ) : null}
    </div>
  );
}

function RegionPicker({ regions, selected, view, lang }: { regions: Region[]; selected: string[]; view: HeatmapView; lang: Lang }) {
  const t = translator(lang);
  return (
    <form method="get" action={href(lang, "/jamfor")} className="compare-picker">
      <fieldset aria-describedby="valj-hjalp">
        <legend>{t("Regioner att jämföra", "Regions to compare")}</legend>
        <p className="small muted" id="valj-hjalp">
          {lang === "en"
            ? `Tick ${countWord(MIN_COMPARE, lang)} to ${countWord(MAX_COMPARE, lang)} regions.`
            : `Kryssa i ${countWord(MIN_COMPARE, lang)} till ${countWord(MAX_COMPARE, lang)} regioner.`}
        </p>
        <ul>
          {regions.map((r) => (
            <li key={r.code}>
              <label>
                <input type="checkbox" name="regioner" value={r.code} defaultChecked={selected.includes(r.code)} /> {r.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {view.typ ? <input type="hidden" name="typ" value={view.typ} /> : null}
      {view.sortera !== "region" ? <input type="hidden" name="sortera" value={view.sortera} /> : null}
      <button type="submit" className="btn btn-primary">{t("Jämför", "Compare")}</button>
    </form>
  );
}

/** Column headers: the regional organisations, linked to their pages. */
function RegionHeaders({ chosen, lang }: { chosen: Region[]; lang: Lang }) {
  return (
    <>
      {chosen.map((r) => (
        <th key={r.code} scope="col">
          <Link href={href(lang, `/regioner/${r.code}`)}>{r.organisation}</Link>
        </th>
      ))}
    </>
  );
}

/** A source, its title as the dataset has it (Swedish); say once per section in English that the titles are Swedish. */
function SourceLink({ source, lang }: { source: Source; lang: Lang }) {
  return (
    <a href={source.url} rel="noopener noreferrer">
      <InSwedish lang={lang} quiet>{source.title}</InSwedish>
    </a>
  );
}

/** An English-only remark that the section's dataset texts are in Swedish; nothing in Swedish. */
function SwedishNote({ lang, children }: { lang: Lang; children: string }) {
  return lang === "en" ? <p className="muted small">{children}</p> : null;
}

/* ---------- Side by side ---------- */

function Strategies({ chosen, lang }: { chosen: Region[]; lang: Lang }) {
  const t = translator(lang);
  const missing = missingText(lang);
  const d = getDataset();
  const strategies = chosen.map((r) => d.strategies.find((s) => s.region === r.code));
  const names = joinList(chosen.map((r) => r.name), lang);
  return (
    <section aria-labelledby="strategier">
      <h2 id="strategier">{t("Regionala utvecklingsstrategier", "Regional development strategies")}</h2>
      <p>
        {t(
          "Strategin (RUS) är regionens långsiktiga plan för utvecklingen i länet: när den antogs och vilket år den siktar mot.",
          "The regional development strategy (RUS) is the region's long-term plan for the county's development: when it was adopted and which year it looks ahead to.",
        )}
      </p>
      <SwedishNote lang={lang}>The names of the strategies and their sources are in Swedish.</SwedishNote>
      <div className="table-wrap">
        <table className="compare-table">
          <caption>{t(`Regionala utvecklingsstrategier för ${names}`, `Regional development strategies for ${names}`)}</caption>
          <thead>
            <tr>
              <th scope="col"><span className="visually-hidden">{t("Uppgift", "Detail")}</span></th>
              <RegionHeaders chosen={chosen} lang={lang} />
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t("Strategi", "Strategy")}</th>
              {strategies.map((s, i) => (
                <td key={chosen[i].code}>{s ? <InSwedish lang={lang} quiet>{s.name}</InSwedish> : missing}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t("Antagen", "Adopted")}</th>
              {strategies.map((s, i) => <td key={chosen[i].code}>{s ? formatYear(s.adopted, lang) : missing}</td>)}
            </tr>
            <tr>
              <th scope="row">{t("Tidshorisont", "Time horizon")}</th>
              {strategies.map((s, i) => <td key={chosen[i].code}>{s ? formatYear(s.horizon, lang) : missing}</td>)}
            </tr>
            <tr>
              <th scope="row">{t("Källa", "Source")}</th>
              {strategies.map((s, i) => (
                <td key={chosen[i].code} className="small">{s ? <SourceLink source={s.source} lang={lang} /> : missing}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

function RecordsPerTheme({ chosen, view, lang }: { chosen: Region[]; view: HeatmapView; lang: Lang }) {
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

function regionLabelOf(chosen: Region[], code: string) {
  return chosen.find((r) => r.code === code)?.organisation ?? code;
}

function Indicators({ chosen, lang }: { chosen: Region[]; lang: Lang }) {
  const t = translator(lang);
  const d = getDataset();
  const rows = compareIndicators(chosen.map((r) => r.code), d.indicators, d.values, d.regions);
  const names = joinList(chosen.map((r) => r.name), lang);
  return (
    <section aria-labelledby="indikatorer">
      <h2 id="indikatorer">{t("Indikatorer: var står regionerna?", "Indicators: where do the regions stand?")}</h2>
      <p>
        {t(
          "Senaste år med uppgifter för de flesta län. ”Rang 3 av 21” betyder det tredje högsta värdet bland de regioner som har en uppgift. Om ett högt värde är bra eller dåligt beror på indikatorn.",
          "The latest year with data for most counties. “Rank 3 of 21” means the third-highest value among the regions with data. Whether a high value is good or bad depends on the indicator. Source titles are in Swedish.",
        )}
      </p>
      {rows.length === 0 ? (
        <p>{missingText(lang)}</p>
      ) : (
        <div className="table-wrap">
          <table className="compare-table compare-indicators">
            <caption>
              {t(
                `Indikatorer för ${names}, med rang bland regionerna och värdet för riket`,
                `Indicators for ${names}, with rank among the regions and the value for Sweden as a whole`,
              )}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t("Indikator", "Indicator")}</th>
                <th scope="col">{t("År", "Year")}</th>
                <RegionHeaders chosen={chosen} lang={lang} />
                <th scope="col" className="num">{riketName(lang)}</th>
                <th scope="col">{t("Källa", "Source")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => {
                const text = indicatorText(row.indicator, lang);
                return (
                  <tr key={row.indicator.id}>
                    <th scope="row">
                      <Link href={href(lang, `/indikatorer/${row.indicator.id}`)}>{text.name}</Link>
                      <span className="unit">{text.unit}</span>
                    </th>
                    <td className="num">{row.period}</td>
                    {row.cells.map((c) => (
                      <td key={c.code} className="num">
                        <span className="value">{formatValue(c.value, row.indicator.unit, row.indicator.decimals, lang)}</span>
                        {c.rank !== null ? (
                          <span className="rank">{t("rang", "rank")} {formatRank(c.rank, row.of, lang)}</span>
                        ) : null}
                      </td>
                    ))}
                    <td className="num">{formatValue(row.riket?.value, row.indicator.unit, row.indicator.decimals, lang)}</td>
                    <td className="small">
                      {row.sources.map((s, i) => (
                        <span key={s.url}>{i > 0 ? "; " : ""}<SourceLink source={s} lang={lang} /></span>
                      ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function areaLists() {
  return getDataset().smartSpecialisation.map((s) => ({ region: s.region, areas: s.areas }));
}

/** A group's label: our own key-word label in the UI language, or (Swedish) the area as the regions wrote it. */
function GroupLabel({ group, lang }: { group: SharedArea; lang: Lang }) {
  return areaLabelIsOwn(group) ? <>{group.label}</> : <InSwedish lang={lang} quiet>{group.label}</InSwedish>;
}

/** "Gotland" or "Norrbotten (”Besöksnäring (utvecklingsområde)”)" when the wording differs from the group's. */
function GroupMembers({ group, link, lang }: { group: SharedArea; link: boolean; lang: Lang }) {
  const d = getDataset();
  const name = (c: string) => d.regions.find((r) => r.code === c)?.name ?? c;
  return (
    <ul className="area-members">
      {group.regions.map((m) => {
        const same = m.areas.length === 1 && m.areas[0].trim().toLowerCase() === group.label.toLowerCase();
        return (
          <li key={m.region}>
            {link ? <Link href={href(lang, `/regioner/${m.region}`)}>{name(m.region)}</Link> : <strong>{name(m.region)}</strong>}
            {same ? null : <>: <InSwedish lang={lang} quiet>{m.areas.map((a) => quote(a, lang)).join(", ")}</InSwedish></>}
          </li>
        );
      })}
    </ul>
  );
}

function ChosenSmartSpecialisation({ chosen, lang }: { chosen: Region[]; lang: Lang }) {
  const t = translator(lang);
  const missing = missingText(lang);
  const d = getDataset();
  const codes = chosen.map((r) => r.code);
  // In the order the reader chose the regions.
  const lists = codes.flatMap((c) => areaLists().filter((l) => l.region === c));
  const shared = sharedAreas(lists, lang);
  const without = regionsWithoutAreas(codes, lists);
  return (
    <section aria-labelledby="smart-specialisering">
      <h2 id="smart-specialisering">{t("Smart specialisering", "Smart specialisation")}</h2>
      <p>
        {t(
          "Smart specialisering (S3) är regionens strategi för forskning och innovation: de områden där regionen har styrkor och vill satsa.",
          "Smart specialisation (S3) is the region's strategy for research and innovation: the areas where the region has strengths and wants to invest.",
        )}
      </p>
      <SwedishNote lang={lang}>
        The areas are given as the regions wrote them, in Swedish. The names of the groups of related areas are our own.
      </SwedishNote>
      <h3>{t("Gemensamma områden", "Shared areas")}</h3>
      {shared.length === 0 ? (
        <p>
          {lists.length < 2
            ? t(
                "Vi har uppgifter om smart specialisering för färre än två av de valda regionerna, så det går inte att jämföra.",
                "We have data on smart specialisation for fewer than two of the chosen regions, so they cannot be compared.",
              )
            : t(
                "De valda regionerna har inga gemensamma eller närliggande områden i källmaterialet.",
                "The chosen regions have no shared or related areas in the source material.",
              )}
        </p>
      ) : (
        <ul className="area-groups">
          {shared.map((g) => (
            <li key={g.key}>
              <strong className="area-label"><GroupLabel group={g} lang={lang} /></strong>{" "}
              <span className="muted small">
                {g.exact ? t("samma formulering", "same wording") : t("närliggande: samma nyckelord", "related: same keyword")}
              </span>
              <GroupMembers group={g} link={false} lang={lang} />
            </li>
          ))}
        </ul>
      )}
      <h3>{t("Varje regions områden", "Each region's areas")}</h3>
      <div className="compare-grid">
        {chosen.map((r) => {
          const s3 = d.smartSpecialisation.find((s) => s.region === r.code);
          return (
            <section key={r.code} className="card compare-col" aria-labelledby={`s3-${r.code}`}>
              <h4 id={`s3-${r.code}`} className="compare-col-title">{r.organisation}</h4>
              {s3 && s3.areas.length > 0 ? (
                <>
                  <ul className="pill-list">
                    {s3.areas.map((a) => <InSwedish key={a} as="li" lang={lang} quiet>{a}</InSwedish>)}
                  </ul>
                  <p className="source-line">{t("Källa", "Source")}: <SourceLink source={s3.source} lang={lang} /></p>
                </>
              ) : (
                <p>
                  {missing}
                  {t(
                    ": källmaterialet anger inga områden för smart specialisering.",
                    ": the source material gives no areas for smart specialisation.",
                  )}
                </p>
              )}
            </section>
          );
        })}
      </div>
      {without.length > 0 && without.length < chosen.length ? (
        <p className="muted small">
          {t(
            `${missing} för ${joinList(without.map((c) => regionLabelOf(chosen, c)), lang)}, så jämförelsen gäller bara de andra.`,
            `${missing} for ${joinList(without.map((c) => regionLabelOf(chosen, c)), lang)}, so the comparison covers only the others.`,
          )}
        </p>
      ) : null}
    </section>
  );
}

/* ---------- All 21 regions ---------- */

function Heatmap({ chosen, view, regions, lang }: { chosen: string[]; view: HeatmapView; regions: Region[]; lang: Lang }) {
  const t = translator(lang);
  const d = getDataset();
  const themeSlugs = d.themes.map((th) => th.slug);
  const entries = d.entries.filter((e) => e.region !== NATIONAL_CODE && (!view.typ || e.kind === view.typ));
  const coverage = sortCoverage(coverageMatrix(entries, regions, d.themes), view.sortera, themeSlugs);
  const sortTheme = d.themes.find((th) => th.slug === view.sortera);
  const sortThemeName = sortTheme ? themeNameIn(sortTheme, lang).toLowerCase() : "";
  const what = view.typ ? kindPluralText(view.typ, lang) : t("poster", "records");
  const sortLabel =
    view.sortera === "antal"
      ? t(`flest ${what} totalt`, `most ${what} in total`)
      : sortTheme
        ? t(`flest ${what} om ${sortThemeName}`, `most ${what} on ${sortThemeName}`)
        : t("regionnamn", "region name");
  const countOf = (row: (typeof coverage.rows)[number]) => (sortTheme ? row.cells[themeSlugs.indexOf(sortTheme.slug)].count : row.total);
  const { top: topCount, leaders } = leadersOf(coverage.rows, countOf);
  const total = formatNumber(coverage.total, 0, lang);
  return (
    <section aria-labelledby="tackning">
      <h2 id="tackning">{t("Alla 21 regioner: poster per tema", "All 21 regions: records by theme")}</h2>
      <p>
        {t(
          "Hur många poster vi har per region och tema. Välj en typ av post och sortera, till exempel för att se vilka regioner som har flest poster inom ett tema.",
          "How many records we have for each region and theme. Choose a type of record and a sort order, for example to see which regions have the most records within a theme.",
        )}
        {chosen.length > 0
          ? t(" Regionerna du jämför är markerade med ● och fet stil.", " The regions you are comparing are marked with ● and in bold.")
          : ""}
      </p>
      <form method="get" action={`${href(lang, "/jamfor")}#tackning`} className="filters compare-heat-form">
        {/* One hidden input per region: the browser would escape a comma (%2C), which reads worse than the repeated form. */}
        {chosen.map((c) => <input key={c} type="hidden" name="regioner" value={c} />)}
        <div className="field">
          <label htmlFor="karta-typ">{t("Typ av post", "Type of record")}</label>
          <select id="karta-typ" name="typ" defaultValue={view.typ ?? "alla"}>
            <option value="alla">{t("Alla typer", "All types")}</option>
            {KINDS.map((k) => <option key={k} value={k}>{lang === "en" ? KIND_LABELS[k].enPlural : KIND_LABELS[k].svPlural}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="karta-sortera">{t("Sortera efter", "Sort by")}</label>
          <select id="karta-sortera" name="sortera" defaultValue={view.sortera}>
            <option value="region">{t("Regionnamn (A–Ö)", "Region name (A–Z)")}</option>
            <option value="antal">{t("Flest poster totalt", "Most records in total")}</option>
            <optgroup label={t("Flest poster inom tema", "Most records within a theme")}>
              {d.themes.map((th) => <option key={th.slug} value={th.slug}>{themeNameIn(th, lang)}</option>)}
            </optgroup>
          </select>
        </div>
        <button type="submit" className="btn">{t("Visa", "Show")}</button>
      </form>
      {view.sortera !== "region" && topCount > 0 ? (
        <p>
          {t(`Flest ${what}`, `Most ${what}`)}
          {sortTheme ? t(` om ${sortThemeName}`, ` on ${sortThemeName}`) : t(" totalt", " in total")}
          {leaders.length === 1 ? ": " : t(` (${topCount} var): `, ` (${formatNumber(topCount, 0, lang)} each): `)}
          {leaders.length <= 5 ? (
            leaders.map((r, i) => (
              <span key={r.region}>
                {i === 0 ? "" : i === leaders.length - 1 ? t(" och ", " and ") : ", "}
                <Link href={href(lang, `/regioner/${r.region}`)}>{r.label}</Link>
              </span>
            ))
          ) : (
            <>{formatNumber(leaders.length, 0, lang)} {t("regioner", "regions")}</>
          )}
          {leaders.length === 1 ? ` (${formatNumber(topCount, 0, lang)})` : ""}.
        </p>
      ) : null}
      {coverage.total === 0 ? (
        <p className="notice" role="note">
          {t(`Vi har inga ${what} från enskilda regioner.`, `We have no ${what} from individual regions.`)}{" "}
          {view.typ === "slutsats" ? (
            lang === "en" ? (
              <>{"Tillväxtverket's"} conclusions apply to all regions; they are on the <Link href={`${href(lang, "/")}#slutsatser`}>overview</Link>.</>
            ) : (
              <>Tillväxtverkets slutsatser gäller alla regioner; de finns på <Link href="/#slutsatser">översikten</Link>.</>
            )
          ) : null}
        </p>
      ) : null}
      <CoverageMatrix
        coverage={coverage}
        themes={d.themes}
        kind={view.typ}
        highlight={chosen}
        sortedBy={view.sortera === "antal" ? "total" : view.sortera}
        lang={lang}
        caption={t(
          `Antal ${what} per region och tema, sorterat efter ${sortLabel} (${total} ${what} från regionerna)`,
          `Number of ${what} by region and theme, sorted by ${sortLabel} (${total} ${what} from the regions)`,
        )}
      />
      <p className="muted small">
        {t("Varje siffra leder till posterna och deras källor i ", "Each number leads to the records and their sources in the ")}
        <Link href={href(lang, view.typ ? dataHref({ typ: view.typ }) : "/data")}>{t("datatabellen", "data table")}</Link>.
        {" "}
        {t("Poster om alla regioner (nationella) räknas inte här.", "Records about all regions (national records) are not counted here.")}
      </p>
    </section>
  );
}

function AllSmartSpecialisation({ regions, lang }: { regions: Region[]; lang: Lang }) {
  const t = translator(lang);
  const missing = missingText(lang);
  const d = getDataset();
  const name = (c: string) => d.regions.find((r) => r.code === c)?.name ?? c;
  // Regions in alphabetical order within each group (regions is already sorted by name).
  const lists = regions.flatMap((r) => areaLists().filter((l) => l.region === r.code));
  const shared = sharedAreas(lists, lang);
  const unique = uniqueAreas(lists, shared).filter((l) => l.areas.length > 0);
  const without = regionsWithoutAreas(regions.map((r) => r.code), lists);
  return (
    <section aria-labelledby="s3-alla">
      <h2 id="s3-alla">{t("Smart specialisering i alla regioner", "Smart specialisation in all regions")}</h2>
      <p>
        {t(
          "Vilka regioner som satsar på samma eller närliggande områden. Vi grupperar områden som innehåller samma nyckelord, till exempel ”livsmedel” eller ”besöksnäring”. Grupperingen är vår egen; regionens egen formulering står efter namnet när den skiljer sig.",
          "Which regions invest in the same or related areas. We group areas that contain the same Swedish keyword, for example “livsmedel” (food) or “besöksnäring” (tourism). The grouping and the group names are our own; the region's own wording, in Swedish, follows its name when it differs.",
        )}
      </p>
      <ul className="area-groups area-groups-all">
        {shared.map((g) => (
          <li key={g.key}>
            <h3 className="area-label">
              <GroupLabel group={g} lang={lang} />{" "}
              <span className="muted small">({formatNumber(g.regions.length, 0, lang)} {t("regioner", "regions")})</span>
            </h3>
            <GroupMembers group={g} link lang={lang} />
          </li>
        ))}
      </ul>
      {unique.length > 0 ? (
        <details className="compare-more">
          <summary>{t("Områden som bara en region har", "Areas that only one region has")}</summary>
          <ul>
            {unique.map((l) => (
              <li key={l.region}>
                <Link href={href(lang, `/regioner/${l.region}`)}>{name(l.region)}</Link>:{" "}
                <InSwedish lang={lang} quiet>{l.areas.join(", ")}</InSwedish>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {without.length > 0 ? (
        <p>
          <strong>{missing}</strong>
          {lang === "en"
            ? ` for ${joinList(without.map(name), lang)}: the source material gives no areas for smart specialisation for ${without.length === 1 ? "that region" : `these ${formatNumber(without.length, 0, lang)} regions`}.`
            : ` för ${joinList(without.map(name), lang)}: källmaterialet anger inga områden för smart specialisering för ${without.length === 1 ? "den regionen" : `dessa ${formatNumber(without.length, 0, lang)} regioner`}.`}
        </p>
      ) : null}
      <details className="compare-more">
        <summary>{t("Källor för smart specialisering", "Sources for smart specialisation")}</summary>
        <SwedishNote lang={lang}>The source titles are in Swedish.</SwedishNote>
        <ul>
          {lists.map((l) => {
            const s = d.smartSpecialisation.find((x) => x.region === l.region)!;
            return (
              <li key={l.region}>
                {name(l.region)}: <SourceLink source={s.source} lang={lang} />
              </li>
            );
          })}
        </ul>
      </details>
    </section>
  );
}
