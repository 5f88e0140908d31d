import Link from "next/link";
import { getDataset, regionsByName } from "@/lib/data";
import {
  compareHref, compareIndicators, parseCompareRegions, parseHeatmapView, regionsWithoutAreas, sharedAreas, sortCoverage,
  themeSpread, uniqueAreas, MAX_COMPARE, MIN_COMPARE, type HeatmapView, type SharedArea,
} from "@/lib/derive/compare";
import { coverageMatrix, countLevel, groupByTheme, sortEntries } from "@/lib/derive/records";
import { formatNumber, formatRank, formatValue, formatYear, MISSING } from "@/lib/format";
import { KIND_LABELS } from "@/lib/labels";
import { KINDS, NATIONAL_CODE, type Region, type Source } from "@/lib/schema";
import { dataHref } from "@/lib/url-state";
import { CoverageMatrix } from "@/components/records/CoverageMatrix";

export const metadata = { title: "Jämför regioner" };

type SearchParams = Record<string, string | string[] | undefined>;

const listFormat = new Intl.ListFormat("sv-SE", { style: "long", type: "conjunction" });
const joinSv = (items: string[]) => listFormat.format(items);
const NUMBER_WORDS = ["noll", "en", "två", "tre", "fyra"];
const countWord = (n: number) => NUMBER_WORDS[n] ?? String(n);

const EXAMPLES: { codes: string[]; note: string }[] = [
  { codes: ["01", "12", "14"], note: "de tre storstadsregionerna" },
  { codes: ["23", "24", "25"], note: "tre regioner i norra Sverige" },
];

export default async function ComparePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const d = getDataset();
  const byName = regionsByName();
  const regionOf = new Map(d.regions.map((r) => [r.code, r]));
  const themeSlugs = d.themes.map((t) => t.slug);

  const selection = parseCompareRegions(sp, d.regions.map((r) => r.code));
  const view = parseHeatmapView(sp, themeSlugs);
  const chosen = selection.codes.map((c) => regionOf.get(c)!);
  const canonical = compareHref(selection.codes, view);

  return (
    <>
      {/* React hoists this into <head>: one address per comparison, in the comma form. */}
      <link rel="canonical" href={canonical} />
      <h1>Jämför regioner</h1>
      <p className="lead">
        Välj två till fyra regioner och se deras strategier, insatser, indikatorer och smart specialisering sida vid sida.
      </p>

      {!selection.ok ? (
        <>
          {selection.given ? <TooFew selection={selection} regionOf={regionOf} /> : null}
          <RegionPicker regions={byName} selected={selection.codes} view={view} />
          <p>
            Exempel:{" "}
            {EXAMPLES.map((ex, i) => (
              <span key={ex.codes.join()}>
                {i > 0 ? " eller " : ""}
                <Link href={compareHref(ex.codes)}>{joinSv(ex.codes.map((c) => regionOf.get(c)!.name))}</Link> ({ex.note})
              </span>
            ))}
            .
          </p>
        </>
      ) : (
        <>
          <p>
            Du jämför <strong>{joinSv(chosen.map((r) => r.organisation))}</strong>. Länk till jämförelsen:{" "}
            <Link href={canonical}>{canonical}</Link>
          </p>
          {selection.overflow.length > 0 || selection.unknown.length > 0 ? (
            <div className="notice" role="note">
              {selection.overflow.length > 0 ? (
                <p>
                  Du kan jämföra högst {countWord(MAX_COMPARE)} regioner åt gången. Vi visar de {countWord(MAX_COMPARE)} första och
                  har tagit bort {joinSv(selection.overflow.map((c) => regionOf.get(c)!.name))}.
                </p>
              ) : null}
              {selection.unknown.length > 0 ? (
                <p>Vi känner inte igen {joinSv(selection.unknown.map((u) => `”${u}”`))} som region och har hoppat över det.</p>
              ) : null}
            </div>
          ) : null}
          <details className="compare-change">
            <summary>Ändra vilka regioner du jämför</summary>
            <RegionPicker regions={byName} selected={selection.codes} view={view} />
          </details>
          <nav aria-label="Innehåll på sidan" className="compare-toc">
            <ul>
              <li><a href="#strategier">Strategier</a></li>
              <li><a href="#poster">Poster per tema</a></li>
              <li><a href="#indikatorer">Indikatorer</a></li>
              <li><a href="#smart-specialisering">Smart specialisering</a></li>
              <li><a href="#tackning">Alla regioner per tema</a></li>
              <li><a href="#s3-alla">Smart specialisering i alla regioner</a></li>
            </ul>
          </nav>
          <Strategies chosen={chosen} />
          <RecordsPerTheme chosen={chosen} view={view} />
          <Indicators chosen={chosen} />
          <ChosenSmartSpecialisation chosen={chosen} />
        </>
      )}

      <Heatmap chosen={selection.codes} view={view} regions={byName} />
      <AllSmartSpecialisation regions={byName} />
    </>
  );
}

