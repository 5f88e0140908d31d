import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { notFound } from "next/navigation";
import { entriesForRegion, getDataset, getRegion, getRegions } from "@/lib/data";
import { countsByTheme, sortEntries } from "@/lib/derive/records";
import { regionIndicators } from "@/lib/derive/indicators";
import { regionProfile } from "@/lib/derive/profile";
import { withMyRegion } from "@/lib/url-state/my-region";
import { RegionProfile } from "@/components/profile/RegionProfile";
import { SimilarRegions } from "@/components/profile/SimilarRegions";
import { learningPartners, similarRegions, structuralScores } from "@/lib/derive/similar";
import { yearsSpreadSentence } from "@/lib/derive/freshness";
import { formatNumber, formatRank, formatValue, formatYear } from "@/lib/format";
import { href, langFrom, missingText, translator } from "@/lib/i18n";
import { indicatorText, themesIn } from "@/lib/indicator-text";
import { scopeCardsPage, themeOptions, yearsOf } from "@/lib/records-table-data";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { InSwedish } from "@/components/layout/InSwedish";
import { RegionThemesCard } from "@/components/records/RegionThemesCard";
import { PhoneDisclosure } from "@/components/layout/ClosedOnPhone";
import { RecordCards } from "@/components/records/RecordCards";
import { PageSections } from "@/components/layout/PageSections";
import { SortableTable } from "@/components/table/SortableTable";
import { SourceLink } from "@/components/sources/SourceLink";
import { PageSources } from "@/components/sources/PageSources";

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
  const profile = regionProfile(kod, d.indicators, d.values, d.regions, d.themes.map((th) => th.slug));
  const scores = structuralScores(d.indicators, d.values, d.regions);
  const similar = similarRegions(kod, scores);
  const learning = learningPartners(kod, d.indicators, d.values, d.regions, d.entries, similar.map((x) => x.code));
  const population = indicators.find((r) => r.indicator.id === "folkmangd");
  const perTheme = countsByTheme(entries, themesIn(d.themes, lang));
  const themesWithout = perTheme.filter((x) => x.count === 0);
  const org = region.organisation;
  const pageSources = [...new Map(
    [strategy?.source, s3?.source, ...indicators.map((r) => r.source), ...entries.map((e) => e.source)]
      .filter((x): x is NonNullable<typeof x> => !!x)
      .map((x) => [x.url, x]),
  ).values()];
  const county = lang === "en" ? region.nameEn : region.county;
  const yearsSentence = yearsSpreadSentence(indicators.map((r) => ({ year: Number(r.period.slice(-4)) })), lang);

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

      <p className="small">
        <Link href={h(withMyRegion(`/regioner/${kod}`, kod))}>
          {t(`Markera ${region.name} i diagram, kartor och tabeller på alla sidor`, `Mark ${region.name} in charts, maps and tables on every page`)}
        </Link>
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

      <PageSections
        lang={lang}
        sections={[
          { id: "indikatorer", label: t("Indikatorer", "Indicators") },
          { id: "poster", label: t("Poster", "Records") },
          { id: "tackning", label: t("Täckning", "Coverage") },
          { id: "kallor", label: t("Källor", "Sources") },
        ]}
      />

      <h2 id="indikatorer">{t(`Indikatorer: var står ${region.name}?`, `Indicators: where does ${region.name} stand?`)}</h2>
      {profile.length === 0 ? (
        <p>{MISSING}</p>
      ) : (
        <>
          {/* How to read the rows, and (when they differ) which years they are from: one paragraph. */}
          <p id="indikatorernas-ar">
            {t(
              `Varje rad visar länen som prickar, från lägsta till högsta värde, och riket som ett streckat streck; rang 1 är högsta värdet. Färgen säger om ${region.name} ligger bättre eller sämre än riket där det är klart om högt eller lågt är bättre, annars är den neutral.`,
              `Each row shows the counties as dots, from the lowest to the highest value, and Sweden as a dashed tick; rank 1 is the highest value. The colour says whether ${region.name} is better or worse than Sweden where it is clear whether high or low is better, otherwise it is neutral.`,
            )}
            {yearsSentence ? ` ${yearsSentence}` : null}
          </p>
          <RegionProfile groups={profile} region={region} themes={d.themes} lang={lang} />
          <details className="table-twin">
            <summary>{t("Visa indikatorerna som tabell", "Show the indicators as a table")}</summary>
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
                    ind: { t: it.name, v: it.name, href: h(withMyRegion(`/indikatorer/${r.indicator.id}`, kod)) },
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
          </details>
        </>
      )}

      <h2 id="poster">{t("Insatser, resultat och strategier", "Activities, results and strategies")}</h2>
      <RecordCards
        lang={lang}
        // The first page of cards only; the rest are fetched on demand (app/api/poster).
        {...scopeCardsPage("region", kod, lang)}
        regions={[{ value: kod, label: org }]}
        themes={themeOptions(lang)}
        years={yearsOf(entries)}
        label={t(`Poster för ${org}`, `Records for ${org}`)}
      />

      <SimilarRegions
        region={region} similar={similar} learning={learning} regions={d.regions} themes={d.themes} lang={lang}
        structuralNames={scores.used.map((u) => (lang === "en" ? u.en : u.sv) ?? u.id)}
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

      <h2 id="tackning">{t("Täckning: poster per tema", "Coverage: records by theme")}</h2>
      <p>
        {t(
          "Hur många poster vi har hittat om regionen inom varje tema. Det visar vad källorna täcker, inte hur mycket regionen gör.",
          "How many records we have found on the region within each theme. It shows what the sources cover, not how much the region does.",
        )}
      </p>
      {/* A long chart on a phone: closed there at first, with its gist in the summary. */}
      <PhoneDisclosure
        summary={t(
          `Diagram: ${entries.length} poster i ${perTheme.length - themesWithout.length} av ${perTheme.length} teman`,
          `Chart: ${entries.length} records in ${perTheme.length - themesWithout.length} of ${perTheme.length} themes`,
        )}
      >
        <RegionThemesCard region={region} entries={entries} lang={lang} />
      </PhoneDisclosure>
      {themesWithout.length > 0 ? (
        <p className="muted">
          {MISSING} {t("för", "for")} {themesWithout.map((x) => x.label.toLowerCase()).join(", ")}:{" "}
          {t("vi har inga poster om dessa teman för regionen i källmaterialet.", "we have no records on these themes for the region in the source material.")}
        </p>
      ) : null}

      <h2 id="kallor">{t("Källor", "Sources")}</h2>
      <PageSources sources={pageSources} lang={lang} />
    </>
  );
}
