/** The table twin of the indicator strips on /jamfor: every indicator, each chosen region's value and rank, Riket. */
import Link from "@/components/layout/Link";
import type { CompareIndicatorRow } from "@/lib/derive/compare";
import { formatRank, formatValue } from "@/lib/format";
import { href, translator, type Lang } from "@/lib/i18n";
import { indicatorText, riketName } from "@/lib/indicator-text";
import type { Region } from "@/lib/schema";
import { RegionHeaders, SourceLink } from "./shared";

export function CompareIndicatorsTable({ rows, chosen, names, lang }: { rows: CompareIndicatorRow[]; chosen: Region[]; names: string; lang: Lang }) {
  const t = translator(lang);
  return (
    <div className="table-wrap">
      <table className="compare-table compare-indicators">
        <caption>
          {t(
            `Indikatorer för ${names}, med rang bland regionerna och värdet för riket`,
            `Indicators for ${names}, with rank among the regions and the value for Sweden as a whole`,
          )}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t("Indikator", "Indicator")}</th>
            <th scope="col">{t("År", "Year")}</th>
            <RegionHeaders chosen={chosen} lang={lang} />
            <th scope="col" className="num">{riketName(lang)}</th>
            <th scope="col">{t("Källa", "Source")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const text = indicatorText(row.indicator, lang);
            return (
              <tr key={row.indicator.id}>
                <th scope="row">
                  <Link href={href(lang, `/indikatorer/${row.indicator.id}`)}>{text.name}</Link>
                  <span className="unit">{text.unit}</span>
                </th>
                <td className="num">{row.period}</td>
                {row.cells.map((c) => (
                  <td key={c.code} className="num">
                    <span className="value">{formatValue(c.value, row.indicator.unit, row.indicator.decimals, lang)}</span>
                    {c.rank !== null ? <span className="rank">{t("rang", "rank")} {formatRank(c.rank, row.of, lang)}</span> : null}
                  </td>
                ))}
                <td className="num">{formatValue(row.riket?.value, row.indicator.unit, row.indicator.decimals, lang)}</td>
                <td className="small">
                  {row.sources.map((s, i) => (
                    <span key={s.url}>{i > 0 ? "; " : ""}<SourceLink source={s} lang={lang} /></span>
                  ))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
