"use client";
/** The client-side table as pages use it: the view lives in the address (useUrlView) and every change is pushed. */
import { Suspense, useCallback, useEffect, useMemo, useState, useTransition } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { DEFAULT_DATA_VIEW, parseDataView, serializeDataView, type DataViewState } from "@/lib/url-state";
import { takeEarlyChanges } from "@/lib/early-changes";
import { MY_REGION_PARAM, withMyRegion } from "@/lib/url-state/my-region";
import { FIELD_PATCH } from "./filters";
import { DataExplorer, type DataExplorerProps } from "./DataExplorer";

/** The early filter changes (lib/early-changes) of the controls this form knows, as one view patch. */
export function earlyPatch(): Partial<DataViewState> | null {
  const early = takeEarlyChanges();
  const ids = early ? Object.keys(early).filter((id) => id in FIELD_PATCH) : [];
  return ids.length ? Object.assign({}, ...ids.map((id) => FIELD_PATCH[id](early![id]))) : null;
}

/** Renders nothing; tells its parent the address's query string whenever it changes (Back/Forward too). */
function SearchParamsReporter({ onSearch }: { onSearch: (search: string) => void }) {
  const search = useSearchParams()?.toString() ?? "";
  useEffect(() => onSearch(search), [search, onSearch]);
  return null;
}

/**
 * The view of a static page's table, from its address. The server renders the default view (the table is never
 * blank, also without JavaScript); the table hydrates with it as it is, and only `SearchParamsReporter` (which uses
 * useSearchParams and so must render on the client) sits in a Suspense boundary. When it has read the address, the
 * view follows it in a transition: React renders that in short slices, so a shared link with filters does not block
 * the page, and an address without a query changes nothing visible. Until then `onChange` is undefined (the form has
 * no `data-ready`). Filters changed before then (also before React has loaded, by a reader on a slow phone) are
 * recorded by lib/early-changes and applied on top of the address as soon as it has been read.
 */
export function useUrlView(known: { regions: string[]; themes: string[] }) {
  const router = useRouter();
  const pathname = usePathname();
  const [, startTransition] = useTransition();
  /** null until the address has been read: the default view, exactly as the server rendered it. */
  const [search, setSearch] = useState<string | null>(null);
  const onSearch = useCallback((s: string) => startTransition(() => setSearch(s)), []);
  const state = useMemo(() => (search === null ? DEFAULT_DATA_VIEW : parseDataView(new URLSearchParams(search), known)), [search, known]);
  // "My region" (?min=) is not part of the table's view; keep it in the address when the view changes.
  const min = search === null ? null : new URLSearchParams(search).get(MY_REGION_PARAM);
  const onChange = useCallback((next: DataViewState) => {
    startTransition(() => router.push(pathname + withMyRegion(serializeDataView(next), min), { scroll: false }));
  }, [router, pathname, min]);
  useEffect(() => {
    if (search === null) return;
    const early = earlyPatch();
    if (early) onChange({ ...state, ...early, sida: 1 });
  }, [search, state, onChange]);
  const reporter = (
    <Suspense fallback={null}>
      <SearchParamsReporter onSearch={onSearch} />
    </Suspense>
  );
  return { state, onChange: search === null ? undefined : onChange, reporter };
}

/** The records table with its filters on a static page (region, theme): the view is read from and written to the URL. */
export function DataExplorerFromUrl(props: DataExplorerProps) {
  const known = useMemo(() => ({ regions: props.regions.map((r) => r.value), themes: props.themes.map((t) => t.value) }), [props.regions, props.themes]);
  const { state, onChange, reporter } = useUrlView(known);
  return (
    <>
      {reporter}
      <DataExplorer {...props} state={state} onChange={onChange} />
    </>
  );
}
