"use client";
/**
 * The client-side records table: it holds all its rows and filters, sorts and pages them in the browser. Used where
 * the rows are few (a region's or a theme's records) and for a user's own file (which never leaves the browser).
 */
import { useMemo } from "react";
import { useTable } from "@tanstack/react-table";
import { filterRows, type DataRow } from "@/lib/derive/table-rows";
import type { DataColumn, DataViewState, SortColumn } from "@/lib/url-state";
import type { Lang } from "@/lib/i18n";
import { COLUMNS, features } from "./columns";
import type { Option } from "./filters";
import { ExplorerView } from "./view";

export type DataExplorerProps = {
  rows: DataRow[];
  regions: Option[];
  themes: Option[];
  years: number[];
  /** Already in the page's language. */
  caption: string;
  lang: Lang;
  /**
   * Columns never shown, e.g. Region on a region page where it would repeat the page's own region. Downloads keep
   * them, so a saved file still says whose records they are.
   */
  omit?: DataColumn[];
};

export function DataExplorer({ rows, regions, themes, years, caption, lang, state, onChange, omit = [] }: DataExplorerProps & {
  state: DataViewState;
  onChange?: (s: DataViewState) => void;
}) {
  const filtered = useMemo(() => filterRows(rows, state), [rows, state]);
  const pageCount = Math.max(1, Math.ceil(filtered.length / state.antal));
  const page = Math.min(state.sida, pageCount);
  const set = (patch: Partial<DataViewState>, resetPage = true) =>
    onChange?.({ ...state, ...patch, ...(resetPage ? { sida: 1 } : {}) });

  const table = useTable({
    features,
    columns: COLUMNS[lang],
    data: filtered,
    state: {
      sorting: state.sort ? [{ id: state.sort.id, desc: state.sort.desc }] : [],
      pagination: { pageIndex: page - 1, pageSize: state.antal },
      columnVisibility: Object.fromEntries([...state.dolj, ...omit].map((c) => [c, false])),
    },
    onSortingChange: (updater) => {
      const prev = state.sort ? [{ id: state.sort.id, desc: state.sort.desc }] : [];
      const next = typeof updater === "function" ? updater(prev) : updater;
      const first = next[0];
      set({ sort: first ? { id: first.id as SortColumn, desc: first.desc } : null });
    },
    onPaginationChange: (updater) => {
      const prev = { pageIndex: page - 1, pageSize: state.antal };
      const next = typeof updater === "function" ? updater(prev) : updater;
      set({ sida: next.pageIndex + 1 }, false);
    },
    autoResetPageIndex: false,
    enableMultiSort: false,
  });

  return (
    <ExplorerView
      table={table} lang={lang} caption={caption} options={{ regions, themes, years }} state={state} onChange={onChange}
      matching={filtered.length} total={rows.length} page={page} pageCount={pageCount}
      getRows={() => table.getPrePaginatedRowModel().rows.map((r) => r.original)}
      ready={onChange !== undefined}
      omit={omit}
    />
  );
}
