import Link from "next/link";
import type { Coverage } from "@/lib/derive/records";
import { countLevel } from "@/lib/derive/records";
import type { Kind } from "@/lib/schema";
import { dataHref } from "@/lib/url-state";

/**
 * Region × theme: records per cell; empty cells are visibly empty (hatched, "–"); each cell opens the filtered data view.
 * Optional (used by /jamfor): `kind` narrows the cell links to one record kind, `highlight` marks chosen regions,
 * `sortedBy` ("region", "total" or a theme slug) tells assistive technology how the rows are ordered.
 */
export function CoverageMatrix({ coverage, themes, caption, kind = null, highlight = [], sortedBy }: {
  coverage: Coverage;
  themes: { slug: string; nameSv: string }[];
  caption: string;
  kind?: Kind | null;
  highlight?: readonly string[];
  sortedBy?: string;
}) {
  const sortAttr = (key: string): "ascending" | "descending" | undefined =>
    sortedBy === undefined || sortedBy !== key ? undefined : key === "region" ? "ascending" : "descending";
  return (
    <div className="table-wrap">
      <table className="matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" aria-sort={sortAttr("region")}>Region</th>
            {themes.map((t) => (
              <th key={t.slug} scope="col" aria-sort={sortAttr(t.slug)} className={sortedBy === t.slug ? "sorted" : undefined}>
                <Link href={`/teman/${t.slug}`}>{t.nameSv}</Link>
              </th>
            ))}
            <th scope="col" aria-sort={sortAttr("total")}>Totalt</th>
          </tr>
        </thead>
        <tbody>
          {coverage.rows.map((row) => {
            const chosen = highlight.includes(row.region);
            return (
              <tr key={row.region} className={chosen ? "is-chosen" : undefined}>
                <th scope="row">
                  <Link href={`/regioner/${row.region}`}>{row.label}</Link>
                  {chosen ? <span className="visually-hidden"> (vald)</span> : null}
                </th>
                {row.cells.map((cell, j) => {
                  const level = countLevel(cell.count, coverage.max);
                  const theme = themes[j];
                  return cell.count === 0 ? (
                    <td key={cell.theme} className="empty" data-level={0}>
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">Inga poster</span>
                    </td>
                  ) : (
                    <td key={cell.theme} data-level={level}>
                      <Link
                        href={dataHref({ region: row.region, tema: cell.theme, ...(kind ? { typ: kind } : {}) })}
                        aria-label={`${row.label}, ${theme.nameSv}: ${cell.count} ${cell.count === 1 ? "post" : "poster"}`}
                      >
                        {cell.count}
                      </Link>
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
            <th scope="row">Alla regioner</th>
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