/* ---------- Choosing regions ---------- */

function TooFew({ selection, regionOf }: {
  selection: ReturnType<typeof parseCompareRegions>;
  regionOf: Map<string, Region>;
}) {
  const one = selection.codes.length === 1 ? regionOf.get(selection.codes[0]) : undefined;
  return (
    <div className="notice" role="note">
      <p><strong>Välj minst två regioner</strong> att jämföra, i listan nedan.</p>
      {selection.unknown.length > 0 ? (
        <p>
          Adressen innehöll {joinSv(selection.unknown.map((u) => `”${u}”`))}, som inte är {selection.unknown.length === 1 ? "en region" : "regioner"} vi
          känner igen. Regionerna anges med länskod, till exempel 01 för Stockholm.
        </p>
      ) : null}
      {one ? <p>Du har valt {one.organisation}. Välj minst en region till.</p> : null}
    </div>
  );
}

function RegionPicker({ regions, selected, view }: { regions: Region[]; selected: string[]; view: HeatmapView }) {
  return (
    <form method="get" action="/jamfor" className="compare-picker">
      <fieldset aria-describedby="valj-hjalp">
        <legend>Regioner att jämföra</legend>
        <p className="small muted" id="valj-hjalp">Kryssa i {countWord(MIN_COMPARE)} till {countWord(MAX_COMPARE)} regioner.</p>
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
      <button type="submit" className="btn btn-primary">Jämför</button>
    </form>
  );
}

/** Column headers: the regional organisations, linked to their pages. */
function RegionHeaders({ chosen }: { chosen: Region[] }) {
  return (
    <>
      {chosen.map((r) => (
        <th key={r.code} scope="col">
          <Link href={`/regioner/${r.code}`}>{r.organisation}</Link>
        </th>
      ))}
    </>
  );
}

function SourceLink({ source, prefix = "" }: { source: Source; prefix?: string }) {
  return <a href={source.url} rel="noopener noreferrer">{prefix}{source.title}</a>;
}

/* ---------- Side by side ---------- */

