import type { Metadata } from "next";
import { Fragment } from "react";
import { PageSources } from "@/components/sources/PageSources";
import Link from "@/components/layout/Link";
import { notFound } from "next/navigation";
import { entriesForTheme, getDataset, getTheme, regionLabel, regionsByName } from "@/lib/data";
import { countsByRegion, sortEntries } from "@/lib/derive/records";
import { defaultPeriod } from "@/lib/derive/indicators";
import { NATIONAL_CODE } from "@/lib/schema";
import { scopeCardsPage, regionOptions, yearsOf } from "@/lib/records-table-data";
import { Breadcrumbs } from "@/components/layout/Breadcrumbs";
import { RecordList } from "@/components/records/RecordList";
import { RecordCards } from "@/components/records/RecordCards";
import { PageSections } from "@/components/layout/PageSections";
import { IndicatorMapCard } from "@/components/indicators/IndicatorMapCard";
import { RankedIndicatorCard } from "@/components/indicators/RankedIndicatorCard";
import { freshnessOf } from "@/lib/derive/freshness";
import { RecordsMapCard } from "@/components/records/RecordsMapCard";
import { themeRecordsMapCard } from "@/lib/cards/records-map";
import { ThemeRegionsCard } from "@/components/records/ThemeRegionsCard";
import { rankingFor } from "@/lib/derive/indicators";
import { formatRank, formatValue } from "@/lib/format";
import { href, langFrom, missingText, translator } from "@/lib/i18n";
import { indicatorText, kindLabel, riketName, themeName } from "@/lib/indicator-text";

// Unknown codes get the global 404 page (app/global-not-found.tsx), rendered on the server.
export const dynamicParams = false;

type Props = { params: Promise<{ lang: string; slug: string }> };

