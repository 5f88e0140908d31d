"use client";
import { DATA_ROW_COMPARE } from "@/lib/derive/data-sort";
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import {
  columnVisibilityFeature,
  createColumnHelper,
  createPaginatedRowModel,
  createSortedRowModel,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_text,
  tableFeatures,
  useTable,
} from "@tanstack/react-table";
import { filterRows, type DataRow } from "@/lib/derive/table-rows";
import {
  DATA_COLUMNS, DEFAULT_DATA_VIEW, PAGE_SIZES, parseDataView, serializeDataView,
  type DataColumn, type DataViewState, type SortColumn,
} from "@/lib/url-state";
import { KIND_LABELS } from "@/lib/labels";
import { KINDS } from "@/lib/kinds";
import { ariaSort, SortButton } from "./SortHeader";
import { dataTableExport } from "@/lib/export/table-rows";
import { CSV_EXCEL, CSV_STANDARD, toCsv } from "@/lib/export/csv";
import { exportFilename } from "@/lib/export/filename";
import { downloadBlob } from "@/components/export/download";

const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  rowPaginationFeature,
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text },
});

const helper = createColumnHelper<typeof features, DataRow>();

const COLUMN_LABELS: Record<DataColumn, string> = {
  region: "Region", tema: "Tema", typ: "Typ", titel: "Titel", sammanfattning: "Sammanfattning",
  siffror: "Siffror", ar: "År", kalla: "Källa",
};

const columns = helper.columns([
  helper.accessor("regionLabel", { id: "region", header: COLUMN_LABELS.region, sortFn: (a, b) => DATA_ROW_COMPARE.region(a.original, b.original) }),
  helper.accessor("themeLabel", { id: "tema", header: COLUMN_LABELS.tema, sortFn: (a, b) => DATA_ROW_COMPARE.tema(a.original, b.original) }),
  helper.accessor("kind", {
    id: "typ", header: COLUMN_LABELS.typ,
    cell: (c) => <span className={`tag tag-${c.getValue()}`}>{KIND_LABELS[c.getValue()].sv}</span>,
  }),
  helper.accessor("title", {
    id: "titel", header: COLUMN_LABELS.titel, sortFn: (a, b) => DATA_ROW_COMPARE.titel(a.original, b.original),
    cell: (c) => (
      <>
        <strong>{c.getValue()}</strong>
        {c.row.original.actor ? <div className="small muted">Aktör: {c.row.original.actor}</div> : null}
      </>
    ),
  }),
  helper.accessor("summary", { id: "sammanfattning", header: COLUMN_LABELS.sammanfattning, enableSorting: false }),
  helper.accessor("figures", {
    id: "siffror", header: COLUMN_LABELS.siffror, enableSorting: false,
    cell: (c) => c.getValue() || <span className="muted">–</span>,
  }),
  helper.accessor((r) => r.year ?? undefined, {
    id: "ar", header: COLUMN_LABELS.ar, sortUndefined: "last",
    sortFn: (a, b) => DATA_ROW_COMPARE.ar(a.original, b.original),
    cell: (c) => c.row.original.year ?? <span className="muted" title="Källan anger inget år">Uppgift saknas</span>,
  }),
  helper.accessor("sourceTitle", {
    id: "kalla", header: COLUMN_LABELS.kalla, enableSorting: false,
    cell: (c) => (
      <a href={c.row.original.sourceUrl} rel="noopener noreferrer" target="_blank">
        {c.getValue()}<span className="visually-hidden"> (öppnas i ny flik)</span>
      </a>
    ),
  }),
]);

type Option = { value: string; label: string };

export type DataExplorerProps = {
  rows: DataRow[];
  regions: Option[];
  themes: Option[];
  years: number[];
  caption: string;
};

/** Reads the view from the URL and writes every change back (push: Back/Forward restore the previous view). */
export function DataExplorerFromUrl(props: DataExplorerProps) {
  const sp = useSearchParams();
  const router = useRouter();
  const pathname = usePathname();
  const [, startTransition] = useTransition();
  const known = useMemo(() => ({ regions: props.regions.map((r) => r.value), themes: props.themes.map((t) => t.value) }), [props.regions, props.themes]);
  const state = useMemo(() => parseDataView(new URLSearchParams(sp?.toString() ?? ""), known), [sp, known]);
  const onChange = (next: DataViewState) => {
    startTransition(() => router.push(pathname + serializeDataView(next), { scroll: false }));
  };
  return <DataExplorer {...props} state={state} onChange={onChange} />;
}

