import Link from "@/components/layout/Link";
import { uniqueSources } from "@/lib/derive/sources";
import { getDataset, regionsByName } from "@/lib/data";
import { coverageMatrix, sortEntries } from "@/lib/derive/records";
import { CoverageMatrix } from "@/components/records/CoverageMatrix";
import { RecordList } from "@/components/records/RecordList";
import { NATIONAL_CODE } from "@/lib/schema";
import { formatNumber } from "@/lib/format";
import { parseOverview, type SearchParamsLike } from "@/lib/url-state";
import { OverviewRecordsMap } from "@/components/records/OverviewRecordsMap";
import { IndicatorMapCard } from "@/components/indicators/IndicatorMapCard";
import { defaultPeriod } from "@/lib/derive/indicators";
import { href, langFrom, translator, type Lang } from "@/lib/i18n";
import { indicatorText, themeName as themeNameIn } from "@/lib/indicator-text";

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langFrom(params);
  return { title: { absolute: translator(lang)("Regionläget – regionalt utvecklingsarbete 2023", "Regionläget – regional development work 2023") } };
}

export default async function OverviewPage({ params, searchParams }: { params: Promise<{ lang: string }>; searchParams: Promise<SearchParamsLike> }) {
  const sp = await searchParams;
  const lang: Lang = await langFrom(params);
  const t = translator(lang);
  const h = (p: string) => href(lang, p);
  const d = getDataset();
  const mappable = d.indicators.filter((i) => !i.fragment);
  const { map: karta, myRegion } = parseOverview(sp, mappable.map((i) => i.id), d.regions.map((r) => r.code));
  const mapIndicator = mappable.find((i) => i.id === karta);
  const mapPeriod = mapIndicator ? defaultPeriod(d.values, mapIndicator.id) : null;
  const regions = regionsByName();
  const regional = d.entries.filter((e) => e.region !== NATIONAL_CODE);
  const coverage = coverageMatrix(regional, regions, d.themes);
  const allConclusions = sortEntries(d.entries.filter((e) => e.region === NATIONAL_CODE && e.kind === "slutsats"));
  // The report's own conclusions (sourced to its publication page) first; earlier years' conclusions after them.
  const report = d.meta.report;
  const conclusions = allConclusions.filter((e) => report && e.source.url === report.url);
  const earlier = allConclusions.filter((e) => !conclusions.includes(e));
  const sources = uniqueSources(d.entries.map((e) => e.source)).length;
  const emptyCells = coverage.rows.reduce((s, r) => s + r.cells.filter((c) => c.count === 0).length, 0);
  const themeName = (slug: string) => {
    const th = d.themes.find((x) => x.slug === slug);
    return th ? themeNameIn(th, lang) : slug;
  };

  return (
    <>
      <h1>Regionläget</h1>
      {lang === "en" ? (
        <>
          <p className="lead">
            What did Sweden&apos;s 21 regions do for regional development in 2023, and what came of it? Here are the
            regions&apos; activities, results and strategies by theme, with indicators and a source for every figure.
          </p>
          <div className="notice" role="note">
            <p>
              <strong>A selection, not the whole report.</strong> The Swedish Agency for Economic and Regional Growth
              (Tillväxtverket) compiles the regions&apos; reports in <em lang="sv">Regionalt utvecklingsarbete 2023</em>. The
              report&apos;s statistical annex could not be reached, so the records here come from the regions&apos; own
              publications and Tillväxtverket&apos;s publication page. An empty cell means we have no information, not that
              the region has not worked on the theme. Record texts are in Swedish.{" "}
              <Link href={h("/om#kallor")}>Read about sources and method</Link>.
            </p>
          </div>
        </>
      ) : (
        <>
          <p className="lead">
            Vad gjorde Sveriges 21 regioner för regional utveckling 2023, och vad kom ut av det? Här finns regionernas insatser,
            resultat och strategier per tema, med indikatorer och en källa för varje uppgift.
          </p>
          <div className="notice" role="note">
            <p>
              <strong>Ett urval, inte hela rapporten.</strong> Tillväxtverket sammanställer regionernas redovisningar i rapporten{" "}
              <em>Regionalt utvecklingsarbete 2023</em>. Rapportens tabellbilaga gick inte att nå, så posterna här är hämtade ur
              regionernas egna publikationer och Tillväxtverkets publikationssida. En tom ruta betyder att vi saknar uppgift, inte
              att regionen inte har arbetat med temat. <Link href="/om#kallor">Läs om källor och metod</Link>.
            </p>
          </div>
        </>
      )}

      <ul className="stats" aria-label={t("Nyckeltal för datamängden", "Key figures for the dataset")}>
        <li><span className="stat-value">{formatNumber(d.entries.length, 0, lang)}</span><span className="stat-label">{t("poster (insatser, resultat, strategier m.m.)", "records (activities, results, strategies etc.)")}</span></li>
        <li><span className="stat-value">{d.regions.length}</span><span className="stat-label">{t("regioner", "regions")}</span></li>
        <li><span className="stat-value">{d.themes.length}</span><span className="stat-label">{t("teman", "themes")}</span></li>
        <li><span className="stat-value">{d.indicators.length}</span><span className="stat-label">{t("indikatorer", "indicators")}</span></li>
        <li><span className="stat-value">{formatNumber(sources, 0, lang)}</span><span className="stat-label">{t("källsidor", "source pages")}</span></li>
      </ul>

      <h2 id="tackning">{t("Vilka regioner har uppgifter om vilka teman?", "Which regions have information on which themes?")}</h2>
      <p>
        {t(
          `Tabellen visar antalet poster per region och tema. ${emptyCells} av ${coverage.rows.length * d.themes.length} rutor är tomma. Välj en siffra för att se posterna, eller ett tema eller en region för att gå dit.`,
          `The table shows the number of records by region and theme. ${emptyCells} of ${coverage.rows.length * d.themes.length} cells are empty. Choose a number to see the records, or a theme or region to go there.`,
        )}
      </p>
      <CoverageMatrix
        lang={lang}
        coverage={coverage}
        themes={d.themes}
        caption={t(
          `Antal poster per region och tema (${formatNumber(coverage.total)} poster från regionerna, utöver ${d.entries.length - regional.length} nationella)`,
          `Records by region and theme (${formatNumber(coverage.total, 0, lang)} records from the regions, besides ${d.entries.length - regional.length} national ones)`,
        )}
      />

      <h2 id="karta">{t("Regionerna på kartan", "The regions on the map")}</h2>
      <form method="get" action={`${h("/")}#karta`} className="filters" aria-label={t("Välj vad kartan visar", "Choose what the map shows")}>
        <div className="field">
          <label htmlFor="karta-val">{t("Färglägg kartan efter", "Colour the map by")}</label>
          <select id="karta-val" name="karta" defaultValue={karta}>
            <option value="poster">{t("Antal poster per region", "Number of records by region")}</option>
            {mappable.map((i) => <option key={i.id} value={i.id}>{indicatorText(i, lang).name}</option>)}
          </select>
        </div>
        <button type="submit" className="btn btn-primary">{t("Visa karta", "Show map")}</button>
      </form>
      {mapIndicator && mapPeriod ? (
        <IndicatorMapCard
          lang={lang}
          indicator={mapIndicator} values={d.values} regions={d.regions} period={mapPeriod.period}
          highlight={myRegion}
          embedPath={`/embed/indikatorer/${mapIndicator.id}?ar=${encodeURIComponent(mapPeriod.period)}&vy=karta`}
          linkParams={["karta"]}
        />
      ) : (
        <OverviewRecordsMap lang={lang} />
      )}

      <h2 id="slutsatser">{t("Tillväxtverkets slutsatser om 2023", "Tillväxtverket's conclusions on 2023")}</h2>
      <p>
        {report
          ? t(
              `Tillväxtverkets ${conclusions.length} huvudslutsatser i rapporten ${report.title} (publikationsnummer ${report.number}, ${report.year}), med våra ord.`,
              `Tillväxtverket's ${conclusions.length} main conclusions in the report ${report.title} (publication number ${report.number}, ${report.year}), in our words (in Swedish).`,
            )
          : t("Så sammanfattar Tillväxtverket regionernas redovisningar, med våra ord.", "How Tillväxtverket sums up the regions' reports, in our words (in Swedish).")}
      </p>
      <RecordList entries={conclusions} themeLabel={themeName} moreHref={h("/data?region=00&typ=slutsats")} lang={lang} />
      {earlier.length > 0 ? (
        <>
          <h3 id="tidigare-slutsatser">{t("Slutsatser om tidigare år", "Conclusions on earlier years")}</h3>
          <RecordList entries={earlier} themeLabel={themeName} headingLevel={4} moreHref={h("/data?region=00&typ=slutsats")} lang={lang} />
        </>
      ) : null}

      <div className="grid grid-2" style={{ marginTop: "2rem" }}>
        <section className="card" aria-labelledby="h-regioner">
          <h2 id="h-regioner">{t("Regioner", "Regions")}</h2>
          <ul className="link-list">
            {regions.map((r) => (
              <li key={r.code}><Link href={h(`/regioner/${r.code}`)}>{r.organisation}</Link></li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="h-teman">
          <h2 id="h-teman">{t("Teman", "Themes")}</h2>
          <ul className="link-list">
            {d.themes.map((th) => (
              <li key={th.slug}><Link href={h(`/teman/${th.slug}`)}>{themeNameIn(th, lang)}</Link></li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
