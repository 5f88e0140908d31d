import Link from "next/link";
import { getDataset, regionsByName } from "@/lib/data";
import { coverageMatrix, sortEntries } from "@/lib/derive/records";
import { CoverageMatrix } from "@/components/records/CoverageMatrix";
import { RecordList } from "@/components/records/RecordList";
import { NATIONAL_CODE } from "@/lib/schema";
import { formatNumber } from "@/lib/format";
import { countsByRegion } from "@/lib/derive/records";
import { pickParam, type SearchParamsLike } from "@/lib/url-state";
import { RecordsMapCard } from "@/components/records/RecordsMapCard";
import { IndicatorMapCard } from "@/components/indicators/IndicatorMapCard";
import { defaultPeriod } from "@/lib/derive/indicators";

export default async function OverviewPage({ searchParams }: { searchParams: Promise<SearchParamsLike> }) {
  const sp = await searchParams;
  const d = getDataset();
  const mappable = d.indicators.filter((i) => !i.fragment);
  const karta = pickParam(sp, "karta", ["poster", ...mappable.map((i) => i.id)], "poster");
  const mapIndicator = mappable.find((i) => i.id === karta);
  const mapPeriod = mapIndicator ? defaultPeriod(d.values, mapIndicator.id) : null;
  const regions = regionsByName();
  const regional = d.entries.filter((e) => e.region !== NATIONAL_CODE);
  const coverage = coverageMatrix(regional, regions, d.themes);
  const conclusions = sortEntries(d.entries.filter((e) => e.region === NATIONAL_CODE && e.kind === "slutsats"));
  const sources = new Set(d.entries.map((e) => e.source.url)).size;
  const emptyCells = coverage.rows.reduce((s, r) => s + r.cells.filter((c) => c.count === 0).length, 0);
  const themeName = (slug: string) => d.themes.find((t) => t.slug === slug)?.nameSv ?? slug;

  return (
    <>
      <h1>Regionläget</h1>
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

      <ul className="stats" aria-label="Nyckeltal för datamängden">
        <li><span className="stat-value">{formatNumber(d.entries.length)}</span><span className="stat-label">poster (insatser, resultat, strategier m.m.)</span></li>
        <li><span className="stat-value">{d.regions.length}</span><span className="stat-label">regioner</span></li>
        <li><span className="stat-value">{d.themes.length}</span><span className="stat-label">teman</span></li>
        <li><span className="stat-value">{d.indicators.length}</span><span className="stat-label">indikatorer</span></li>
        <li><span className="stat-value">{formatNumber(sources)}</span><span className="stat-label">källsidor</span></li>
      </ul>

      <h2 id="tackning">Vilka regioner har uppgifter om vilka teman?</h2>
      <p>
        Tabellen visar antalet poster per region och tema. {emptyCells} av {coverage.rows.length * d.themes.length} rutor är
        tomma. Välj en siffra för att se posterna, eller ett tema eller en region för att gå dit.
      </p>
      <CoverageMatrix
        coverage={coverage}
        themes={d.themes}
        caption={`Antal poster per region och tema (${formatNumber(coverage.total)} poster från regionerna, utöver ${d.entries.length - regional.length} nationella)`}
      />

      <h2 id="karta">Regionerna på kartan</h2>
      <form method="get" action="/#karta" className="filters" aria-label="Välj vad kartan visar">
        <div className="field">
          <label htmlFor="karta-val">Färglägg kartan efter</label>
          <select id="karta-val" name="karta" defaultValue={karta}>
            <option value="poster">Antal poster per region</option>
            {mappable.map((i) => <option key={i.id} value={i.id}>{i.nameSv}</option>)}
          </select>
        </div>
        <button type="submit" className="btn btn-primary">Visa karta</button>
      </form>
      {mapIndicator && mapPeriod ? (
        <IndicatorMapCard
          indicator={mapIndicator} values={d.values} regions={d.regions} period={mapPeriod.period}
          embedPath={`/embed/indikatorer/${mapIndicator.id}?ar=${encodeURIComponent(mapPeriod.period)}&vy=karta`}
        />
      ) : (
        <RecordsMapCard
          id="karta-poster"
          title="Antal poster per region"
          subtitle={`Antal poster (insatser, resultat, strategier, anslag) per region, ${formatNumber(coverage.total)} poster.`}
          counts={countsByRegion(regional, regions)}
          hrefFor={(code) => `/regioner/${code}`}
          sources={conclusions.slice(0, 1).map((e) => e.source)}
          embedPath="/embed/karta"
        />
      )}

      <h2 id="slutsatser">Tillväxtverkets slutsatser</h2>
      <p>Så sammanfattar Tillväxtverket regionernas redovisningar för 2023 och åren före, med våra ord.</p>
      <RecordList entries={conclusions} themeLabel={themeName} />

      <div className="grid grid-2" style={{ marginTop: "2rem" }}>
        <section className="card" aria-labelledby="h-regioner">
          <h2 id="h-regioner">Regioner</h2>
          <ul className="link-list">
            {regions.map((r) => (
              <li key={r.code}><Link href={`/regioner/${r.code}`}>{r.organisation}</Link></li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="h-teman">
          <h2 id="h-teman">Teman</h2>
          <ul className="link-list">
            {d.themes.map((t) => (
              <li key={t.slug}><Link href={`/teman/${t.slug}`}>{t.nameSv}</Link></li>
            ))}
          </ul>
        </section>
      </div>
    </>
  );
}
