import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { entriesForTheme, getDataset, getTheme, regionLabel, regionsByName } from "@/lib/data";
import { countsByRegion, sortEntries } from "@/lib/derive/records";
import { defaultPeriod } from "@/lib/derive/indicators";
import { KIND_LABELS } from "@/lib/labels";
import { KIND_COLORS } from "@/lib/palette";
import { KINDS, NATIONAL_CODE } from "@/lib/schema";
import { dataRows, regionOptions, yearsOf } from "@/lib/view-models";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { ChartCard } from "@/components/charts/ChartCard";
import { BarChart } from "@/components/charts/BarChart";
import { RecordList } from "@/components/records/RecordList";
import { DataExplorerSection } from "@/components/table/DataExplorerSection";
import { RankedIndicatorCard } from "@/components/indicators/RankedIndicatorCard";

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
  const kindsPresent = KINDS.filter((k) => perRegion.some((r) => r.byKind[k] > 0));
  const indicators = d.indicators.filter((i) => i.themes.includes(slug));
  const full = indicators.filter((i) => !i.fragment);
  const fragments = indicators.filter((i) => i.fragment);
  const sources = [...new Map(regional.map((e) => [e.source.url, e.source])).values()];
  const maxRow = [...withRecords].sort((a, b) => b.count - a.count)[0];

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

      <ChartCard
        id="poster-per-region"
        title={`Antal poster om ${theme.nameSv.toLowerCase()} per region`}
        subtitle="Antal poster, uppdelat på typ. Alla 21 regioner; noll betyder att vi saknar uppgift."
        description={
          withRecords.length === 0
            ? `Vi har inga poster om ${theme.nameSv.toLowerCase()} från någon region.`
            : `${withRecords.length} av 21 regioner har poster om temat; flest har ${maxRow.label} (${maxRow.count}). ${21 - withRecords.length} regioner saknar poster.`
        }
        sources={sources.slice(0, 3)}
        notes={sources.length > 3 ? [`Posterna kommer från ${sources.length} källsidor; varje post länkar till sin källa i tabellen nedan.`] : []}
        table={{
          caption: `Antal poster om ${theme.nameSv.toLowerCase()} per region och typ`,
          columns: [{ id: "region", label: "Region" }, ...kindsPresent.map((k) => ({ id: k, label: KIND_LABELS[k].svPlural, numeric: true })), { id: "total", label: "Totalt", numeric: true }],
          rows: perRegion.map((r) => ({
            id: r.key,
            cells: {
              region: { t: r.label, v: r.label, href: `/regioner/${r.key}` },
              ...Object.fromEntries(kindsPresent.map((k) => [k, { t: String(r.byKind[k]), v: r.byKind[k] }])),
              total: { t: String(r.count), v: r.count },
            },
          })),
        }}
      >
        <BarChart
          ariaLabel={`Stapeldiagram: antal poster om ${theme.nameSv.toLowerCase()} per region`}
          data={perRegion.map((r) => ({ label: r.label, values: Object.fromEntries(kindsPresent.map((k) => [k, r.byKind[k]])), display: String(r.count) }))}
          series={kindsPresent.map((k) => ({ key: k, label: KIND_LABELS[k].svPlural, color: KIND_COLORS[k] }))}
          labelWidth={130}
        />
      </ChartCard>

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
      {full.map((ind) => {
        const p = defaultPeriod(d.values, ind.id);
        return p ? <RankedIndicatorCard key={ind.id} indicator={ind} values={d.values} regions={d.regions} period={p.period} /> : null;
      })}
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
