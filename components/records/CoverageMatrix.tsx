import Link from "next/link";
import type { Coverage } from "@/lib/derive/records";
import { countLevel } from "@/lib/derive/records";
import { dataHref } from "@/lib/url-state";

/** Region × theme: records per cell; empty cells are visibly empty (hatched, "–"); each cell opens the filtered data view. */
export function CoverageMatrix({ coverage, themes, caption }: {
  coverage: Coverage;
  themes: { slug: string; nameSv: string }[];
  caption: string;
}) {
  return (
    <div className="table-wrap">
      <table className="matrix">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Region</th>
            {themes.map((t) => (
              <th key={t.slug} scope="col">
                <Link href={`/teman/${t.slug}`}>{t.nameSv}</Link>
              </th>
            ))}
            <th scope="col">Totalt</th>
          </tr>
        </thead>
        <tbody>
          {coverage.rows.map((row) => (
            <tr key={row.region}>
              <th scope="row">
                <Link href={`/regioner/${row.region}`}>{row.label}</Link>
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
                      href={dataHref({ region: row.region, tema: cell.theme })}
                      aria-label={`${row.label}, ${theme.nameSv}: ${cell.count} ${cell.count === 1 ? "post" : "poster"}`}
                    >
                      {cell.count}
                    </Link>
                  </td>
                );
              })}
              <td className="num"><strong>{row.total}</strong></td>
            </tr>
          ))}
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
