"use client";
import { useState } from "react";
import {
  createColumnHelper, createSortedRowModel, rowSortingFeature, tableFeatures, useTable, type SortingState,
} from "@tanstack/react-table";
import type { Lang } from "@/lib/i18n";
// A cell is the text to show (`t`), a value to sort by (`v`) and an optional link: the table twin's shape.
import type { ExportCell as Cell, ExportColumn as TableColumn, ExportRow as TableRow } from "@/lib/export/types";
import { ariaSort, SortButton, sortedByText } from "./SortHeader";


const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
const helper = createColumnHelper<typeof features, TableRow>();
// Swedish collation in both languages: the names sorted are Swedish (Å, Ä, Ö after Z, as on every other list).
const collator = new Intl.Collator("sv-SE", { numeric: true });

function compare(a: Cell | undefined, b: Cell | undefined): number {
  const av = a?.v ?? null;
  const bv = b?.v ?? null;
  if (av === null && bv === null) return 0;
  if (av === null) return 1;
  if (bv === null) return -1;
  if (typeof av === "number" && typeof bv === "number") return av - bv;
  return collator.compare(String(av), String(bv));
}

/** Small sortable table used as every chart's table twin and for ranked lists. */
export function SortableTable({ caption, columns, rows, initialSort, lang }: {
  caption: string; columns: TableColumn[]; rows: TableRow[]; initialSort?: { id: string; desc: boolean }; lang: Lang;
}) {
  const [sorting, setSorting] = useState<SortingState>(initialSort ? [initialSort] : []);
  const defs = helper.columns(
    columns.map((c) =>
      helper.accessor((r) => r.cells[c.id]?.t ?? "", {
        id: c.id,
        header: c.label,
        sortUndefined: "last",
        sortFn: (a, b) => compare(a.original.cells[c.id], b.original.cells[c.id]),
      }),
    ),
  );
  const table = useTable({
    features, columns: defs, data: rows, state: { sorting }, onSortingChange: setSorting, enableMultiSort: false,
  });
  const sortedCol = sorting[0] ? columns.find((c) => c.id === sorting[0].id) : undefined;
  return (
    <div className="table-wrap">
      <table>
        <caption>
          {caption}
          {sortedCol ? <span className="visually-hidden">{sortedByText(sortedCol.label, sorting[0].desc, lang)}</span> : null}
        </caption>
        <thead>
          {table.getHeaderGroups().map((g) => (
            <tr key={g.id}>
              {g.headers.map((h) => {
                const col = columns.find((c) => c.id === h.column.id)!;
                const sorted = h.column.getIsSorted();
                return (
                  <th key={h.id} scope="col" aria-sort={ariaSort(sorted)} className={col.numeric ? "num" : undefined}>
                    <SortButton label={col.label} sorted={sorted} lang={lang} onClick={() => h.column.toggleSorting(sorted === "asc")} />
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((r) => (
            // data-row: the row's id (a county code in the indicator tables), for "my region" marking (MyRegionCarry).
            <tr key={r.id} data-row={r.original.id}>
              {columns.map((c, i) => {
                const cell = r.original.cells[c.id];
                const content = cell?.href ? <a href={cell.href}>{cell.t}</a> : cell?.t ?? "";
                return i === 0 ? (
                  <th key={c.id} scope="row" className={c.numeric ? "num" : undefined} style={{ fontWeight: 500 }}>{content}</th>
                ) : (
                  <td key={c.id} className={c.numeric ? "num" : undefined}>{content}</td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