export function DataExplorer({ rows, regions, themes, years, caption, state, onChange }: DataExplorerProps & {
  state: DataViewState;
  onChange?: (s: DataViewState) => void;
}) {
  const set = (patch: Partial<DataViewState>, resetPage = true) =>
    onChange?.({ ...state, ...patch, ...(resetPage ? { sida: 1 } : {}) });

  const filtered = useMemo(() => filterRows(rows, state), [rows, state]);
  const pageCount = Math.max(1, Math.ceil(filtered.length / state.antal));
  const page = Math.min(state.sida, pageCount);

  const table = useTable({
    features,
    columns,
    data: filtered,
    state: {
      sorting: state.sort ? [{ id: state.sort.id, desc: state.sort.desc }] : [],
      pagination: { pageIndex: page - 1, pageSize: state.antal },
      columnVisibility: Object.fromEntries(state.dolj.map((c) => [c, false])),
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

  const from = filtered.length === 0 ? 0 : (page - 1) * state.antal + 1;
  const to = Math.min(filtered.length, page * state.antal);
  const countText =
    filtered.length === 0
      ? "Inga poster matchar filtren."
      : `Visar ${from}–${to} av ${filtered.length} poster` + (filtered.length !== rows.length ? ` (av totalt ${rows.length})` : "") + ".";

  const anyFilter = state.region || state.tema || state.typ || state.ar !== null || state.q;

  return (
    <div>
      <form
        className="filters" role="search" aria-label="Filtrera poster" onSubmit={(e) => e.preventDefault()}
        data-ready={onChange ? "" : undefined}
      >
        {regions.length > 1 ? (
          <Select id="f-region" label="Region" value={state.region ?? ""} options={regions} onChange={(v) => set({ region: v || null })} />
        ) : null}
        {themes.length > 1 ? (
          <Select id="f-tema" label="Tema" value={state.tema ?? ""} options={themes} onChange={(v) => set({ tema: v || null })} />
        ) : null}
        <Select
          id="f-typ" label="Typ" value={state.typ ?? ""}
          options={KINDS.map((k) => ({ value: k, label: KIND_LABELS[k].sv }))}
          onChange={(v) => set({ typ: (v || null) as DataViewState["typ"] })}
        />
        <Select
          id="f-ar" label="År" value={state.ar === null ? "" : String(state.ar)}
          options={[...years.map((y) => ({ value: String(y), label: String(y) })), { value: "saknas", label: "År saknas" }]}
          onChange={(v) => set({ ar: v === "" ? null : v === "saknas" ? "saknas" : Number(v) })}
        />
        <SearchBox value={state.q} onCommit={(q) => set({ q })} />
        {anyFilter ? (
          <button type="button" className="btn" onClick={() => onChange?.({ ...DEFAULT_DATA_VIEW, sort: state.sort, dolj: state.dolj, antal: state.antal })}>
            Rensa filter
          </button>
        ) : null}
      </form>

      <fieldset className="columns-toggle no-print">
        <legend>Visa kolumner</legend>
        {DATA_COLUMNS.filter((c) => c !== "titel").map((c) => (
          <label key={c}>
            <input
              type="checkbox"
              checked={!state.dolj.includes(c)}
              onChange={(e) => set({ dolj: e.target.checked ? state.dolj.filter((d) => d !== c) : [...state.dolj, c] }, false)}
            />{" "}
            {COLUMN_LABELS[c]}
          </label>
        ))}
      </fieldset>

      <p className="result-count" role="status" aria-live="polite" aria-atomic="true">{countText}</p>

      <div className="table-wrap">
        <table>
          <caption>{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const label = COLUMN_LABELS[header.column.id as DataColumn];
                  const canSort = header.column.getCanSort();
                  return (
                    <th key={header.id} scope="col" aria-sort={canSort ? ariaSort(sorted) : undefined} className={header.column.id === "ar" ? "num" : undefined}>
                      {canSort ? <SortButton label={label} sorted={sorted} onClick={() => header.column.toggleSorting(sorted === "asc")} /> : label}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <tbody>
            {table.getRowModel().rows.map((row) => (
              <tr key={row.id}>
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={cell.column.id === "ar" ? "num" : `col-${cell.column.id}`}>
                    <table.FlexRender cell={cell} />
                  </td>
                ))}
              </tr>
            ))}
            {filtered.length === 0 ? (
              <tr>
                <td colSpan={table.getVisibleLeafColumns().length}>Inga poster matchar filtren. Prova att ta bort ett filter.</td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>

      <DownloadSelection
        caption={caption}
        count={filtered.length}
        getRows={() => table.getPrePaginatedRowModel().rows.map((r) => r.original)}
        hidden={state.dolj}
        selection={[state.region, state.tema, state.typ, state.ar, state.q].filter((x) => x !== null && x !== "").join("-")}
      />

      <nav className="pager" aria-label="Sidor">
        <button type="button" className="btn" disabled={page <= 1} onClick={() => set({ sida: page - 1 }, false)}>
          Föregående
        </button>
        <span>Sida {page} av {pageCount}</span>
        <button type="button" className="btn" disabled={page >= pageCount} onClick={() => set({ sida: page + 1 }, false)}>
          Nästa
        </button>
        <Select
          id="f-antal" label="Poster per sida" value={String(state.antal)} includeAll={false}
          options={PAGE_SIZES.map((n) => ({ value: String(n), label: String(n) }))}
          onChange={(v) => set({ antal: Number(v) as DataViewState["antal"] })}
        />
      </nav>
    </div>
  );
}

function Select({ id, label, value, options, onChange, includeAll = true }: {
  id: string; label: string; value: string; options: Option[]; onChange: (v: string) => void; includeAll?: boolean;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {includeAll ? <option value="">Alla</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

/** Typing is local; the URL is updated after a short pause or on Enter. */
function SearchBox({ value, onCommit }: { value: string; onCommit: (q: string) => void }) {
  const [text, setText] = useState(value);
  const last = useRef(value);
  useEffect(() => {
    if (value !== last.current) {
      last.current = value;
      setText(value);
    }
  }, [value]);
  useEffect(() => {
    if (text === last.current) return;
    const t = setTimeout(() => {
      last.current = text;
      onCommit(text);
    }, 400);
    return () => clearTimeout(t);
  }, [text, onCommit]);
  return (
    <div className="field">
      <label htmlFor="f-q">Sök i text</label>
      <input
        id="f-q" type="search" value={text} placeholder="t.ex. bredband"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            const typed = e.currentTarget.value;
            last.current = typed;
            setText(typed);
            onCommit(typed);
          }
        }}
      />
    </div>
  );
}

/** "What you see is what you download": every filtered row in the current sort order, visible columns only. */
function DownloadSelection({ caption, count, getRows, hidden, selection }: {
  caption: string; count: number; getRows: () => DataRow[]; hidden: string[]; selection: string;
}) {
  const [status, setStatus] = useState("");
  const save = async (format: "csv" | "csv-excel" | "xlsx") => {
    const { columns, rows } = dataTableExport(getRows(), hidden);
    const name = exportFilename({ page: "data", selection: selection || "alla-poster", ext: format === "xlsx" ? "xlsx" : "csv" });
    if (format === "xlsx") {
      const { toXlsx, XLSX_MIME } = await import("@/lib/export/xlsx");
      const bytes = toXlsx(columns, rows, {
        title: caption, subtitle: `${count} poster`, description: `${caption}: ${count} poster i den ordning tabellen visar.`,
        sources: [], notes: ["Varje rad har sin egen källa i kolumnerna Källa och Källans adress."], link: window.location.href, exportedAt: new Date(),
      });
      downloadBlob(bytes as BlobPart, XLSX_MIME, name);
    } else {
      downloadBlob(toCsv(columns, rows, format === "csv" ? CSV_STANDARD : CSV_EXCEL), "text/csv;charset=utf-8", name);
    }
    setStatus("Nedladdningen är klar.");
  };
  return (
    <div className="download-selection no-print">
      <span className="label">Ladda ner urvalet ({count} poster):</span>{" "}
      <button type="button" className="btn" onClick={() => void save("csv")} aria-label={`Ladda ner urvalet, ${count} poster, som CSV`}>CSV</button>{" "}
      <button type="button" className="btn" onClick={() => void save("csv-excel")} aria-label={`Ladda ner urvalet, ${count} poster, som CSV för Excel`}>CSV för Excel</button>{" "}
      <button type="button" className="btn" onClick={() => void save("xlsx")} aria-label={`Ladda ner urvalet, ${count} poster, som Excel (XLSX)`}>Excel</button>{" "}
      <a className="btn-link" href="/nedladdning/regionlaget-data.zip" download>Hela datamängden (ZIP)</a>
      <span className="visually-hidden" role="status">{status}</span>
    </div>
  );
}