export function generateStaticParams() {
  return getDataset().themes.map((t) => ({ slug: t.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const lang = await langFrom(params);
  const theme = getTheme(slug);
  return { title: theme ? themeName(theme, lang) : translator(lang)("Temat finns inte", "Theme not found") };
}

/** Records per region in the "what the regions do" table (the most a region has in one theme today is 4). */
const LEAD_ROW_LIMIT = 4;

export default async function ThemePage({ params }: Props) {
  const { slug } = await params;
  const lang = await langFrom(params);
  const t = translator(lang);
  const MISSING = missingText(lang);
  const h = (p: string) => href(lang, p);
  const theme = getTheme(slug);
  if (!theme) notFound();
  const d = getDataset();
  const name = themeName(theme, lang);
  const lower = name.toLowerCase();
  const regions = regionsByName();
  const entries = sortEntries(entriesForTheme(slug));
  const regional = entries.filter((e) => e.region !== NATIONAL_CODE);
  const national = entries.filter((e) => e.region === NATIONAL_CODE);
  const perRegion = countsByRegion(regional, regions);
  const withRecords = perRegion.filter((r) => r.count > 0);
  const indicators = d.indicators.filter((i) => i.themes.includes(slug));
  const full = indicators.filter((i) => !i.fragment);
  const fragments = indicators.filter((i) => i.fragment);
  const lead = full[0];
  const leadText = lead ? indicatorText(lead, lang) : null;
  const leadPeriod = lead ? defaultPeriod(d.values, lead.id) : null;
  const leadRanking = lead && leadPeriod ? rankingFor(d.values, lead.id, leadPeriod.period, d.regions) : null;
  const MAX_CARDS = 4;
  const pageSources = [...new Map([...entries.map((e) => e.source), ...indicators.map((i) => i.source)].map((x) => [x.url, x])).values()];

  return (
    <>
      <Breadcrumbs lang={lang} items={[{ href: h("/teman"), label: t("Teman", "Themes") }, { label: name }]} />
      <h1>{name}</h1>
      <p className="lead">{lang === "en" ? theme.descriptionEn : theme.descriptionSv}</p>
      <p className="muted">
        {theme.group === "genomgaende" ? t("Genomgående tema. ", "Cross-cutting theme. ") : t("Rapportområde. ", "Report area. ")}
        {t(
          `${regional.length} poster från ${withRecords.length} av 21 regioner${national.length ? `, och ${national.length} nationella poster` : ""}.`,
          `${regional.length} records from ${withRecords.length} of 21 regions${national.length ? `, and ${national.length} national records` : ""}.`,
        )}
      </p>

      <PageSections
        lang={lang}
        sections={[
          { id: "indikatorer", label: t("Indikatorer", "Indicators") },
          { id: "poster", label: t("Poster", "Records") },
          { id: "tackning", label: t("Täckning", "Coverage") },
          { id: "kallor", label: t("Källor", "Sources") },
        ]}
      />

      <h2 id="indikatorer">{t("Indikatorer för temat", "Indicators for the theme")}</h2>
      {full.length === 0 && fragments.length === 0 ? (
        <p>
          {t(
            `Uppgift saknas: vi har ännu ingen officiell indikator per län för ${lower}.`,
            `Not available: we do not yet have an official indicator by county for ${lower}.`,
          )}{" "}
          <Link href={h("/om#luckor")}>{t("Läs om luckorna i datamängden", "Read about the gaps in the dataset")}</Link>.
        </p>
      ) : null}
      {indicators.length > 0 ? (
        <p id="indikatorernas-ar">
          {t("Senaste år med värden för alla 21 län: ", "Latest year with values for all 21 counties: ")}
          {freshnessOf(indicators.map((i) => i.id), d.values, d.regions.length).map((f, i) => (
            <span key={f.id}>
              {i ? "; " : ""}
              <Link href={h(`/indikatorer/${f.id}`)}>{indicatorText(indicators[i], lang).short}</Link>{" "}
              {f.latestFull ? f.latestFull.period : t("inget år med alla län", "no year with all counties")}
              {f.latestAny && f.latestAny.period !== f.latestFull?.period ? t(` (enstaka län ${f.latestAny.period})`, ` (some counties ${f.latestAny.period})`) : ""}
            </span>
          ))}
          {". "}
          {t("Varje diagram rangordnar länen för ett och samma år.", "Each chart ranks the counties for one and the same year.")}
        </p>
      ) : null}
      {full.slice(0, MAX_CARDS).map((ind, i) => {
        const p = defaultPeriod(d.values, ind.id);
        return p ? (
          <Fragment key={ind.id}>
            <RankedIndicatorCard indicator={ind} values={d.values} regions={d.regions} period={p.period} everyStanding lang={lang} />
            {/* The lead indicator also on the map, right under its ranking. */}
            {i === 0 ? <IndicatorMapCard lang={lang} indicator={ind} values={d.values} regions={d.regions} period={p.period} level={3} everyStanding /> : null}
          </Fragment>
        ) : null;
      })}
      {full.length > MAX_CARDS ? (
        <>
          <h3>{t("Fler indikatorer för temat", "More indicators for the theme")}</h3>
          <ul>
            {full.slice(MAX_CARDS).map((i) => (
              <li key={i.id}><Link href={h(`/indikatorer/${i.id}`)}>{indicatorText(i, lang).name}</Link></li>
            ))}
          </ul>
        </>
      ) : null}
      {fragments.length > 0 ? (
        <>
          <h3>{t("Enstaka uppgifter", "Scattered values")}</h3>
          <p>
            {t(
              "De här indikatorerna finns bara för några få län eller år och visas därför inte som rangordning:",
              "These indicators exist for only a few counties or years and are therefore not shown as a ranking:",
            )}
          </p>
          <ul>
            {fragments.map((i) => (
              <li key={i.id}><Link href={h(`/indikatorer/${i.id}`)}>{indicatorText(i, lang).name}</Link></li>
            ))}
          </ul>
        </>
      ) : null}

      <h2 id="poster">{t("Vad regionerna har gjort", "What the regions have done")}</h2>
      <p>
        {t(
          `Regionernas insatser, resultat och strategier om ${lower}, ur deras redovisningar och andra offentliga källor.`,
          `The regions' activities, results and strategies on ${lower}, from their reports and other public sources.`,
        )}
      </p>
      <RecordCards
        lang={lang}
        // The first page of cards only; the rest are fetched on demand (app/api/poster).
        {...scopeCardsPage("tema", slug, lang)}
        regions={regionOptions(false, lang)}
        themes={[{ value: slug, label: name }]}
        years={yearsOf(regional)}
        label={t(`Poster om ${lower} från regionerna`, `Records on ${lower} from the regions`)}
      />

      {lead && leadText && leadRanking ? (
        <>
          <h2 id="gjort-och-lage">{t("Vad regionerna gör, och var de står", "What the regions do, and where they stand")}</h2>
          <p>
            {t(
              `Regionernas poster om temat bredvid indikatorn ${lead.nameSv.toLowerCase()} (${leadRanking.period}), så att insatser och läge går att läsa på samma rad.`,
              `The regions' records on the theme next to the indicator ${leadText.name.toLowerCase()} (${leadRanking.period}), so that activities and position can be read on the same row. Record titles are in Swedish.`,
            )}
          </p>
          <div className="table-wrap">
            <table>
              <caption>
                {t(
                  `Poster om ${lower} och ${lead.shortSv.toLowerCase()} ${leadRanking.period}, per region`,
                  `Records on ${lower} and ${leadText.short.toLowerCase()} ${leadRanking.period}, by region`,
                )}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Region</th>
                  <th scope="col">{t("Vad regionen gör (poster)", "What the region does (records)")}</th>
                  <th scope="col" className="num">{leadText.short} {leadRanking.period}</th>
                  <th scope="col" className="num">{t("Rang", "Rank")}</th>
                </tr>
              </thead>
              <tbody>
                {regions.map((r) => {
                  // At most LEAD_ROW_LIMIT records per region (the rest in /data), so the table does not grow with the data.
                  const all = regional.filter((e) => e.region === r.code);
                  const rows = all.slice(0, LEAD_ROW_LIMIT);
                  const ind = leadRanking.rows.find((x) => x.code === r.code);
                  return (
                    <tr key={r.code}>
                      <th scope="row" style={{ fontWeight: 500 }}><Link href={h(`/regioner/${r.code}`)}>{r.name}</Link></th>
                      <td>
                        {rows.length === 0 ? (
                          <span className="muted">{MISSING}</span>
                        ) : (
                          <ul style={{ margin: 0, paddingLeft: "1.1rem" }}>
                            {rows.map((e) => (
                              <li key={e.id}>
                                <a href={e.source.url} rel="noopener noreferrer" lang={lang === "en" ? "sv" : undefined}>{e.title}</a>{" "}
                                <span className="small muted">({kindLabel(e.kind, lang).toLowerCase()}{e.year ? `, ${e.year}` : ""})</span>
                              </li>
                            ))}
                            {all.length > rows.length ? (
                              <li>
                                <a href={h(`/data?region=${r.code}&tema=${slug}`)}>
                                  {t(`alla ${all.length} poster`, `all ${all.length} records`)}
                                </a>
                              </li>
                            ) : null}
                          </ul>
                        )}
                      </td>
                      <td className="num">{formatValue(ind?.value ?? null, lead.unit, lead.decimals, lang)}</td>
                      <td className="num">{formatRank(ind?.rank ?? null, leadRanking.count, lang)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <p className="small muted">
            {t("Indikator", "Indicator")}: <Link href={h(`/indikatorer/${lead.id}`)}>{leadText.name}</Link>, {leadText.unit}. {leadText.credit}.
            {leadRanking.riket ? ` ${riketName(lang)}: ${formatValue(leadRanking.riket.value, lead.unit, lead.decimals, lang)}.` : ""}
          </p>
        </>
      ) : null}

      <h2 id="tackning">{t("Täckning: poster per region", "Coverage: records by region")}</h2>
      <p>
        {t(
          "Hur många poster vi har hittat om temat för varje region. Det visar vad källorna täcker, inte hur mycket en region gör: noll betyder att vi saknar uppgift.",
          "How many records we have found on the theme for each region. It shows what the sources cover, not how much a region does: zero means we have no information.",
        )}
      </p>
      <ThemeRegionsCard theme={theme} entries={regional} lang={lang} />

      <RecordsMapCard lang={lang} model={themeRecordsMapCard({ theme, entries: regional, regions }, lang)} />

      {national.length > 0 ? (
        <>
          <h2 id="nationellt">{t("Nationellt och för alla regioner", "National and for all regions")}</h2>
          <RecordList entries={national} regionLabel={(c) => (c === NATIONAL_CODE ? t("Alla regioner", "All regions") : regionLabel(c))} moreHref={h(`/data?region=00&tema=${slug}`)} lang={lang} />
        </>
      ) : null}

      <h2 id="kallor">{t("Källor", "Sources")}</h2>
      <PageSources sources={pageSources} lang={lang} />
    </>
  );
}
