import type { CountRow } from "@/lib/derive/records";
import { KIND_COLORS } from "@/lib/palette";
import { KINDS } from "@/lib/schema";
import { translator, type Lang } from "@/lib/i18n";
import { kindLabel } from "@/lib/indicator-text";
import type { ChartTable } from "@/components/card/ChartCard";
import { LazyHorizontalBarChart } from "@/components/charts/LazyHorizontalBarChart";

/** The kinds that occur in the rows, in the fixed kind order. */
export function kindsIn(rows: CountRow[]) {
  return KINDS.filter((k) => rows.some((r) => r.byKind[k] > 0));
}

/** Table twin of a records-by-kind chart: one row per theme or region, a column per kind present, and the total. */
export function kindCountsTable({ rows, caption, first, hrefFor, lang }: {
  rows: CountRow[]; caption: string; first: { id: string; label: string }; hrefFor: (key: string) => string; lang: Lang;
}): ChartTable {
  const kinds = kindsIn(rows);
  return {
    caption,
    columns: [
      first,
      ...kinds.map((k) => ({ id: k, label: kindLabel(k, lang, true), numeric: true })),
      { id: "total", label: translator(lang)("Totalt", "Total"), numeric: true },
    ],
    rows: rows.map((r) => ({
      id: r.key,
      cells: {
        [first.id]: { t: r.label, v: r.label, href: hrefFor(r.key) },
        ...Object.fromEntries(kinds.map((k) => [k, { t: String(r.byKind[k]), v: r.byKind[k] }])),
        total: { t: String(r.count), v: r.count },
      },
    })),
  };
}

/** The drawing's data: one bar per row, stacked by kind (also sizes the embed, see barChartHeight). */
export function kindCountChart(rows: CountRow[], labelWidth: number, lang: Lang) {
  const kinds = kindsIn(rows);
  return {
    data: rows.map((r) => ({ label: r.label, values: Object.fromEntries(kinds.map((k) => [k, r.byKind[k]])), display: String(r.count) })),
    series: kinds.map((k) => ({ key: k, label: kindLabel(k, lang, true), color: KIND_COLORS[k] })),
    labelWidth,
  };
}

/** Records per row, stacked by kind, the total printed after each bar. */
export function KindCountBars({ rows, ariaLabel, labelWidth, lang }: { rows: CountRow[]; ariaLabel: string; labelWidth: number; lang: Lang }) {
  return <LazyHorizontalBarChart lang={lang} ariaLabel={ariaLabel} {...kindCountChart(rows, labelWidth, lang)} />;
}
