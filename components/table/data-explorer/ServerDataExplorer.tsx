"use client";
/**
 * The server-paged records table (/data): the server filters, sorts and pages from the URL (lib/derive/data-query)
 * and sends only the current page's rows; this component renders them and turns every change into a new address
 * (push: Back/Forward restore the previous view). Without JavaScript the same controls are plain GET forms.
 */
import { useCallback, useEffect, useState, useSyncExternalStore, useTransition } from "react";
import { useRouter } from "next/navigation";
import { useTable } from "@tanstack/react-table";
import type { DataRow } from "@/lib/derive/table-rows";
import { serializeDataView, type DataViewState } from "@/lib/url-state";
import type { Lang } from "@/lib/i18n";
import { COLUMNS, features } from "./columns";
import type { FilterOptions } from "./filters";
import { earlyPatch } from "./url-view";
import { ExplorerView } from "./view";

export type ServerDataExplorerProps = {
  /** This page's rows only, in order. */
  rows: DataRow[];
  matching: number;
  total: number;
  page: number;
  pageCount: number;
  /** The view the server rendered (parsed from the URL). */
  state: DataViewState;
  options: FilterOptions;
  caption: string;
  lang: Lang;
  /** The page's address without query ("/data", "/en/data"); forms submit to it. */
  action: string;
  /** Where the whole selection is fetched for a download ("/api/data"). */
  rowsEndpoint: string;
};

const subscribeNothing = () => () => {};

export function ServerDataExplorer({ rows, matching, total, page, pageCount, state, options, caption, lang, action, rowsEndpoint }: ServerDataExplorerProps) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  /** The view just chosen, shown in the controls until the server's page for it arrives. */
  const [optimistic, setOptimistic] = useState<DataViewState | null>(null);
  // Any new view from the server (also Back/Forward to a cached one) replaces the optimistic one.
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    setOptimistic(null);
  }
  const shown = optimistic ?? state;
  /** False on the server and while hydrating, true once React runs the table. */
  const ready = useSyncExternalStore(subscribeNothing, () => true, () => false);

  const onChange = useCallback((next: DataViewState) => {
    setOptimistic(next);
    startTransition(() => router.push(action + serializeDataView(next), { scroll: false }));
  }, [router, action]);

  useEffect(() => {
    // Once, when the table has become live (after this commit, so the router is ready): filters chosen before then,
    // on top of the address.
    const id = setTimeout(() => {
      const early = earlyPatch();
      if (early) onChange({ ...state, ...early, sida: 1 });
    }, 0);
    return () => clearTimeout(id);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const table = useTable({
    features,
    columns: COLUMNS[lang],
    data: rows,
    state: {
      // The rows come sorted; the same comparators on one page keep the server's order (ties by position).
      sorting: state.sort ? [{ id: state.sort.id, desc: state.sort.desc }] : [],
      pagination: { pageIndex: 0, pageSize: state.antal },
      columnVisibility: Object.fromEntries(shown.dolj.map((c) => [c, false])),
    },
    autoResetPageIndex: false,
    enableMultiSort: false,
  });

  const getRows = async (): Promise<DataRow[]> => {
    const query = serializeDataView({ ...state, sida: 1 });
    const res = await fetch(`${rowsEndpoint}${query}${query ? "&" : "?"}lang=${lang}`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    return (await res.json()) as DataRow[];
  };

  return (
    <ExplorerView
      table={table} lang={lang} caption={caption} options={options} state={shown} onChange={ready ? onChange : undefined}
      matching={matching} total={total} page={page} pageCount={pageCount} getRows={getRows} action={action} ready={ready}
    />
  );
}
