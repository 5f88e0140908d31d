import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { notFound } from "next/navigation";
import { entriesForRegion, getDataset, getRegion, getRegions } from "@/lib/data";
import { countsByTheme, groupByTheme, sortEntries } from "@/lib/derive/records";
import { regionIndicators } from "@/lib/derive/indicators";
import { yearsSpreadSentence } from "@/lib/derive/freshness";
import { formatNumber, formatRank, formatValue, formatYear } from "@/lib/format";
import { href, langFrom, missingText, translator } from "@/lib/i18n";
import { indicatorText, themeName as themeNameIn, themesIn } from "@/lib/indicator-text";
import { dataRows, themeOptions, yearsOf } from "@/lib/view-models";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { InSwedish } from "@/components/layout/InSwedish";
import { RegionThemesCard } from "@/components/records/RegionThemesCard";
import { RecordList } from "@/components/records/RecordList";
import { SortableTable } from "@/components/table/SortableTable";
import { DataExplorerFromUrl } from "@/components/table/DataExplorer";
import { SourceLink } from "@/components/sources/SourceLink";

// Unknown codes get the global 404 page (app/global-not-found.tsx), rendered on the server.
export const dynamicParams = false;

type Props = { params: Promise<{ lang: string; kod: string }> };

export function generateStaticParams() {
  return getRegions().map((r) => ({ kod: r.code }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { kod } = await params;
  const lang = await langFrom(params);
  const r = getRegion(kod);
  return { title: r ? r.organisation : translator(lang)("Regionen finns inte", "Region not found") };
}

export default async function RegionPage({ params }: Props) {
  const { kod } = await params;
  const lang = await langFrom(params);
  const t = translator(lang);
  const MISSING = missingText(lang);
  const h = (p: string) => href(lang, p);
  const region = getRegion(kod);
  if (!region) notFound();
  const d = getDataset();
  const entries = sortEntries(entriesForRegion(kod));
  const strategy = d.strategies.find((s) => s.region === kod);
  const s3 = d.smartSpecialisation.find((s) => s.region === kod);
  const indicators = regionIndicators(kod, d.indicators, d.values, d.regions);
  const population = indicators.find((r) => r.indicator.id === "folkmangd");
  const perTheme = countsByTheme(entries, themesIn(d.themes, lang));
  const themeName = (slug: string) => {
    const th = d.themes.find((x) => x.slug === slug);
    return th ? themeNameIn(th, lang) : slug;
  };
  const org = region.organisation;
  const county = lang === "en" ? region.nameEn : region.county;

  return (
    <>
      <Breadcrumbs lang={lang} items={[{ href: h("/regioner"), label: t("Regioner", "Regions") }, { label: org }]} />
      <h1>{org}</h1>
      <p className="lead">
        {t(
          `Vad ${org} har redovisat om sitt regionala utvecklingsarbete, och var ${region.county} står i indikatorerna jämfört med de andra regionerna.`,
          `What ${org} has reported on its regional development work, and where ${region.nameEn} stands on the indicators compared with the other regions.`,
        )}
      </p>

      <dl className="facts">
        <dt>{t("Län", "County")}</dt><dd>{county} ({t("länskod", "county code")} {region.code})</dd>
        <dt>{t("Organisation", "Organisation")}</dt><dd>{org}</dd>
        <dt>{t("Folkmängd", "Population")}</dt>
        <dd>
          {population && population.value !== null ? (
            <>
              {formatNumber(population.value, 0, lang)} {t("invånare", "inhabitants")} ({population.period}){" "}
              {population.source ? <span className="small"><SourceLink source={population.source} lang={lang} /></span> : null}
            </>
          ) : MISSING}
        </dd>
        <dt>{t("Regional utvecklingsstrategi", "Regional development strategy")}</dt>
        <dd>
          {strategy ? (
            <>
              <InSwedish lang={lang}>{strategy.name}</InSwedish>. {t("Antagen", "Adopted")}: {formatYear(strategy.adopted, lang)}.{" "}
              {t("Tidshorisont", "Time horizon")}: {formatYear(strategy.horizon, lang)}.{" "}
              <a href={strategy.source.url} rel="noopener noreferrer" className="small">
                {t("Källa", "Source")}: <InSwedish lang={lang} quiet>{strategy.source.title}</InSwedish>
              </a>
            </>
          ) : (
            <>{MISSING} – {t("ingen strategi hittades i källmaterialet.", "no strategy was found in the source material.")}</>
          )}
        </dd>
      </dl>

      <h2 id="indikatorer">{t(`Indikatorer: var står ${region.name}?`, `Indicators: where does ${region.name} stand?`)}</h2>
      {indicators.length === 0 ? (
        <p>{MISSING}</p>
      ) : (
        <>
          <p>
            {t(
              "Senaste år med uppgifter för de flesta län. Rang 1 betyder högst värde bland de regioner som har en uppgift; om högt är bra eller dåligt beror på indikatorn.",
              "Latest year with values for most counties. Rank 1 means the highest value among the regions that have one; whether high is good or bad depends on the indicator.",
            )}
          </p>
          {yearsSpreadSentence(indicators.map((r) => ({ year: Number(r.period.slice(-4)) })), lang) ? (
            <p id="indikatorernas-ar">{yearsSpreadSentence(indicators.map((r) => ({ year: Number(r.period.slice(-4)) })), lang)}</p>
          ) : null}
          <SortableTable
            lang={lang}
            caption={t(
              `Indikatorer för ${region.county} med rang bland regionerna och värdet för riket`,
              `Indicators for ${region.nameEn} with rank among the regions and the value for Sweden`,
            )}
            columns={[
              { id: "ind", label: t("Indikator", "Indicator") },
              { id: "period", label: t("Senaste år", "Latest year") },
              { id: "value", label: t("Värde", "Value"), numeric: true },
              { id: "rank", label: t("Rang", "Rank"), numeric: true },
              { id: "riket", label: t("Riket", "Sweden"), numeric: true },
              { id: "unit", label: t("Enhet", "Unit") },
              { id: "src", label: t("Källa", "Source") },
            ]}
            rows={indicators.map((r) => {
              const it = indicatorText(r.indicator, lang);
              return {
                id: r.indicator.id,
                cells: {
                  ind: { t: it.name, v: it.name, href: h(`/indikatorer/${r.indicator.id}`) },
                  period: { t: r.period, v: r.period },
                  value: { t: formatValue(r.value, r.indicator.unit, r.indicator.decimals, lang), v: r.value },
                  rank: { t: formatRank(r.rank, r.of, lang), v: r.rank },
                  riket: { t: formatValue(r.riket, r.indicator.unit, r.indicator.decimals, lang), v: r.riket },
                  unit: { t: it.unit, v: it.unit },
                  src: r.source ? { t: r.source.title, v: r.source.title, href: r.source.url } : { t: MISSING, v: null },
                },
              };
            })}
          />
          {lang === "en" ? <p className="only-sv">Source titles are in Swedish.</p> : null}
        </>
      )}

      <h2 id="poster">{t("Insatser, resultat och strategier per tema", "Activities, results and strategies by theme")}</h2>
      <RegionThemesCard region={region} entries={entries} lang={lang} />

      <h3>{t("Sök och filtrera regionens poster", "Search and filter the region's records")}</h3>
      <DataExplorerFromUrl
        lang={lang}
        rows={dataRows(entries, lang)}
        regions={[{ value: kod, label: org }]}
        themes={themeOptions(lang)}
        years={yearsOf(entries)}
        caption={t(`Poster för ${org}`, `Records for ${org}`)}
      />

      <h2 id="smart-specialisering">{t("Smart specialisering", "Smart specialisation")}</h2>
      {s3 ? (
        <>
          <p>
            {t(
              "Regionens prioriterade områden för smart specialisering (S3, regionens strategi för forskning och innovation):",
              "The region's priority areas for smart specialisation (S3, the region's strategy for research and innovation), in Swedish:",
            )}
          </p>
          <ul className="pill-list" lang={lang === "en" ? "sv" : undefined}>
            {s3.areas.map((a) => <li key={a}>{a}</li>)}
          </ul>
          <p className="source-line">
            {t("Källa", "Source")}: <a href={s3.source.url} rel="noopener noreferrer"><InSwedish lang={lang} quiet>{s3.source.title}</InSwedish></a>
          </p>
        </>
      ) : (
        <p>
          {MISSING}: {t(
            `källmaterialet anger inga prioriterade områden för smart specialisering för ${org}.`,
            `the source material gives no priority areas for smart specialisation for ${org}.`,
          )}
        </p>
      )}

      <h2 id="poster-per-tema-lista">{t("Alla poster, tema för tema", "All records, theme by theme")}</h2>
      {groupByTheme(entries, d.themes).map((g) => (
        <section key={g.theme} aria-labelledby={`tema-${g.theme}`}>
          <h3 id={`tema-${g.theme}`}>
            <Link href={h(`/teman/${g.theme}`)}>{themeName(g.theme)}</Link> <span className="muted small">({g.entries.length})</span>
          </h3>
          <RecordList entries={g.entries} headingLevel={4} lang={lang} />
        </section>
      ))}
      {perTheme.some((x) => x.count === 0) ? (
        <p className="muted">
          {MISSING} {t("för", "for")} {perTheme.filter((x) => x.count === 0).map((x) => x.label.toLowerCase()).join(", ")}:{" "}
          {t("vi har inga poster om dessa teman för regionen i källmaterialet.", "we have no records on these themes for the region in the source material.")}
        </p>
      ) : null}
    </>
  );
}
