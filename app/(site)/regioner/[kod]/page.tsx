import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { entriesForRegion, getDataset, getRegion, getRegions } from "@/lib/data";
import { countsByTheme, groupByTheme, sortEntries } from "@/lib/derive/records";
import { regionIndicators } from "@/lib/derive/indicators";
import { formatNumber, formatRank, formatValue, formatYear, MISSING } from "@/lib/format";
import { dataRows, themeOptions, yearsOf } from "@/lib/view-models";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { RegionThemesCard } from "@/components/records/RegionThemesCard";
import { RecordList } from "@/components/records/RecordList";
import { SortableTable } from "@/components/table/SortableTable";
import { DataExplorerSection } from "@/components/table/DataExplorerSection";

export const dynamicParams = false;

export function generateStaticParams() {
  return getRegions().map((r) => ({ kod: r.code }));
}

export async function generateMetadata({ params }: { params: Promise<{ kod: string }> }): Promise<Metadata> {
  const { kod } = await params;
  const r = getRegion(kod);
  return { title: r ? r.organisation : "Regionen finns inte" };
}

export default async function RegionPage({ params }: { params: Promise<{ kod: string }> }) {
  const { kod } = await params;
  const region = getRegion(kod);
  if (!region) notFound();
  const d = getDataset();
  const entries = sortEntries(entriesForRegion(kod));
  const strategy = d.strategies.find((s) => s.region === kod);
  const s3 = d.smartSpecialisation.find((s) => s.region === kod);
  const indicators = regionIndicators(kod, d.indicators, d.values, d.regions);
  const population = indicators.find((r) => r.indicator.id === "folkmangd");
  const perTheme = countsByTheme(entries, d.themes);
  const themeName = (slug: string) => d.themes.find((t) => t.slug === slug)?.nameSv ?? slug;

  return (
    <>
      <Breadcrumbs items={[{ href: "/regioner", label: "Regioner" }, { label: region.organisation }]} />
      <h1>{region.organisation}</h1>
      <p className="lead">
        Vad {region.organisation} har redovisat om sitt regionala utvecklingsarbete, och var {region.county} står i
        indikatorerna jämfört med de andra regionerna.
      </p>

      <dl className="facts">
        <dt>Län</dt><dd>{region.county} (länskod {region.code})</dd>
        <dt>Organisation</dt><dd>{region.organisation}</dd>
        <dt>Folkmängd</dt>
        <dd>
          {population && population.value !== null ? (
            <>
              {formatNumber(population.value)} invånare ({population.period}){" "}
              {population.source ? <a href={population.source.url} rel="noopener noreferrer" className="small">Källa: {population.source.title}</a> : null}
            </>
          ) : MISSING}
        </dd>
        <dt>Regional utvecklingsstrategi</dt>
        <dd>
          {strategy ? (
            <>
              {strategy.name}. Antagen: {formatYear(strategy.adopted)}. Tidshorisont: {formatYear(strategy.horizon)}.{" "}
              <a href={strategy.source.url} rel="noopener noreferrer" className="small">Källa: {strategy.source.title}</a>
            </>
          ) : (
            <>{MISSING} – ingen strategi hittades i källmaterialet.</>
          )}
        </dd>
      </dl>

      <h2 id="indikatorer">Indikatorer: var står {region.name}?</h2>
      {indicators.length === 0 ? (
        <p>{MISSING}</p>
      ) : (
        <>
          <p>
            Senaste år med uppgifter för de flesta län. Rang 1 betyder högst värde bland de regioner som har en uppgift;
            om högt är bra eller dåligt beror på indikatorn.
          </p>
          <SortableTable
            caption={`Indikatorer för ${region.county} med rang bland regionerna och värdet för riket`}
            columns={[
              { id: "ind", label: "Indikator" },
              { id: "period", label: "År" },
              { id: "value", label: "Värde", numeric: true },
              { id: "rank", label: "Rang", numeric: true },
              { id: "riket", label: "Riket", numeric: true },
              { id: "unit", label: "Enhet" },
              { id: "src", label: "Källa" },
            ]}
            rows={indicators.map((r) => ({
              id: r.indicator.id,
              cells: {
                ind: { t: r.indicator.nameSv, v: r.indicator.nameSv, href: `/indikatorer/${r.indicator.id}` },
                period: { t: r.period, v: r.period },
                value: { t: formatValue(r.value, r.indicator.unit, r.indicator.decimals), v: r.value },
                rank: { t: formatRank(r.rank, r.of), v: r.rank },
                riket: { t: formatValue(r.riket, r.indicator.unit, r.indicator.decimals), v: r.riket },
                unit: { t: r.indicator.unit, v: r.indicator.unit },
                src: r.source ? { t: r.source.title, v: r.source.title, href: r.source.url } : { t: MISSING, v: null },
              },
            }))}
          />
        </>
      )}

      <h2 id="poster">Insatser, resultat och strategier per tema</h2>
      <RegionThemesCard region={region} entries={entries} />

      <h3>Sök och filtrera regionens poster</h3>
      <DataExplorerSection
        rows={dataRows(entries)}
        regions={[{ value: kod, label: region.organisation }]}
        themes={themeOptions()}
        years={yearsOf(entries)}
        caption={`Poster för ${region.organisation}`}
      />

      <h2 id="smart-specialisering">Smart specialisering</h2>
      {s3 ? (
        <>
          <p>
            Regionens prioriterade områden för smart specialisering (S3, regionens strategi för forskning och innovation):
          </p>
          <ul className="pill-list">
            {s3.areas.map((a) => <li key={a}>{a}</li>)}
          </ul>
          <p className="source-line">Källa: <a href={s3.source.url} rel="noopener noreferrer">{s3.source.title}</a></p>
        </>
      ) : (
        <p>{MISSING}: källmaterialet anger inga prioriterade områden för smart specialisering för {region.organisation}.</p>
      )}

      <h2 id="poster-per-tema-lista">Alla poster, tema för tema</h2>
      {groupByTheme(entries, d.themes).map((g) => (
        <section key={g.theme} aria-labelledby={`tema-${g.theme}`}>
          <h3 id={`tema-${g.theme}`}>
            <Link href={`/teman/${g.theme}`}>{themeName(g.theme)}</Link> <span className="muted small">({g.entries.length})</span>
          </h3>
          <RecordList entries={g.entries} headingLevel={4} />
        </section>
      ))}
      {perTheme.some((t) => t.count === 0) ? (
        <p className="muted">
          {MISSING} för {perTheme.filter((t) => t.count === 0).map((t) => t.label.toLowerCase()).join(", ")}: vi har inga poster om
          dessa teman för regionen i källmaterialet.
        </p>
      ) : null}
    </>
  );
}
