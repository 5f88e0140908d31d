import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { entriesForTheme, getDataset, getTheme, regionLabel, regionsByName } from "@/lib/data";
import { countsByRegion, sortEntries } from "@/lib/derive/records";
import { defaultPeriod } from "@/lib/derive/indicators";
import { NATIONAL_CODE } from "@/lib/schema";
import { dataRows, regionOptions, yearsOf } from "@/lib/view-models";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { RecordList } from "@/components/records/RecordList";
import { DataExplorerSection } from "@/components/table/DataExplorerSection";
import { RankedIndicatorCard } from "@/components/indicators/RankedIndicatorCard";
import { RecordsMapCard } from "@/components/records/RecordsMapCard";
import { ThemeRegionsCard } from "@/components/records/ThemeRegionsCard";
import { rankingFor } from "@/lib/derive/indicators";
import { formatRank, formatValue, MISSING } from "@/lib/format";

export const dynamicParams = false;

export function generateStaticParams() {
  return getDataset().themes.map((t) => ({ slug: t.slug }));
}

export async function generateMetadata({ params }: { params: Promise<{ slug: string }> }): Promise<Metadata> {
  const { slug } = await params;
  return { title: getTheme(slug)?.nameSv ?? "Temat finns inte" };
}

export default async function ThemePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const theme = getTheme(slug);
  if (!theme) notFound();
  const d = getDataset();
  const regions = regionsByName();
  const entries = sortEntries(entriesForTheme(slug));
  const regional = entries.filter((e) => e.region !== NATIONAL_CODE);
  const national = entries.filter((e) => e.region === NATIONAL_CODE);
  const perRegion = countsByRegion(regional, regions);
  const withRecords = perRegion.filter((r) => r.count > 0);
  const indicators = d.indicators.filter((i) => i.themes.includes(slug));
  const full = indicators.filter((i) => !i.fragment);
  const fragments = indicators.filter((i) => i.fragment);
  const sources = [...new Map(regional.map((e) => [e.source.url, e.source])).values()];
  const lead = full[0];
  const leadPeriod = lead ? defaultPeriod(d.values, lead.id) : null;
  const leadRanking = lead && leadPeriod ? rankingFor(d.values, lead.id, leadPeriod.period, d.regions) : null;
  const MAX_CARDS = 4;

  return (
    <>
      <Breadcrumbs items={[{ href: "/teman", label: "Teman" }, { label: theme.nameSv }]} />
      <h1>{theme.nameSv}</h1>
      <p className="lead">{theme.descriptionSv}</p>
      <p className="muted">
        {theme.group === "genomgaende" ? "Genomgående tema. " : "Rapportområde. "}
        {regional.length} poster från {withRecords.length} av 21 regioner
        {national.length ? `, och ${national.length} nationella poster` : ""}.
      </p>

      <ThemeRegionsCard theme={theme} entries={regional} />

      <RecordsMapCard
        id="karta-poster"
        title={`Poster om ${theme.nameSv.toLowerCase()} på kartan`}
        subtitle="Antal poster per region. Noll betyder att vi saknar uppgift."
        counts={perRegion}
        hrefFor={(code) => `/regioner/${code}`}
        sources={sources}
        embedPath={`/embed/teman/${slug}?vy=karta`}
      />

      {lead && leadRanking ? (
        <>
          <h2 id="gjort-och-lage">Vad regionerna gör, och var de står</h2>
          <p>
            Regionernas poster om temat bredvid indikatorn {lead.nameSv.toLowerCase()} ({leadRanking.period}), så att insatser
            och läge går att läsa på samma rad.
          </p>
          <div className="table-wrap">
            <table>
              <caption>Poster om {theme.nameSv.toLowerCase()} och {lead.shortSv.toLowerCase()} {leadRanking.period}, per region</caption>
              <thead>
                <tr>
                  <th scope="col">Region</th>
                  <th scope="col">Vad regionen gör (poster)</th>
                  <th scope="col" className="num">{lead.shortSv} {leadRanking.period}</th>
                  <th scope="col" className="num">Rang</th>
                </tr>
              </thead>
              <tbody>
                {regions.map((r) => {
                  const rows = regional.filter((e) => e.region === r.code);
                  const ind = leadRanking.rows.find((x) => x.code === r.code);
                  return (
                    <tr key={r.code}>
                      <th scope="row" style={{ fontWeight: 500 }}><Link href={`/regioner/${r.code}`}>{r.name}</Link></th>
                      <td>
                        {rows.length === 0 ? (
                          <span className="muted">{MISSING}</span>
                        ) : (
                          <ul style={{ margin: 0, paddingLeft: "1.1rem" }}>
                            {rows.map((e) => (
                              <li key={e.id}>
                                <a href={e.source.url} rel="noopener noreferrer">{e.title}</a>{" "}
                                <span className="small muted">({e.kind}{e.year ? `, ${e.year}` : ""})</span>
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                      <td className="num">{formatValue(ind?.value ?? null, lead.unit, lead.decimals)}</td>
                      <td className="num">{formatRank(ind?.rank ?? null, leadRanking.count)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="small muted">
            Indikator: <Link href={`/indikatorer/${lead.id}`}>{lead.nameSv}</Link>, {lead.unit}. {lead.credit}.
            {leadRanking.riket ? ` Riket: ${formatValue(leadRanking.riket.value, lead.unit, lead.decimals)}.` : ""}
          </p>
        </>
      ) : null}

      <h2 id="poster">Regionernas poster</h2>
      <DataExplorerSection
        rows={dataRows(regional)}
        regions={regionOptions(false)}
        themes={[{ value: slug, label: theme.nameSv }]}
        years={yearsOf(regional)}
        caption={`Poster om ${theme.nameSv.toLowerCase()} från regionerna`}
      />

      <h2 id="indikatorer">Indikatorer för temat</h2>
      {full.length === 0 && fragments.length === 0 ? (
        <p>
          Uppgift saknas: vi har ännu ingen officiell indikator per län för {theme.nameSv.toLowerCase()}.{" "}
          <Link href="/om#luckor">Läs om luckorna i datamängden</Link>.
        </p>
      ) : null}
      {full.slice(0, MAX_CARDS).map((ind) => {
        const p = defaultPeriod(d.values, ind.id);
        return p ? <RankedIndicatorCard key={ind.id} indicator={ind} values={d.values} regions={d.regions} period={p.period} /> : null;
      })}
      {full.length > MAX_CARDS ? (
        <>
          <h3>Fler indikatorer för temat</h3>
          <ul>
            {full.slice(MAX_CARDS).map((i) => (
              <li key={i.id}><Link href={`/indikatorer/${i.id}`}>{i.nameSv}</Link></li>
            ))}
          </ul>
        </>
      ) : null}
      {fragments.length > 0 ? (
        <>
          <h3>Enstaka uppgifter</h3>
          <p>De här indikatorerna finns bara för några få län eller år och visas därför inte som rangordning:</p>
          <ul>
            {fragments.map((i) => (
              <li key={i.id}><Link href={`/indikatorer/${i.id}`}>{i.nameSv}</Link></li>
            ))}
          </ul>
        </>
      ) : null}

      {national.length > 0 ? (
        <>
          <h2 id="nationellt">Nationellt och för alla regioner</h2>
          <RecordList entries={national} regionLabel={regionLabel} />
        </>
      ) : null}
    </>
  );
}
