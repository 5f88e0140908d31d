/** The chosen regions' development strategies side by side. */
import { InSwedish } from "@/components/layout/InSwedish";
import { getDataset } from "@/lib/data";
import { joinList } from "@/lib/compare-text";
import { formatYear } from "@/lib/format";
import { missingText, translator, type Lang } from "@/lib/i18n";
import type { Region } from "@/lib/schema";
import { RegionHeaders, SourceLink, SwedishNote } from "./shared";

export function Strategies({ chosen, lang }: { chosen: Region[]; lang: Lang }) {
  const t = translator(lang);
  const missing = missingText(lang);
  const d = getDataset();
  const strategies = chosen.map((r) => d.strategies.find((s) => s.region === r.code));
  const names = joinList(chosen.map((r) => r.name), lang);
  return (
    <section aria-labelledby="strategier">
      <h2 id="strategier">{t("Regionala utvecklingsstrategier", "Regional development strategies")}</h2>
      <p>
        {t(
          "Strategin (RUS) är regionens långsiktiga plan för utvecklingen i länet: när den antogs och vilket år den siktar mot.",
          "The regional development strategy (RUS) is the region's long-term plan for the county's development: when it was adopted and which year it looks ahead to.",
        )}
      </p>
      <SwedishNote lang={lang}>The names of the strategies and their sources are in Swedish.</SwedishNote>
      <div className="table-wrap">
        <table className="compare-table">
          <caption>{t(`Regionala utvecklingsstrategier för ${names}`, `Regional development strategies for ${names}`)}</caption>
          <thead>
            <tr>
              <th scope="col"><span className="visually-hidden">{t("Uppgift", "Detail")}</span></th>
              <RegionHeaders chosen={chosen} lang={lang} />
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t("Strategi", "Strategy")}</th>
              {strategies.map((s, i) => (
                <td key={chosen[i].code}>{s ? <InSwedish lang={lang} quiet>{s.name}</InSwedish> : missing}</td>
              ))}
            </tr>
            <tr>
              <th scope="row">{t("Antagen", "Adopted")}</th>
              {strategies.map((s, i) => <td key={chosen[i].code}>{s ? formatYear(s.adopted, lang) : missing}</td>)}
            </tr>
            <tr>
              <th scope="row">{t("Tidshorisont", "Time horizon")}</th>
              {strategies.map((s, i) => <td key={chosen[i].code}>{s ? formatYear(s.horizon, lang) : missing}</td>)}
            </tr>
            <tr>
              <th scope="row">{t("Källa", "Source")}</th>
              {strategies.map((s, i) => (
                <td key={chosen[i].code} className="small">{s ? <SourceLink source={s.source} lang={lang} /> : missing}</td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
