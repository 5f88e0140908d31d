import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { notFound } from "next/navigation";
import { getDataset, getIndicator, getTheme } from "@/lib/data";
import { breaksBetween } from "@/lib/derive/series-breaks";
import { formatValue } from "@/lib/format";
import { href, langFrom, missingText, translator } from "@/lib/i18n";
import { indicatorText, riketName, themeName } from "@/lib/indicator-text";
import { InSwedish } from "@/components/layout/InSwedish";
import { NATIONAL_CODE } from "@/lib/schema";
import { type SearchParamsLike } from "@/lib/url-state";
import { indicatorView, MAX_SERIES_REGIONS } from "@/lib/indicator-view";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { IndicatorSeriesCard } from "@/components/indicators/IndicatorSeriesCard";
import { RankedIndicatorCard } from "@/components/indicators/RankedIndicatorCard";
import { IndicatorMapCard } from "@/components/indicators/IndicatorMapCard";
import { SortableTable } from "@/components/table/SortableTable";
import { changeSentence, seriesChange } from "@/lib/derive/change";
import { SOURCE_TYPE_LABELS } from "@/lib/labels";

type Props = { params: Promise<{ lang: string; id: string }>; searchParams: Promise<SearchParamsLike> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const lang = await langFrom(params);
  const ind = getIndicator(id);
  return { title: ind ? indicatorText(ind, lang).name : translator(lang)("Indikatorn finns inte", "Indicator not found") };
}


