import Link from "@/components/layout/Link";
import { getDataset } from "@/lib/data";
import { coverageOf, defaultPeriod, periodsOf } from "@/lib/derive/indicators";
import type { Indicator } from "@/lib/schema";
import { href, langFrom, missingText, translator } from "@/lib/i18n";
import { indicatorText, themeName } from "@/lib/indicator-text";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props) {
  return { title: translator(await langFrom(params))("Indikatorer", "Indicators") };
}

export default async function IndicatorsPage({ params }: Props) {
  const lang = await langFrom(params);
  const t = translator(lang);
  const d = getDataset();
  const groups: { key: string; title: string; items: Indicator[] }[] = [
    ...d.themes.map((th) => ({ key: th.slug, title: themeName(th, lang), items: d.indicators.filter((i) => i.themes[0] === th.slug) })),
    { key: "bakgrund", title: t("Bakgrund: befolkning och yta", "Background: population and area"), items: d.indicators.filter((i) => i.themes.length === 0) },
  ].filter((g) => g.items.length > 0);

  return (
    <>
      <h1>{t("Indikatorer", "Indicators")}</h1>
      <p className="lead">
        {t(
          "Officiell statistik per län som beskriver var regionerna står, ordnad efter tema. Välj en indikator för att se rangordning, karta och utveckling över tid.",
          "Official statistics by county that describe where the regions stand, ordered by theme. Choose an indicator to see its ranking, map and development over time.",
        )}
      </p>
      <p>
        {t(
          "Täckning visar hur många av de 21 länen som har ett värde det senaste året. Indikatorer med uppgifter för bara några få län visas som tabell, inte som karta eller rangordning.",
          "Coverage shows how many of the 21 counties have a value in the latest year. Indicators with values for only a few counties are shown as a table, not as a map or ranking.",
        )}
      </p>
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`g-${g.key}`}>
          <h2 id={`g-${g.key}`}>{g.title}</h2>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">{t(`Indikatorer inom ${g.title.toLowerCase()}`, `Indicators in ${g.title.toLowerCase()}`)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("Indikator", "Indicator")}</th>
                  <th scope="col">{t("Enhet", "Unit")}</th>
                  <th scope="col">{t("År", "Years")}</th>
                  <th scope="col" className="num">{t("Täckning senaste år", "Coverage, latest year")}</th>
                  <th scope="col">{t("Källa", "Source")}</th>
                </tr>
              </thead>
              <tbody>
                {g.items.map((i) => {
                  const it = indicatorText(i, lang);
                  const periods = periodsOf(d.values, i.id);
                  const latest = defaultPeriod(d.values, i.id);
                  const cov = latest ? coverageOf(d.values, i.id, latest.period) : 0;
                  return (
                    <tr key={i.id}>
                      <th scope="row" style={{ fontWeight: 500 }}>
                        <Link href={href(lang, `/indikatorer/${i.id}`)}>{it.name}</Link>
                        {i.fragment ? <div className="small muted">{t("Enstaka uppgifter", "Scattered values")}</div> : null}
                      </th>
                      <td>{it.unit}</td>
                      <td>
                        {periods.length > 3
                          ? `${periods[0].period}–${periods.at(-1)!.period} (${periods.length} ${t("år", "years")})`
                          : periods.map((p) => p.period).join(", ")}
                      </td>
                      <td className="num">{latest ? `${cov} ${t("av", "of")} 21 (${latest.period})` : missingText(lang)}</td>
                      <td className="small">{it.credit}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
