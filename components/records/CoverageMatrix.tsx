import type { Coverage } from "@/lib/derive/records";
import { countLevel } from "@/lib/derive/records";
import type { Kind } from "@/lib/schema";
import { dataHref } from "@/lib/url-state";
import { href, translator, type Lang } from "@/lib/i18n";
import { softHyphens } from "@/lib/soft-hyphens";

/**
 * Region × theme: records per cell; empty cells are visibly empty (hatched, "–"); each cell opens the filtered data view.
 * Its ~300 links are plain <a>, not next/link: as client components they were most of the overview's hydration and
 * 40 KB of its RSC payload, for a client-side navigation a full page load does as well here.
 * Optional (used by /jamfor): `kind` narrows the cell links to one record kind, `highlight` marks chosen regions,
 * `sortedBy` ("region", "total" or a theme slug) tells assistive technology how the rows are ordered.
 */
export function CoverageMatrix({ coverage, themes, caption, kind = null, highlight = [], sortedBy, lang }: {
  coverage: Coverage;
  themes: { slug: string; nameSv: string; nameEn?: string }[];
  caption: string;
  kind?: Kind | null;
  highlight?: readonly string[];
  sortedBy?: string;
  lang: Lang;
}) {
  const t = translator(lang);
  /** Column headers in the UI language (themes carry both names; nameEn when given). */
  const label = (th: { nameSv: string; nameEn?: string }) => (lang === "en" && th.nameEn ? th.nameEn : th.nameSv);
  const sortAttr = (key: string): "ascending" | "descending" | undefined =>
    sortedBy === undefined || sortedBy !== key ? undefined : key === "region" ? "ascending" : "descending";
  return (
    <div className="table-wrap">
      <table className="matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={sortAttr("region")}>Region</th>
            {themes.map((th) => (
              <th key={th.slug} scope="col" aria-sort={sortAttr(th.slug)} className={sortedBy === th.slug ? "sorted" : undefined}>
                <a href={href(lang, `/teman/${th.slug}`)} aria-label={label(th)}>{softHyphens(label(th))}</a>
              </th>
            ))}
            <th scope="col" aria-sort={sortAttr("total")}>{t("Totalt", "Total")}</th>
          </tr>
        </thead>
        <tbody>
          {coverage.rows.map((row) => {
            const chosen = highlight.includes(row.region);
            return (
              <tr key={row.region} className={chosen ? "is-chosen" : undefined}>
                <th scope="row">
                  <a href={href(lang, `/regioner/${row.region}`)}>{row.label}</a>
                  {chosen ? <span className="visually-hidden"> {t("(vald)", "(chosen)")}</span> : null}
                </th>
                {row.cells.map((cell, j) => {
                  const level = countLevel(cell.count, coverage.max);
                  const theme = themes[j];
                  return cell.count === 0 ? (
                    <td key={cell.theme} className="empty" data-level={0}>
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">{t("Inga poster", "No records")}</span>
                    </td>
                  ) : (
                    <td key={cell.theme} data-level={level}>
                      <a
                        href={href(lang, dataHref({ region: row.region, tema: cell.theme, ...(kind ? { typ: kind } : {}) }))}
                        aria-label={`${row.label}, ${label(theme)}: ${cell.count} ${cell.count === 1 ? t("post", "record") : t("poster", "records")}`}
                      >
                        {cell.count}
                      </a>
                    </td>
                  );
                })}
                <td className="num"><strong>{row.total}</strong></td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("Alla regioner", "All regions")}</th>
            {coverage.themeTotals.map((n, j) => (
              <td key={themes[j].slug}><strong>{n}</strong></td>
            ))}
            <td className="num"><strong>{coverage.total}</strong></td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
