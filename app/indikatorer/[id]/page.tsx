import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDataset, getIndicator, getTheme } from "@/lib/data";
import { defaultPeriod, periodsOf, rankingFor, seriesFor } from "@/lib/derive/indicators";
import { breaksBetween } from "@/lib/derive/series-breaks";
import { formatValue, MISSING } from "@/lib/format";
import { OKABE_ITO, RIKET_COLOR } from "@/lib/palette";
import { NATIONAL_CODE } from "@/lib/schema";
import { pickListParam, pickParam, type SearchParamsLike } from "@/lib/url-state";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { ChartCard } from "@/components/charts/ChartCard";
import { LineChart, type LineSeries } from "@/components/charts/LineChart";
import { RankedIndicatorCard } from "@/components/indicators/RankedIndicatorCard";
import { IndicatorMapCard } from "@/components/indicators/IndicatorMapCard";
import { SortableTable } from "@/components/table/SortableTable";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParamsLike> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: getIndicator(id)?.nameSv ?? "Indikatorn finns inte" };
}

const LINE_COLORS = [OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.green, OKABE_ITO.pink, OKABE_ITO.orange, OKABE_ITO.sky];
const MARKERS: LineSeries["marker"][] = ["circle", "square", "diamond", "triangle", "star", "wye"];
const MAX_LINES = 6;

export default async function IndicatorPage({ params, searchParams }: Props) {
  const { id } = await params;
  const indicator = getIndicator(id);
  if (!indicator) notFound();
  const sp = await searchParams;
  const d = getDataset();
  const regions = [...d.regions].sort((a, b) => a.code.localeCompare(b.code));
  const periods = periodsOf(d.values, id);
  const fallback = defaultPeriod(d.values, id);
  const period = pickParam(sp, "ar", periods.map((p) => p.period), fallback?.period ?? "");
  const ranking = period ? rankingFor(d.values, id, period, regions) : null;
  const fmt = (v: number | null) => formatValue(v, indicator.unit, indicator.decimals);

  // Time series: chosen regions, or by default the highest and lowest in the chosen period (and Riket, always when present).
  const withValues = new Set(d.values.filter((v) => v.indicator === id).map((v) => v.region));
  const allowed = [NATIONAL_CODE, ...regions.map((r) => r.code)].filter((c) => withValues.has(c));
  let chosen = pickListParam(sp, "regioner", allowed, MAX_LINES);
  const ranked = ranking?.rows.filter((r) => r.value !== null) ?? [];
  if (chosen.length === 0) {
    chosen = indicator.fragment
      ? allowed.slice(0, MAX_LINES)
      : [ranked[0]?.code, ranked.at(-1)?.code, withValues.has(NATIONAL_CODE) ? NATIONAL_CODE : undefined].filter((c): c is string => !!c);
  }
  const nameOf = (code: string) => (code === NATIONAL_CODE ? "Riket" : regions.find((r) => r.code === code)?.name ?? code);
  const series = seriesFor(d.values, id, chosen);
  const lineSeries: LineSeries[] = chosen.map((code, i) =>
    code === NATIONAL_CODE
      ? { key: code, label: "Riket", color: RIKET_COLOR, dashed: true, marker: "cross" }
      : { key: code, label: nameOf(code), color: LINE_COLORS[i % LINE_COLORS.length], marker: MARKERS[i % MARKERS.length] },
  );
  const breaks = breaksBetween(indicator, periods);
  const themes = indicator.themes.map((t) => getTheme(t)).filter((t) => !!t);
  const seriesSources = [...new Map(d.values.filter((v) => v.indicator === id && chosen.includes(v.region)).map((v) => [v.source.url, v.source])).values()];
  const first = series[0];
  const last = series.at(-1);
  const change = chosen
    .map((c) => ({ c, a: first?.values[c], b: last?.values[c] }))
    .filter((x) => x.a != null && x.b != null)
    .map((x) => `${nameOf(x.c)} från ${fmt(x.a!)} till ${fmt(x.b!)}`);
  const lineDescription =
    series.length < 2
      ? ""
      : `Mellan ${first!.period} och ${last!.period} gick ${change.length ? change.join(", ") : "värdena inte att jämföra (uppgift saknas något av åren)"}.` +
        (breaks.length ? " Observera serieavbrottet: åren före och efter är inte jämförbara." : "");

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
          {chosen.length && pickListParam(sp, "regioner", allowed).length ? <input type="hidden" name="regioner" value={chosen.join(",")} /> : null}
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
          <RankedIndicatorCard indicator={indicator} values={d.values} regions={regions} period={period} level={2} />
          <IndicatorMapCard indicator={indicator} values={d.values} regions={regions} period={period} />
        </div>
      ) : (
        <p>{MISSING}.</p>
      )}

      {series.length > 1 ? (
        <>
          <ChartCard
            id={`tidsserie-${id}`}
            title={`${indicator.shortSv} ${periods[0].period}–${periods.at(-1)!.period}`}
            subtitle={`${indicator.unit}. ${chosen.map(nameOf).join(", ")}.`}
            description={lineDescription}
            sources={seriesSources.slice(0, 3)}
            credit={indicator.credit}
            notes={breaks.map((b) => `Serieavbrott mellan ${b.between[0]} och ${b.between[1]}: ${b.noteSv}`)}
            table={{
              caption: `${indicator.nameSv} per år (${indicator.unit})`,
              columns: [{ id: "period", label: "År" }, ...chosen.map((c) => ({ id: c, label: nameOf(c), numeric: true }))],
              rows: series.map((p) => ({
                id: p.period,
                cells: {
                  period: { t: p.period, v: p.year },
                  ...Object.fromEntries(chosen.map((c) => [c, { t: fmt(p.values[c]), v: p.values[c] }])),
                },
              })),
            }}
          >
            <LineChart
              ariaLabel={`Linjediagram: ${indicator.nameSv} över tid för ${chosen.map(nameOf).join(", ")}`}
              data={series}
              series={lineSeries}
              decimals={indicator.decimals}
              breaks={breaks}
            />
          </ChartCard>
          <form method="get" className="filters" aria-label="Välj regioner i tidsserien">
            <input type="hidden" name="ar" value={period} />
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend className="label" style={{ fontWeight: 600 }}>Regioner i tidsserien (högst {MAX_LINES})</legend>
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