export default async function IndicatorPage({ params, searchParams }: Props) {
  const { id } = await params;
  const lang = await langFrom(params);
  const t = translator(lang);
  const MISSING = missingText(lang);
  const indicator = getIndicator(id);
  if (!indicator) notFound();
  const it = indicatorText(indicator, lang);
  const sp = await searchParams;
  const d = getDataset();
  const { regions, periods, period, ranking, allowed, requested, chosen, query: viewQuery, myRegion } = indicatorView(indicator, sp);
  const fmt = (v: number | null) => formatValue(v, indicator.unit, indicator.decimals, lang);
  const nameOf = (code: string) => (code === NATIONAL_CODE ? riketName(lang) : regions.find((r) => r.code === code)?.name ?? code);
  const breaks = breaksBetween(indicator, periods);
  const themes = indicator.themes.map((t) => getTheme(t)).filter((t) => !!t);
  const change = seriesChange(indicator, d.values, d.regions.length);
  return (
    <>
      <Breadcrumbs lang={lang} items={[{ href: href(lang, "/indikatorer"), label: t("Indikatorer", "Indicators") }, { label: it.name }]} />
      <h1>{it.name}</h1>
      <p className="lead">{it.definition}</p>
      <dl className="facts">
        <dt>{t("Enhet", "Unit")}</dt><dd>{it.unit}</dd>
        <dt>{t("År", "Years")}</dt><dd>{periods.map((p) => p.period).join(", ") || MISSING}</dd>
        {change ? (<><dt>{t("Förändring", "Change")}</dt><dd id="forandring">{changeSentence(change, indicator, lang)}</dd></>) : null}
        <dt>{t("Källa", "Source")}</dt>
        <dd><a href={indicator.source.url} rel="noopener noreferrer"><InSwedish lang={lang} quiet>{indicator.source.title}</InSwedish></a>. {it.credit}</dd>
        {themes.length ? (
          <>
            <dt>{t("Tema", "Theme")}</dt>
            <dd>{themes.map((th, i) => <span key={th!.slug}>{i ? ", " : ""}<Link href={href(lang, `/teman/${th!.slug}`)}>{themeName(th!, lang)}</Link></span>)}</dd>
          </>
        ) : null}
      </dl>

      {indicator.notes.length || breaks.length || (ranking && ranking.missing.length) ? (
        <div className="notice" role="note" aria-label={t("Att tänka på", "Things to bear in mind")}>
          <p><strong>{t("Att tänka på", "Things to bear in mind")}</strong></p>
          <ul style={{ margin: "0.3rem 0", paddingLeft: "1.2rem" }}>
            {breaks.map((b) => (
              <li key={b.between.join()}>
                {t("Serieavbrott mellan", "Series break between")} {b.between[0]} {t("och", "and")} {b.between[1]}:{" "}
                <InSwedish lang={lang}>{b.noteSv}</InSwedish>
              </li>
            ))}
            {indicator.notes.map((n) => <InSwedish key={n} as="li" lang={lang}>{n}</InSwedish>)}
            {ranking && ranking.missing.length ? <li>{MISSING} {t("för", "for")} {ranking.missing.join(", ")} ({period}).</li> : null}
          </ul>
        </div>
      ) : null}

      {periods.length > 1 ? (
        <form method="get" action={`#${ranking && !indicator.fragment ? `ind-${id}` : "ar"}`} className="filters" aria-label={t("Välj år", "Choose year")}>
          <div className="field">
            <label htmlFor="ar">{t("År", "Year")}</label>
            <select id="ar" name="ar" defaultValue={period}>
              {periods.map((p) => <option key={p.period} value={p.period}>{p.period}</option>)}
            </select>
          </div>
          {chosen.length && requested.length ? <input type="hidden" name="regioner" value={chosen.join(",")} /> : null}
          {myRegion ? <input type="hidden" name="min" value={myRegion} /> : null}
          <button type="submit" className="btn btn-primary">{t("Visa år", "Show year")}</button>
        </form>
      ) : null}

      {indicator.fragment ? (
        <>
          <h2>{t("Uppgifter som finns", "Values that exist")}</h2>
          <p>
            {t(
              "Den här indikatorn finns bara för några få län eller år. Den visas därför som tabell och inte som karta eller rangordning av de 21 länen.",
              "This indicator exists for only a few counties or years. It is therefore shown as a table and not as a map or ranking of the 21 counties.",
            )}
          </p>
          <SortableTable
            lang={lang}
            caption={t(`${indicator.nameSv}: alla uppgifter (${indicator.unit})`, `${it.name}: all values (${it.unit})`)}
            columns={[
              { id: "lan", label: t("Län", "County") },
              { id: "period", label: t("År", "Year") },
              { id: "value", label: t("Värde", "Value"), numeric: true },
              { id: "src", label: t("Källa", "Source") },
              { id: "typ", label: t("Källtyp", "Source type") },
            ]}
            rows={d.values.filter((v) => v.indicator === id).map((v) => ({
              id: `${v.region}-${v.period}`,
              cells: {
                lan: { t: nameOf(v.region), v: nameOf(v.region) },
                period: { t: v.period, v: v.year },
                value: { t: fmt(v.value), v: v.value },
                src: { t: v.source.title, v: v.source.title, href: v.source.url },
                typ: { t: SOURCE_TYPE_LABELS[v.source.type][lang], v: v.source.type },
              },
            }))}
          />
        </>
      ) : ranking ? (
        <div className="grid grid-2">
          <RankedIndicatorCard lang={lang} indicator={indicator} values={d.values} regions={regions} period={period} level={2} highlight={myRegion ?? undefined} embedPath={`/embed/indikatorer/${id}${viewQuery}&vy=stapel`} />
          <IndicatorMapCard lang={lang} indicator={indicator} values={d.values} regions={regions} period={period} highlight={myRegion} embedPath={`/embed/indikatorer/${id}${viewQuery}&vy=karta`} />
        </div>
      ) : (
        <p>{MISSING}.</p>
      )}

      {periods.length > 1 ? (
        <>
          <IndicatorSeriesCard lang={lang} indicator={indicator} chosen={chosen} embedPath={`/embed/indikatorer/${id}${viewQuery}&vy=tidsserie`} />
          <form method="get" action={`#tidsserie-${id}`} className="filters" aria-label={t("Välj regioner i tidsserien", "Choose regions for the time series")}>
            <input type="hidden" name="ar" value={period} />
            {myRegion ? <input type="hidden" name="min" value={myRegion} /> : null}
            <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
              <legend className="label" style={{ fontWeight: 600 }}>{t("Regioner i tidsserien", "Regions in the time series")} ({t("högst", "at most")} {MAX_SERIES_REGIONS})</legend>
              <div style={{ display: "flex", flexWrap: "wrap", gap: "0.2rem 1rem" }}>
                {allowed.map((c) => (
                  <label key={c} style={{ whiteSpace: "nowrap" }}>
                    <input type="checkbox" name="regioner" value={c} defaultChecked={chosen.includes(c)} /> {nameOf(c)}
                  </label>
                ))}
              </div>
            </fieldset>
            <button type="submit" className="btn btn-primary">{t("Visa regioner", "Show regions")}</button>
          </form>
        </>
      ) : (
        <p className="muted">
          {t(
            `Tidsserie saknas: indikatorn finns bara för ${periods.length === 1 ? `ett år (${periods[0].period})` : "inga år"}.`,
            `No time series: the indicator exists for ${periods.length === 1 ? `one year only (${periods[0].period})` : "no years"}.`,
          )}
        </p>
      )}
    </>
  );
}
