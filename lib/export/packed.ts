/**
 * A tidy download table packed for a client island's props. The tidy tables repeat the same unit, indicator, source
 * title and address in every row, and write codes as `{ t: "05", v: "05" }`; as props they travel in every page's RSC
 * payload, read by nobody until a download. Packed, a cell that is the same in every row is stored once, and a cell
 * whose text is its (string) value is stored as that string. `unpackTable(packTable(x))` is `x`.
 */
import type { ExportCell, ExportColumn, ExportTable } from "./types";

/** A string: `{ t: s, v: s }`. null: the row has no cell in this column. Otherwise the cell as it is. */
type PackedCell = string | ExportCell | null;

export type PackedTable = {
  columns: ExportColumn[];
  /** Columns whose cell is the same in every row, by column id. */
  same: Record<string, ExportCell>;
  ids: string[];
  /** Per row, the cells of the other columns, in column order. */
  rows: PackedCell[][];
};

const sameCell = (a: ExportCell | undefined, b: ExportCell | undefined) =>
  !!a && !!b && a.t === b.t && a.v === b.v && a.href === b.href && Object.keys(a).length === Object.keys(b).length;

export function packTable({ columns, rows }: ExportTable): PackedTable {
  const same: Record<string, ExportCell> = {};
  if (rows.length > 1) {
    for (const c of columns) {
      const first = rows[0].cells[c.id];
      if (first && rows.every((r) => sameCell(r.cells[c.id], first))) same[c.id] = first;
    }
  }
  const rest = columns.filter((c) => !(c.id in same));
  return {
    columns,
    same,
    ids: rows.map((r) => r.id),
    rows: rows.map((r) =>
      rest.map((c) => {
        const cell = r.cells[c.id];
        if (!cell) return null;
        return typeof cell.v === "string" && cell.t === cell.v && cell.href === undefined && Object.keys(cell).length === 2 ? cell.v : cell;
      }),
    ),
  };
}

export function unpackTable({ columns, same, ids, rows }: PackedTable): ExportTable {
  const rest = columns.filter((c) => !(c.id in same));
  return {
    columns,
    rows: rows.map((cells, i) => {
      const out: Record<string, ExportCell> = { ...same };
      rest.forEach((c, j) => {
        const cell = cells[j];
        if (cell === null || cell === undefined) return;
        out[c.id] = typeof cell === "string" ? { t: cell, v: cell } : cell;
      });
      return { id: ids[i], cells: out };
    }),
  };
}
