/** c. Filter + sort timing of the records table's row pipeline on synthetic rows (no thresholds; figures only). */
import {
  constructTable,
  createColumnHelper,
  createPaginatedRowModel,
  createSortedRowModel,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_text,
  tableFeatures,
} from "@tanstack/react-table";
// Vanilla (non-React) reactivity for constructTable; table-core is @tanstack/react-table's own dependency.
import { storeReactivityBindings } from "@tanstack/table-core/store-reactivity-bindings";
import { DATA_ROW_COMPARE } from "../../lib/derive/data-sort";
import { filterRows, type DataRow } from "../../lib/derive/table-rows";
import type { DataViewState } from "../../lib/url-state";
import { median, percentile } from "./stats";
import { syntheticRows } from "../synthetic";

/*
 * The table's sort comparators live inside components/table/DataExplorer.tsx (a client module, not exported), so
 * nothing is moved: this builds a TanStack v9 table with the same features (sorting + pagination, the same sortFns
 * registry) and the same sortable column defs (sv-SE collator on labels/titles, numeric year with sortUndefined
 * "last"), and times TanStack's own row pipeline (core → sorted → paginated), as the component does on each change.
 */
const features = tableFeatures({
  coreReactivityFeature: storeReactivityBindings(),
  rowSortingFeature,
  rowPaginationFeature,
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text },
});
const helper = createColumnHelper<typeof features, DataRow>();
const svCompare = new Intl.Collator("sv-SE").compare;
const columns = helper.columns([
  helper.accessor("regionLabel", { id: "region", sortFn: (a, b) => DATA_ROW_COMPARE.region(a.original, b.original) }),
  helper.accessor("themeLabel", { id: "tema", sortFn: (a, b) => DATA_ROW_COMPARE.tema(a.original, b.original) }),
  helper.accessor("kind", { id: "typ" }),
  helper.accessor("title", { id: "titel", sortFn: (a, b) => DATA_ROW_COMPARE.titel(a.original, b.original) }),
  helper.accessor("summary", { id: "sammanfattning", enableSorting: false }),
  helper.accessor("figures", { id: "siffror", enableSorting: false }),
  helper.accessor((r) => r.year ?? undefined, { id: "ar", sortUndefined: "last", sortFn: (a, b) => DATA_ROW_COMPARE.ar(a.original, b.original) }),
  helper.accessor("sourceTitle", { id: "kalla", enableSorting: false }),
]);

/** Build the table for these rows and run the row pipeline; returns the visible page (25 rows) and the sorted rows. */
function tanstackSortPage(rows: DataRow[], sortId: string) {
  const table = constructTable({
    features, columns, data: rows,
    state: { sorting: [{ id: sortId, desc: false }], pagination: { pageIndex: 0, pageSize: 25 } },
    enableMultiSort: false, autoResetPageIndex: false,
  });
  const page = table.getRowModel().rows;
  return { page, sorted: table.getSortedRowModel().rows };
}

const FILTER: Pick<DataViewState, "region" | "tema" | "typ" | "ar" | "q"> = { region: "09", tema: null, typ: "insats", ar: null, q: "bredband" };
export const TIMING_SIZES = [1_000, 10_000, 100_000];

type Timing = { median: number; p95: number; min: number; mean: number; reps: number };
type SizeTiming = {
  size: number; filteredRows: number;
  filterOnly: Timing; filterPlusTanstackSort: Timing; filterPlusArraySort: Timing; tanstackSortAllRows: Timing;
};

/** Warm-up: at least minWarmup calls and, for fast cases, until 150 ms have passed (so the JIT has optimised fn). */
function time(reps: number, minWarmup: number, fn: () => number): Timing {
  let sink = 0;
  const w0 = performance.now();
  for (let i = 0; i < minWarmup || (performance.now() - w0 < 150 && i < 500); i++) sink += fn();
  const xs: number[] = [];
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    sink += fn();
    xs.push(performance.now() - t0);
  }
  if (sink === -1) console.log(""); // keep the work observable
  return { median: median(xs), p95: percentile(xs, 95), min: Math.min(...xs), mean: xs.reduce((a, b) => a + b, 0) / xs.length, reps };
}

function isSortedByTitle(rows: DataRow[]): boolean {
  for (let i = 1; i < rows.length; i++) if (svCompare(rows[i - 1].title, rows[i].title) > 0) return false;
  return true;
}

export function tableTiming(reps: number) {
  const out: SizeTiming[] = [];
  // Global JIT warm-up on a separate set, so the first (smallest) size isn't measured with colder code than the rest.
  const warmRows = syntheticRows(2_000, 7);
  const w0 = performance.now();
  while (performance.now() - w0 < 500) {
    tanstackSortPage(filterRows(warmRows, FILTER), "titel");
    tanstackSortPage(warmRows.slice(), "titel");
    filterRows(warmRows, FILTER).sort((a, b) => svCompare(a.title, b.title));
  }
  for (const size of TIMING_SIZES) {
    const rows = syntheticRows(size);
    const filtered = filterRows(rows, FILTER);
    // Sanity (not a timing check): TanStack's sorted model really sorts by the collator.
    if (!isSortedByTitle(tanstackSortPage(filtered, "titel").sorted.map((r) => r.original))) throw new Error("TanStack sort produced an unsorted result");
    const warm = 5;
    const t: SizeTiming = {
      size, filteredRows: filtered.length,
      filterOnly: time(reps, warm, () => filterRows(rows, FILTER).length),
      filterPlusTanstackSort: time(reps, warm, () => tanstackSortPage(filterRows(rows, FILTER), "titel").page.length),
      filterPlusArraySort: time(reps, warm, () => filterRows(rows, FILTER).sort((a, b) => svCompare(a.title, b.title)).length),
      tanstackSortAllRows: time(reps, size >= 100_000 ? 2 : warm, () => tanstackSortPage(rows.slice(), "titel").page.length),
    };
    out.push(t);
    console.log(`  ${size.toLocaleString("sv-SE")} rows done (${filtered.length} after filter)`);
  }
  const by = (n: number) => out.find((o) => o.size === n)!;
  const r = (k: keyof Omit<SizeTiming, "size" | "filteredRows">) => ({
    "10k/1k": by(10_000)[k].median / by(1_000)[k].median,
    "100k/10k": by(100_000)[k].median / by(10_000)[k].median,
  });
  return {
    filter: FILTER,
    sortBy: "titel (Intl.Collator sv-SE), ascending; page size 25",
    note: "Node.js in-process timing (not a browser); wall-clock performance.now(); rows from a seeded mulberry32 generator.",
    sizes: out,
    ratios: {
      filterOnly: r("filterOnly"), filterPlusTanstackSort: r("filterPlusTanstackSort"),
      filterPlusArraySort: r("filterPlusArraySort"), tanstackSortAllRows: r("tanstackSortAllRows"),
    },
    target: {
      target: "filter + sort of 10 000 records under 16 ms median",
      measuredMedianMs: by(10_000).filterPlusTanstackSort.median,
      met: by(10_000).filterPlusTanstackSort.median < 16,
      worstCaseNoFilterMedianMs: by(10_000).tanstackSortAllRows.median,
    },
  };
}
export type TimingResult = ReturnType<typeof tableTiming>;