function Strategies({ chosen }: { chosen: Region[] }) {
  const d = getDataset();
  const strategies = chosen.map((r) => d.strategies.find((s) => s.region === r.code));
  const names = joinSv(chosen.map((r) => r.name));
  return (
    <section aria-labelledby="strategier">
      <h2 id="strategier">Regionala utvecklingsstrategier</h2>
      <p>Strategin (RUS) är regionens långsiktiga plan för utvecklingen i länet: när den antogs och vilket år den siktar mot.</p>
      <div className="table-wrap">
        <table className="compare-table">
          <caption>Regionala utvecklingsstrategier för {names}</caption>
          <thead>
            <tr>
              <th scope="col"><span className="visually-hidden">Uppgift</span></th>
              <RegionHeaders chosen={chosen} />
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">Strategi</th>
              {strategies.map((s, i) => <td key={chosen[i].code}>{s ? s.name : MISSING}</td>)}
            </tr>
            <tr>
              <th scope="row">Antagen</th>
              {strategies.map((s, i) => <td key={chosen[i].code}>{s ? formatYear(s.adopted) : MISSING}</td>)}
            </tr>
            <tr>
              <th scope="row">Tidshorisont</th>
              {strategies.map((s, i) => <td key={chosen[i].code}>{s ? formatYear(s.horizon) : MISSING}</td>)}
            </tr>
            <tr>
              <th scope="row">Källa</th>
              {strategies.map((s, i) => (
                <td key={chosen[i].code} className="small">{s ? <SourceLink source={s.source} /> : MISSING}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

function RecordsPerTheme({ chosen, view }: { chosen: Region[]; view: HeatmapView }) {
  const d = getDataset();
  const coverage = coverageMatrix(d.entries, chosen, d.themes);
  const spread = themeSpread(coverage.rows, d.themes.map((t) => t.slug));
  const themeName = (slug: string) => d.themes.find((t) => t.slug === slug)!.nameSv;
  const names = joinSv(chosen.map((r) => r.name));
  const everyone = chosen.length === 2 ? "Båda" : `Alla ${countWord(chosen.length)}`;
  return (
    <section aria-labelledby="poster">
      <h2 id="poster">Insatser, resultat och strategier per tema</h2>
      <p>
        {spread.all.length > 0
          ? `${everyone} har poster om ${joinSv(spread.all.map((s) => themeName(s).toLowerCase()))}. `
          : "Det finns inget tema som alla de valda regionerna har poster om. "}
        {spread.none.length > 0 ? `Ingen av dem har poster om ${joinSv(spread.none.map((s) => themeName(s).toLowerCase()))}.` : null}
      </p>
      <p className="muted small">
        Posterna är ett urval ur offentliga källor, inte en fullständig redovisning. Ett streck betyder att vi saknar uppgift,
        inte att regionen saknar arbete inom temat. Välj en siffra för att se posterna och deras källor.
      </p>
      <div className="table-wrap">
        <table className="matrix compare-counts">
          <caption>Antal poster per tema för {names}</caption>
          <thead>
            <tr>
              <th scope="col">Tema</th>
              <RegionHeaders chosen={chosen} />
            </tr>
          </thead>
          <tbody>
            {d.themes.map((t, j) => (
              <tr key={t.slug}>
                <th scope="row"><Link href={`/teman/${t.slug}`}>{t.nameSv}</Link></th>
                {coverage.rows.map((row) => {
                  const n = row.cells[j].count;
                  return n === 0 ? (
                    <td key={row.region} className="empty" data-level={0}>
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">Inga poster</span>
                    </td>
                  ) : (
                    <td key={row.region} data-level={countLevel(n, coverage.max)}>
                      <Link
                        href={dataHref({ region: row.region, tema: t.slug })}
                        aria-label={`${regionLabelOf(chosen, row.region)}, ${t.nameSv}: ${n} ${n === 1 ? "post" : "poster"}`}
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
              <th scope="row">Totalt</th>
              {coverage.rows.map((row) => (
                <td key={row.region}>
                  <Link href={dataHref({ region: row.region })} aria-label={`${regionLabelOf(chosen, row.region)}: ${row.total} poster totalt`}>
                    <strong>{row.total}</strong>
                  </Link>
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>

      <h3>Posterna, region för region</h3>
      <p>Öppna ett tema för att se posterna. Titeln leder till hela posten på regionens sida.</p>
      <div className="compare-grid">
        {chosen.map((r) => {
          const entries = sortEntries(d.entries.filter((e) => e.region === r.code));
          const rest = chosen.filter((x) => x.code !== r.code).map((x) => x.code);
          return (
            <section key={r.code} className="card compare-col" aria-labelledby={`poster-${r.code}`}>
              <h4 id={`poster-${r.code}`} className="compare-col-title">
                <Link href={`/regioner/${r.code}`}>{r.organisation}</Link>
              </h4>
              <p className="small muted">{formatNumber(entries.length)} {entries.length === 1 ? "post" : "poster"}</p>
              {entries.length === 0 ? <p>{MISSING}</p> : null}
              {groupByTheme(entries, d.themes).map((g) => (
                <details key={g.theme} className="compare-theme">
                  <summary>
                    {themeName(g.theme)} <span className="muted">({g.entries.length})</span>
                  </summary>
                  <ul className="compact-records">
                    {g.entries.map((e) => (
                      <li key={e.id}>
                        <Link href={`/regioner/${r.code}#post-${e.id}`}>{e.title}</Link>
                        <span className="meta">
                          <span className={`tag tag-${e.kind}`}>{KIND_LABELS[e.kind].sv}</span>{" "}
                          <span>{e.year ?? <span title="Källan anger inget år">År: {MISSING}</span>}</span>{" "}
                          <span>Källa: <SourceLink source={e.source} /></span>
                        </span>
                      </li>
                    ))}
                  </ul>
                </details>
              ))}
              {rest.length >= MIN_COMPARE ? (
                <p className="small compare-remove">
                  <Link href={compareHref(rest, view)}>Ta bort {r.name} ur jämförelsen</Link>
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

function Indicators({ chosen }: { chosen: Region[] }) {
  const d = getDataset();
  const rows = compareIndicators(chosen.map((r) => r.code), d.indicators, d.values, d.regions);
  const names = joinSv(chosen.map((r) => r.name));
  return (
    <section aria-labelledby="indikatorer">
      <h2 id="indikatorer">Indikatorer: var står regionerna?</h2>
      <p>
        Senaste år med uppgifter för de flesta län. ”Rang 3 av 21” betyder det tredje högsta värdet bland de regioner som har
        en uppgift. Om ett högt värde är bra eller dåligt beror på indikatorn.
      </p>
      {rows.length === 0 ? (
        <p>{MISSING}</p>
      ) : (
        <div className="table-wrap">
          <table className="compare-table compare-indicators">
            <caption>Indikatorer för {names}, med rang bland regionerna och värdet för riket</caption>
            <thead>
              <tr>
                <th scope="col">Indikator</th>
                <th scope="col">År</th>
                <RegionHeaders chosen={chosen} />
                <th scope="col" className="num">Riket</th>
                <th scope="col">Källa</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.indicator.id}>
                  <th scope="row">
                    <Link href={`/indikatorer/${row.indicator.id}`}>{row.indicator.nameSv}</Link>
                    <span className="unit">{row.indicator.unit}</span>
                  </th>
                  <td className="num">{row.period}</td>
                  {row.cells.map((c) => (
                    <td key={c.code} className="num">
                      <span className="value">{formatValue(c.value, row.indicator.unit, row.indicator.decimals)}</span>
                      {c.rank !== null ? <span className="rank">rang {formatRank(c.rank, row.of)}</span> : null}
                    </td>
                  ))}
                  <td className="num">{formatValue(row.riket?.value, row.indicator.unit, row.indicator.decimals)}</td>
                  <td className="small">
                    {row.sources.map((s, i) => (
                      <span key={s.url}>{i > 0 ? "; " : ""}<SourceLink source={s} /></span>
                    ))}
                  </td>
                </tr>
              ))}
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

/** "Gotland" or "Norrbotten (”Besöksnäring (utvecklingsområde)”)" when the wording differs from the group's. */
function GroupMembers({ group, link }: { group: SharedArea; link: boolean }) {
  const d = getDataset();
  const name = (c: string) => d.regions.find((r) => r.code === c)?.name ?? c;
  return (
    <ul className="area-members">
      {group.regions.map((m) => {
        const same = m.areas.length === 1 && m.areas[0].trim().toLowerCase() === group.label.toLowerCase();
        return (
          <li key={m.region}>
            {link ? <Link href={`/regioner/${m.region}`}>{name(m.region)}</Link> : <strong>{name(m.region)}</strong>}
            {same ? null : <>: {m.areas.map((a) => `”${a}”`).join(", ")}</>}
          </li>
        );
      })}
    </ul>
  );
}

function ChosenSmartSpecialisation({ chosen }: { chosen: Region[] }) {
  const d = getDataset();
  const codes = chosen.map((r) => r.code);
  // In the order the reader chose the regions.
  const lists = codes.flatMap((c) => areaLists().filter((l) => l.region === c));
  const shared = sharedAreas(lists);
  const without = regionsWithoutAreas(codes, lists);
  return (
    <section aria-labelledby="smart-specialisering">
      <h2 id="smart-specialisering">Smart specialisering</h2>
      <p>
        Smart specialisering (S3) är regionens strategi för forskning och innovation: de områden där regionen har styrkor
        och vill satsa.
      </p>
      <h3>Gemensamma områden</h3>
      {shared.length === 0 ? (
        <p>
          {lists.length < 2
            ? "Vi har uppgifter om smart specialisering för färre än två av de valda regionerna, så det går inte att jämföra."
            : "De valda regionerna har inga gemensamma eller närliggande områden i källmaterialet."}
        </p>
      ) : (
        <ul className="area-groups">
          {shared.map((g) => (
            <li key={g.key}>
              <strong className="area-label">{g.label}</strong>{" "}
              <span className="muted small">{g.exact ? "samma formulering" : "närliggande: samma nyckelord"}</span>
              <GroupMembers group={g} link={false} />
            </li>
          ))}
        </ul>
      )}
      <h3>Varje regions områden</h3>
      <div className="compare-grid">
        {chosen.map((r) => {
          const s3 = d.smartSpecialisation.find((s) => s.region === r.code);
          return (
            <section key={r.code} className="card compare-col" aria-labelledby={`s3-${r.code}`}>
              <h4 id={`s3-${r.code}`} className="compare-col-title">{r.organisation}</h4>
              {s3 && s3.areas.length > 0 ? (
                <>
                  <ul className="pill-list">{s3.areas.map((a) => <li key={a}>{a}</li>)}</ul>
                  <p className="source-line">Källa: <SourceLink source={s3.source} /></p>
                </>
              ) : (
                <p>{MISSING}: källmaterialet anger inga områden för smart specialisering.</p>
              )}
            </section>
          );
        })}
      </div>
      {without.length > 0 && without.length < chosen.length ? (
        <p className="muted small">
          {MISSING} för {joinSv(without.map((c) => regionLabelOf(chosen, c)))}, så jämförelsen gäller bara de andra.
        </p>
      ) : null}
    </section>
  );
}

/* ---------- All 21 regions ---------- */

function Heatmap({ chosen, view, regions }: { chosen: string[]; view: HeatmapView; regions: Region[] }) {
  const d = getDataset();
  const themeSlugs = d.themes.map((t) => t.slug);
  const entries = d.entries.filter((e) => e.region !== NATIONAL_CODE && (!view.typ || e.kind === view.typ));
  const coverage = sortCoverage(coverageMatrix(entries, regions, d.themes), view.sortera, themeSlugs);
  const sortTheme = d.themes.find((t) => t.slug === view.sortera);
  const what = view.typ ? KIND_LABELS[view.typ].svPlural.toLowerCase() : "poster";
  const sortLabel =
    view.sortera === "antal" ? `flest ${what} totalt` : sortTheme ? `flest ${what} om ${sortTheme.nameSv.toLowerCase()}` : "regionnamn";
  const countOf = (row: (typeof coverage.rows)[number]) => (sortTheme ? row.cells[themeSlugs.indexOf(sortTheme.slug)].count : row.total);
  const topCount = countOf(coverage.rows[0]);
  const leaders = coverage.rows.filter((r) => countOf(r) === topCount);
  return (
    <section aria-labelledby="tackning">
      <h2 id="tackning">Alla 21 regioner: poster per tema</h2>
      <p>
        Hur många poster vi har per region och tema. Välj en typ av post och sortera, till exempel för att se vilka regioner
        som har flest poster inom ett tema.
        {chosen.length > 0 ? " Regionerna du jämför är markerade med ● och fet stil." : ""}
      </p>
      <form method="get" action="/jamfor#tackning" className="filters compare-heat-form">
        {/* One hidden input per region: the browser would escape a comma (%2C), which reads worse than the repeated form. */}
        {chosen.map((c) => <input key={c} type="hidden" name="regioner" value={c} />)}
        <div className="field">
          <label htmlFor="karta-typ">Typ av post</label>
          <select id="karta-typ" name="typ" defaultValue={view.typ ?? "alla"}>
            <option value="alla">Alla typer</option>
            {KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS[k].svPlural}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="karta-sortera">Sortera efter</label>
          <select id="karta-sortera" name="sortera" defaultValue={view.sortera}>
            <option value="region">Regionnamn (A–Ö)</option>
            <option value="antal">Flest poster totalt</option>
            <optgroup label="Flest poster inom tema">
              {d.themes.map((t) => <option key={t.slug} value={t.slug}>{t.nameSv}</option>)}
            </optgroup>
          </select>
        </div>
        <button type="submit" className="btn">Visa</button>
      </form>
      {view.sortera !== "region" && topCount > 0 ? (
        <p>
          Flest {what}
          {sortTheme ? ` om ${sortTheme.nameSv.toLowerCase()}` : " totalt"}
          {leaders.length === 1 ? ": " : ` (${topCount} var): `}
          {leaders.length <= 5 ? (
            leaders.map((r, i) => (
              <span key={r.region}>
                {i === 0 ? "" : i === leaders.length - 1 ? " och " : ", "}
                <Link href={`/regioner/${r.region}`}>{r.label}</Link>
              </span>
            ))
          ) : (
            <>{formatNumber(leaders.length)} regioner</>
          )}
          {leaders.length === 1 ? ` (${topCount})` : ""}.
        </p>
      ) : null}
      {coverage.total === 0 ? (
        <p className="notice" role="note">
          Vi har inga {what} från enskilda regioner. {view.typ === "slutsats" ? (
            <>Tillväxtverkets slutsatser gäller alla regioner; de finns på <Link href="/#slutsatser">översikten</Link>.</>
          ) : null}
        </p>
      ) : null}
      <CoverageMatrix
        coverage={coverage}
        themes={d.themes}
        kind={view.typ}
        highlight={chosen}
        sortedBy={view.sortera === "antal" ? "total" : view.sortera}
        caption={`Antal ${what} per region och tema, sorterat efter ${sortLabel} (${formatNumber(coverage.total)} ${what} från regionerna)`}
      />
      <p className="muted small">
        Varje siffra leder till posterna och deras källor i <Link href={view.typ ? dataHref({ typ: view.typ }) : "/data"}>datatabellen</Link>.
        {" "}Poster om alla regioner (nationella) räknas inte här.
      </p>
    </section>
  );
}

function AllSmartSpecialisation({ regions }: { regions: Region[] }) {
  const d = getDataset();
  const name = (c: string) => d.regions.find((r) => r.code === c)?.name ?? c;
  // Regions in alphabetical order within each group (regions is already sorted by name).
  const lists = regions.flatMap((r) => areaLists().filter((l) => l.region === r.code));
  const shared = sharedAreas(lists);
  const unique = uniqueAreas(lists, shared).filter((l) => l.areas.length > 0);
  const without = regionsWithoutAreas(regions.map((r) => r.code), lists);
  return (
    <section aria-labelledby="s3-alla">
      <h2 id="s3-alla">Smart specialisering i alla regioner</h2>
      <p>
        Vilka regioner som satsar på samma eller närliggande områden. Vi grupperar områden som innehåller samma nyckelord,
        till exempel ”livsmedel” eller ”besöksnäring”. Grupperingen är vår egen; regionens egen formulering står efter namnet
        när den skiljer sig.
      </p>
      <ul className="area-groups area-groups-all">
        {shared.map((g) => (
          <li key={g.key}>
            <h3 className="area-label">
              {g.label} <span className="muted small">({g.regions.length} regioner)</span>
            </h3>
            <GroupMembers group={g} link />
          </li>
        ))}
      </ul>
      {unique.length > 0 ? (
        <details className="compare-more">
          <summary>Områden som bara en region har</summary>
          <ul>
            {unique.map((l) => (
              <li key={l.region}>
                <Link href={`/regioner/${l.region}`}>{name(l.region)}</Link>: {l.areas.join(", ")}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {without.length > 0 ? (
      <p>
        <strong>{MISSING}</strong> för {joinSv(without.map(name))}: källmaterialet anger inga områden för smart specialisering
        för {without.length === 1 ? "den regionen" : `dessa ${formatNumber(without.length)} regioner`}.
      </p>
      ) : null}
      <details className="compare-more">
        <summary>Källor för smart specialisering</summary>
        <ul>
          {lists.map((l) => {
            const s = d.smartSpecialisation.find((x) => x.region === l.region)!;
            return (
              <li key={l.region}>
                {name(l.region)}: <SourceLink source={s.source} />
              </li>
            );
          })}
        </ul>
      </details>
    </section>
  );
}
