import Link from "@/components/layout/Link";
import { getDataset, regionsByName } from "@/lib/data";
import { formatNumber } from "@/lib/format";
import { href, langFrom, missingText, translator } from "@/lib/i18n";
import { InSwedish } from "@/components/layout/InSwedish";
import { StrategyTimelineCard } from "@/components/strategies/StrategyTimelineCard";
import { strategyTimeline } from "@/lib/derive/strategy-timeline";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props) {
  return { title: translator(await langFrom(params))("Regioner", "Regions") };
}

export default async function RegionsPage({ params }: Props) {
  const lang = await langFrom(params);
  const t = translator(lang);
  const d = getDataset();
  const regions = regionsByName();
  return (
    <>
      <h1>{t("Regioner", "Regions")}</h1>
      <p className="lead">
        {t(
          "Välj en av de 21 regionerna för att se dess strategi, insatser, resultat och indikatorer.",
          "Choose one of the 21 regions to see its strategy, activities, results and indicators.",
        )}
      </p>
      <div className="table-wrap">
        <table>
          <caption>
            {t("De 21 regionerna med antal poster och regional utvecklingsstrategi", "The 21 regions with their number of records and regional development strategy")}
          </caption>
          <thead>
            <tr>
              <th scope="col">Region</th>
              <th scope="col" className="num">{t("Länskod", "County code")}</th>
              <th scope="col">{t("Län", "County")}</th>
              <th scope="col" className="num">{t("Poster", "Records")}</th>
              <th scope="col">{t("Regional utvecklingsstrategi", "Regional development strategy")}</th>
            </tr>
          </thead>
          <tbody>
            {regions.map((r) => {
              const n = d.entries.filter((e) => e.region === r.code).length;
              const s = d.strategies.find((x) => x.region === r.code);
              return (
                <tr key={r.code}>
                  <th scope="row"><Link href={href(lang, `/regioner/${r.code}`)}>{r.organisation}</Link></th>
                  <td className="num">{r.code}</td>
                  <td>{lang === "en" ? r.nameEn : r.county}</td>
                  <td className="num">{formatNumber(n, 0, lang)}</td>
                  <td>{s ? <InSwedish lang={lang} quiet>{s.name}</InSwedish> : missingText(lang)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {lang === "en" ? <p className="only-sv">Strategy names are in Swedish.</p> : null}

      <StrategyTimelineCard tl={strategyTimeline(d.strategies, d.entries, d.regions, d.meta.reportYear)} reportYear={d.meta.reportYear} lang={lang} />
    </>
  );
}
