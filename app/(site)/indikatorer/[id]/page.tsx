import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDataset, getIndicator, getTheme } from "@/lib/data";
import { breaksBetween } from "@/lib/derive/series-breaks";
import { formatValue, MISSING } from "@/lib/format";
import { NATIONAL_CODE } from "@/lib/schema";
import { type SearchParamsLike } from "@/lib/url-state";
import { indicatorView, MAX_SERIES_REGIONS } from "@/lib/indicator-view";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { IndicatorSeriesCard } from "@/components/indicators/IndicatorSeriesCard";
import { RankedIndicatorCard } from "@/components/indicators/RankedIndicatorCard";
import { IndicatorMapCard } from "@/components/indicators/IndicatorMapCard";
import { SortableTable } from "@/components/table/SortableTable";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParamsLike> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: getIndicator(id)?.nameSv ?? "Indikatorn finns inte" };
}


export default async function IndicatorPage({ params, searchParams }: Props) {
  const { id } = await params;
  const indicator = getIndicator(id);
  if (!indicator) notFound();
  const sp = await searchParams;
  const d = getDataset();
  const { regions, periods, period, ranking, allowed, requested, chosen, query: viewQuery } = indicatorView(indicator, sp);
  const fmt = (v: number | null) => formatValue(v, indicator.unit, indicator.decimals);
  const nameOf = (code: string) => (code === NATIONAL_CODE ? "Riket" : regions.find((r) => r.code === code)?.name ?? code);
  const breaks = breaksBetween(indicator, periods);
  const themes = indicator.themes.map((t) => getTheme(t)).filter((t) => !!t);
  return (
    <>
      <Breadcrumbs items={[{ href: "/indikatorer", label: "Indikatorer" }, { label: indicator.nameSv }]} />
      <h1>{indicator.nameSv}</h1>
      <p className="lead">{indicator.definitionSv}</p>
      <dl className="facts">
        <dt>Enhet</dt><dd>{indicator.unit}</dd>
        <dt>År</dt><dd>{periods.map((p) => p.period).join(", ") || MISSING}</dd>
        <dt>Källa</dt>
        <dd><a href={indicator.source.url} rel="noopener noreferrer">{indicator.source.title}</a>. {indicator.credit}</dd>
        {themes.length ? (
          <>
            <dt>Tema</dt>
            <dd>{themes.map((t, i) => <span key={t!.slug}>{i ? ", " : ""}<Link href={`/teman/${t!.slug}`}>{t!.nameSv}</Link></span>)}</dd>
          </>
        ) : null}
      </dl>

      {indicator.notes.length || breaks.length || (ranking && ranking.missing.length) ? (
        <div className="notice" role="note" aria-label="Att tänka på">
          <p><strong>Att tänka på</strong></p>
          <ul style={{ margin: "0.3rem 0", paddingLeft: "1.2rem" }}>
            {breaks.map((b) => <li key={b.between.join()}>Serieavbrott mellan {b.between[0]} och {b.between[1]}: {b.noteSv}</li>)}
            {indicator.notes.map((n) => <li key={n}>{n}</li>)}
            {ranking && ranking.missing.length ? <li>{MISSING} för {ranking.missing.join(", ")} ({period}).</li> : null}
          </ul>
        </div>
      ) : null}

      {periods.length > 1 ? (
        <form method="get" className="filters" aria-label="Välj år">
          <div className="field">
            <label htmlFor="ar">År</label>
            <select id="ar" name="ar" defaultValue={period}>
              {periods.map((p) => <option key={p.period} value={p.period}>{p.period}</option>)}
            </select>
          </div>
          {chosen.length && requested.length ? <input type="hidden" name="regioner" value={chosen.join(",")} /> : null}
          <button type="submit" className="btn btn-primary">Visa år</button>
        </form>
      ) : null}

      {indicator.fragment ? (
        <>
          <h2>Uppgifter som finns</h2>
          <p>
            Den här indikatorn finns bara för några få län eller år. Den visas därför som tabell och inte som karta eller
            rangordning av de 21 länen.
          </p>
          <SortableTable
            caption={`${indicator.nameSv}: alla uppgifter (${indicator.unit})`}
            columns={[{ id: "lan", label: "Län" }, { id: "period", label: "År" }, { id: "value", label: "Värde", numeric: true }, { id: "src", label: "Källa" }]}
            rows={d.values.filter((v) => v.indicator === id).map((v) => ({
              id: `${v.region}-${v.period}`,
              cells: {
                lan: { t: nameOf(v.region), v: nameOf(v.region) },
                period: { t: v.period, v: v.year },
                value: { t: fmt(v.value), v: v.value },
                src: { t: v.source.title, v: v.source.title, href: v.source.url },
              },
            }))}
          />
        </>
      ) : ranking ? (
        <div className="grid grid-2">
          <RankedIndicatorCard indicator={indicator} values={d.values} regions={regions} period={period} level={2} embedPath={`/embed/indikatorer/${id}${viewQuery}&vy=stapel`} />
          <IndicatorMapCard indicator={indicator} values={d.values} regions={regions} period={period} embedPath={`/embed/indikatorer/${id}${viewQuery}&vy=karta`} />
        </div>
      ) : (
        <p>{MISSING}.</p>
      )}

      {periods.length > 1 ? (
        <>
          <IndicatorSeriesCard indicator={indicator} chosen={chosen} embedPath={`/embed/indikatorer/${id}${viewQuery}&vy=tidsserie`} />
          <form method="get" className="filters" aria-label="Välj regioner i tidsserien">
            <input type="hidden" name="ar" value={period} />
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend className="label" style={{ fontWeight: 600 }}>Regioner i tidsserien (högst {MAX_SERIES_REGIONS})</legend>
              <div style={{ display: "flex", flexWrap: "wrap", gap: "0.2rem 1rem" }}>
                {allowed.map((c) => (
                  <label key={c} style={{ whiteSpace: "nowrap" }}>
                    <input type="checkbox" name="regioner" value={c} defaultChecked={chosen.includes(c)} /> {nameOf(c)}
                  </label>
                ))}
              </div>
            </fieldset>
            <button type="submit" className="btn btn-primary">Visa regioner</button>
          </form>
        </>
      ) : (
        <p className="muted">Tidsserie saknas: indikatorn finns bara för {periods.length === 1 ? `ett år (${periods[0].period})` : "inga år"}.</p>
      )}
    </>
  );
}
