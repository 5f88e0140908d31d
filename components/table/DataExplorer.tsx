"use client";
import { DATA_ROW_COMPARE } from "@/lib/derive/data-sort";
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, useTransition } from "react";
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
import { KINDS, SOURCE_TYPES } from "@/lib/kinds";
import { SOURCE_TYPE_LABELS } from "@/lib/labels";
import { PERIOD_FILTERS } from "@/lib/url-state";
import { ariaSort, SortButton } from "./SortHeader";
import { dataTableExport } from "@/lib/export/table-rows";
import { CSV_EXCEL, CSV_STANDARD, toCsv } from "@/lib/export/csv";
import { exportFilename } from "@/lib/export/filename";
import { downloadBlob } from "@/components/export/download";
import { InSwedish } from "@/components/layout/InSwedish";
import { LOCALE, missingText, translator, type Lang } from "@/lib/i18n";
import { formatNumber } from "@/lib/format";
import { takeEarlyChanges } from "@/lib/early-changes";
import type { ExportCell, ExportColumn, ExportRow } from "@/lib/export/types";
import type { ReactNode } from "react";

const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  rowPaginationFeature,
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text },
});

const helper = createColumnHelper<typeof features, DataRow>();

const COLUMN_LABELS: Record<Lang, Record<DataColumn, string>> = {
  sv: {
    region: "Region", tema: "Tema", typ: "Typ", titel: "Titel", sammanfattning: "Sammanfattning",
    siffror: "Siffror", ar: "År", kalla: "Källa",
  },
  en: {
    region: "Region", tema: "Theme", typ: "Type", titel: "Title", sammanfattning: "Summary",
    siffror: "Figures", ar: "Year", kalla: "Source",
  },
};

/** Record texts exist only in Swedish: plain in Swedish, marked lang="sv" (quietly, inside cells) in English. */
function swedish(lang: Lang, node: ReactNode): ReactNode {
  return lang === "sv" ? node : <InSwedish lang={lang} quiet>{node}</InSwedish>;
}

/**
 * Region and theme sort by the name shown. Swedish keeps the shared comparators (lib/derive/data-sort); English
 * compares the same shown labels in English collation. Titles are Swedish text and sort the Swedish way in both.
 */
const enCompare = new Intl.Collator(LOCALE.en).compare;

function makeColumns(lang: Lang) {
  const t = translator(lang);
  const labels = COLUMN_LABELS[lang];
  return helper.columns([
    helper.accessor("regionLabel", {
      id: "region", header: labels.region,
      sortFn: lang === "en"
        ? (a, b) => enCompare(a.original.regionLabel, b.original.regionLabel)
        : (a, b) => DATA_ROW_COMPARE.region(a.original, b.original),
    }),
    helper.accessor("themeLabel", {
      id: "tema", header: labels.tema,
      sortFn: lang === "en"
        ? (a, b) => enCompare(a.original.themeLabel, b.original.themeLabel)
        : (a, b) => DATA_ROW_COMPARE.tema(a.original, b.original),
    }),
    helper.accessor("kind", {
      id: "typ", header: labels.typ,
      cell: (c) => <span className={`tag tag-${c.getValue()}`}>{KIND_LABELS[c.getValue()][lang]}</span>,
    }),
    helper.accessor("title", {
      id: "titel", header: labels.titel, sortFn: (a, b) => DATA_ROW_COMPARE.titel(a.original, b.original),
      cell: (c) => (
        <>
          <strong>{swedish(lang, c.getValue())}</strong>
          {c.row.original.actor ? <div className="small muted">{t("Aktör", "Actor")}: {swedish(lang, c.row.original.actor)}</div> : null}
        </>
      ),
    }),
    helper.accessor("summary", {
      id: "sammanfattning", header: labels.sammanfattning, enableSorting: false,
      cell: (c) => swedish(lang, c.getValue()),
    }),
    helper.accessor("figures", {
      id: "siffror", header: labels.siffror, enableSorting: false,
      cell: (c) => (c.getValue() ? swedish(lang, c.getValue()) : <span className="muted">–</span>),
    }),
    helper.accessor((r) => r.year ?? undefined, {
      id: "ar", header: labels.ar, sortUndefined: "last",
      sortFn: (a, b) => DATA_ROW_COMPARE.ar(a.original, b.original),
      cell: (c) =>
        c.row.original.year ?? <span className="muted" title={t("Källan anger inget år", "The source gives no year")}>{missingText(lang)}</span>,
    }),
    helper.accessor("sourceTitle", {
      id: "kalla", header: labels.kalla, enableSorting: false,
      // The source type next to the link (issue 15); mirror and third party get a dashed outline.
      cell: (c) => (<>
        <a href={c.row.original.sourceUrl} rel="noopener noreferrer" target="_blank">
          {swedish(lang, c.getValue())}<span className="visually-hidden">{t(" (öppnas i ny flik)", " (opens in a new tab)")}</span>
        </a>{" "}
        <span className={`source-type source-type-${c.row.original.sourceType}`}>{SOURCE_TYPE_LABELS[c.row.original.sourceType][lang]}</span>
      </>),
    }),
  ]);
}

const COLUMNS: Record<Lang, ReturnType<typeof makeColumns>> = { sv: makeColumns("sv"), en: makeColumns("en") };

type Option = { value: string; label: string };

export type DataExplorerProps = {
  rows: DataRow[];
  regions: Option[];
  themes: Option[];
  years: number[];
  /** Already in the page's language. */
  caption: string;
  lang: Lang;
};

/** What each filter control, by id, changes in the view. The form's handlers and the early-change replay share it. */
const FIELD_PATCH: Record<string, (v: string) => Partial<DataViewState>> = {
  "f-region": (v) => ({ region: v || null }),
  "f-tema": (v) => ({ tema: v || null }),
  "f-typ": (v) => ({ typ: (v || null) as DataViewState["typ"] }),
  "f-ar": (v) => ({ ar: v === "" ? null : v === "saknas" ? "saknas" : Number(v) }),
  "f-period": (v) => ({ period: (v || null) as DataViewState["period"] }),
  "f-kalla": (v) => ({ kalla: (v || null) as DataViewState["kalla"] }),
  "f-q": (v) => ({ q: v }),
};

/** The early filter changes (lib/early-changes) of the controls this form knows, as one view patch. */
function earlyPatch(): Partial<DataViewState> | null {
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
 * The records table with its filters, as pages use it: reads the view from the URL and writes every change back
 * (push: Back/Forward restore the previous view). `lang` is the page's language.
 *
 * The pages are static, so the server renders the default view (the table is never blank, also without JavaScript). The table hydrates with that view as it is, and only
 * `SearchParamsReporter` (which uses useSearchParams and so must render on the client) sits in a Suspense boundary.
 * When it has read the address, the view follows it in a transition: React renders that in short slices, so a
 * shared link with filters does not block the page, and an address without a query changes nothing visible.
 * Before that the form has no `data-ready`. Filters changed before then (also before React has loaded, by a reader on
 * a slow phone) are recorded by lib/early-changes and applied on top of the address as soon as it has been read.
 */
export function DataExplorerFromUrl(props: DataExplorerProps) {
  const router = useRouter();
  const pathname = usePathname();
  const [, startTransition] = useTransition();
  /** null until the address has been read: the default view, exactly as the server rendered it. */
  const [search, setSearch] = useState<string | null>(null);
  const onSearch = useCallback((s: string) => startTransition(() => setSearch(s)), []);
  const known = useMemo(() => ({ regions: props.regions.map((r) => r.value), themes: props.themes.map((t) => t.value) }), [props.regions, props.themes]);
  const state = useMemo(() => (search === null ? DEFAULT_DATA_VIEW : parseDataView(new URLSearchParams(search), known)), [search, known]);
  const onChange = useCallback((next: DataViewState) => {
    startTransition(() => router.push(pathname + serializeDataView(next), { scroll: false }));
  }, [router, pathname]);
  useEffect(() => {
    if (search === null) return;
    const early = earlyPatch();
    if (early) onChange({ ...state, ...early, sida: 1 });
  }, [search, state, onChange]);
  return (
    <>
      <Suspense fallback={null}>
        <SearchParamsReporter onSearch={onSearch} />
      </Suspense>
      <DataExplorer {...props} state={state} onChange={search === null ? undefined : onChange} />
    </>
  );
}

export function DataExplorer({ rows, regions, themes, years, caption, lang, state, onChange }: DataExplorerProps & {
  state: DataViewState;
  onChange?: (s: DataViewState) => void;
}) {
  const t = translator(lang);
  /** Swedish keeps its plain digits ("1234"), exactly as before; English groups them ("1,234"). */
  const num = (n: number) => (lang === "en" ? formatNumber(n, 0, "en") : String(n));
  const records = (n: number) => (lang === "en" ? (n === 1 ? "record" : "records") : "poster");
  const set = (patch: Partial<DataViewState>, resetPage = true) =>
    onChange?.({ ...state, ...patch, ...(resetPage ? { sida: 1 } : {}) });

  const filtered = useMemo(() => filterRows(rows, state), [rows, state]);
  const pageCount = Math.max(1, Math.ceil(filtered.length / state.antal));
  const page = Math.min(state.sida, pageCount);

  const table = useTable({
    features,
    columns: COLUMNS[lang],
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
      ? t("Inga poster matchar filtren.", "No records match the filters.")
      : lang === "en"
        ? `Showing ${num(from)}–${num(to)} of ${num(filtered.length)} ${records(filtered.length)}`
          + (filtered.length !== rows.length ? ` (out of ${num(rows.length)} in total)` : "") + "."
        : `Visar ${from}–${to} av ${filtered.length} poster` + (filtered.length !== rows.length ? ` (av totalt ${rows.length})` : "") + ".";
  const allLabel = t("Alla", "All");

  const anyFilter = state.region || state.tema || state.typ || state.ar !== null || state.period || state.kalla || state.q;
  const periodLabels: Record<(typeof PERIOD_FILTERS)[number], string> = {
    "2023": t("Gjort 2023", "Done in 2023"), "2022-2024": "2022–2024", aldre: t("Äldre än 2022", "Before 2022"), "i-kraft": t("Gäller 2023 (strategier, planer)", "In force in 2023 (strategies, plans)"),
  };

  return (
    <div>
      <form
        className="filters needs-js" role="search" aria-label={t("Filtrera poster", "Filter records")} onSubmit={(e) => e.preventDefault()}
        data-ready={onChange ? "" : undefined} data-early-changes=""
      >
        {regions.length > 1 ? (
          <Select id="f-region" label={t("Region", "Region")} allLabel={allLabel} value={state.region ?? ""} options={regions} onChange={(v) => set(FIELD_PATCH["f-region"](v))} />
        ) : null}
        {themes.length > 1 ? (
          <Select id="f-tema" label={t("Tema", "Theme")} allLabel={allLabel} value={state.tema ?? ""} options={themes} onChange={(v) => set(FIELD_PATCH["f-tema"](v))} />
        ) : null}
        <Select
          id="f-typ" label={t("Typ", "Type")} allLabel={allLabel} value={state.typ ?? ""}
          options={KINDS.map((k) => ({ value: k, label: KIND_LABELS[k][lang] }))}
          onChange={(v) => set(FIELD_PATCH["f-typ"](v))}
        />
        <Select
          id="f-ar" label={t("År", "Year")} allLabel={allLabel} value={state.ar === null ? "" : String(state.ar)}
          options={[...years.map((y) => ({ value: String(y), label: String(y) })), { value: "saknas", label: t("År saknas", "No year") }]}
          onChange={(v) => set(FIELD_PATCH["f-ar"](v))}
        />
        <Select
          id="f-period" label={t("Period", "Period")} allLabel={allLabel} value={state.period ?? ""}
          options={PERIOD_FILTERS.map((p) => ({ value: p, label: periodLabels[p] }))}
          onChange={(v) => set(FIELD_PATCH["f-period"](v))}
        />
        <Select
          id="f-kalla" label={t("Slag av källa", "Kind of source")} allLabel={allLabel} value={state.kalla ?? ""}
          options={SOURCE_TYPES.map((k) => ({ value: k, label: SOURCE_TYPE_LABELS[k][lang] }))}
          onChange={(v) => set(FIELD_PATCH["f-kalla"](v))}
        />
        <SearchBox lang={lang} value={state.q} onCommit={(q) => set(FIELD_PATCH["f-q"](q))} />
        {anyFilter ? (
          <button type="button" className="btn" onClick={() => onChange?.({ ...DEFAULT_DATA_VIEW, sort: state.sort, dolj: state.dolj, antal: state.antal })}>
            {t("Rensa filter", "Clear filters")}
          </button>
        ) : null}
      </form>

      <fieldset className="columns-toggle no-print needs-js">
        <legend>{t("Visa kolumner", "Show columns")}</legend>
        {DATA_COLUMNS.filter((c) => c !== "titel").map((c) => (
          <label key={c}>
            <input
              type="checkbox"
              checked={!state.dolj.includes(c)}
              onChange={(e) => set({ dolj: e.target.checked ? state.dolj.filter((d) => d !== c) : [...state.dolj, c] }, false)}
            />{" "}
            {COLUMN_LABELS[lang][c]}
          </label>
        ))}
      </fieldset>

      <noscript>
        <p className="notice">
          {filtered.length > state.antal
            ? t(
                `Filtren, sorteringen och bläddringen behöver JavaScript, som inte körs i din webbläsare. Här visas de ${state.antal} första posterna. Alla poster finns i `,
                `The filters, sorting and paging need JavaScript, which is not running in your browser. The first ${state.antal} records are shown here. All records are in `,
              )
            : t(
                "Filtren och sorteringen behöver JavaScript, som inte körs i din webbläsare. Alla poster finns också i ",
                "The filters and sorting need JavaScript, which is not running in your browser. All records are also in ",
              )}
          <a href="/nedladdning/regionlaget-data.zip" download>{t("hela datamängden (ZIP)", "the full dataset (ZIP)")}</a>.
        </p>
      </noscript>
      <p className="result-count" role="status" aria-live="polite" aria-atomic="true">{countText}</p>
      {lang === "en" ? <p className="small muted">Record texts are in Swedish, as reported by the regions.</p> : null}

      <div className="table-wrap">
        <table>
          <caption>{caption}</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id}>
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const label = COLUMN_LABELS[lang][header.column.id as DataColumn];
                  const canSort = header.column.getCanSort();
                  return (
                    <th key={header.id} scope="col" aria-sort={canSort ? ariaSort(sorted) : undefined} className={header.column.id === "ar" ? "num" : undefined}>
                      {canSort ? <SortButton lang={lang} label={label} sorted={sorted} onClick={() => header.column.toggleSorting(sorted === "asc")} /> : label}
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
                <td colSpan={table.getVisibleLeafColumns().length}>
                  {t("Inga poster matchar filtren. Prova att ta bort ett filter.", "No records match the filters. Try removing a filter.")}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>

      <DownloadSelection
        lang={lang}
        caption={caption}
        count={filtered.length}
        getRows={() => table.getPrePaginatedRowModel().rows.map((r) => r.original)}
        hidden={state.dolj}
        selection={[state.region, state.tema, state.typ, state.ar, state.period, state.kalla, state.q].filter((x) => x !== null && x !== "").join("-")}
      />

      <nav className="pager needs-js" aria-label={t("Sidor", "Pages")}>
        <button type="button" className="btn" disabled={page <= 1} onClick={() => set({ sida: page - 1 }, false)}>
          {t("Föregående", "Previous")}
        </button>
        <span>{lang === "en" ? `Page ${num(page)} of ${num(pageCount)}` : <>Sida {page} av {pageCount}</>}</span>
        <button type="button" className="btn" disabled={page >= pageCount} onClick={() => set({ sida: page + 1 }, false)}>
          {t("Nästa", "Next")}
        </button>
        <Select
          id="f-antal" label={t("Poster per sida", "Records per page")} allLabel={allLabel} value={String(state.antal)} includeAll={false}
          options={PAGE_SIZES.map((n) => ({ value: String(n), label: String(n) }))}
          onChange={(v) => set({ antal: Number(v) as DataViewState["antal"] })}
        />
      </nav>
    </div>
  );
}

function Select({ id, label, allLabel, value, options, onChange, includeAll = true }: {
  id: string; label: string; allLabel: string; value: string; options: Option[]; onChange: (v: string) => void; includeAll?: boolean;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {includeAll ? <option value="">{allLabel}</option> : null}
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

/** Typing is local; the URL is updated after a short pause or on Enter. */
function SearchBox({ lang, value, onCommit }: { lang: Lang; value: string; onCommit: (q: string) => void }) {
  const t = translator(lang);
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
      <label htmlFor="f-q">{t("Sök i text", "Search text")}</label>
      <input
        id="f-q" type="search" value={text} placeholder={t("t.ex. bredband", "e.g. bredband (broadband)")}
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

/**
 * English download: lib/export gives the English headers and "Not available"; the type is written as the table shows
 * it ("Activity", not the code "insats"). Swedish output is exactly what lib/export builds.
 */
function localiseExport(lang: Lang, table: { columns: ExportColumn[]; rows: ExportRow[] }) {
  if (lang === "sv") return table;
  const cell = (id: string, c: ExportCell): ExportCell => {
    if (id === "typ" && typeof c.v === "string" && c.v in KIND_LABELS) {
      const label = KIND_LABELS[c.v as keyof typeof KIND_LABELS].en;
      return { ...c, t: label, v: label };
    }
    return c;
  };
  return { ...table, rows: table.rows.map((r) => ({ ...r, cells: Object.fromEntries(Object.entries(r.cells).map(([id, c]) => [id, cell(id, c)])) })) };
}

/** "What you see is what you download": every filtered row in the current sort order, visible columns only. */
function DownloadSelection({ lang, caption, count, getRows, hidden, selection }: {
  lang: Lang; caption: string; count: number; getRows: () => DataRow[]; hidden: string[]; selection: string;
}) {
  const t = translator(lang);
  const [status, setStatus] = useState("");
  // Swedish exactly as before ("193 poster"); English "193 records", grouped digits.
  const n = lang === "en" ? `${formatNumber(count, 0, "en")} ${count === 1 ? "record" : "records"}` : `${count} poster`;
  const save = async (format: "csv" | "csv-excel" | "xlsx") => {
    const { columns, rows } = localiseExport(lang, dataTableExport(getRows(), hidden, lang));
    const name = exportFilename({
      page: "data", selection: selection || t("alla-poster", "all-records"), ext: format === "xlsx" ? "xlsx" : "csv",
    });
    if (format === "xlsx") {
      const { toXlsx, XLSX_MIME } = await import("@/lib/export/xlsx");
      const bytes = toXlsx(columns, rows, {
        title: caption, subtitle: n,
        description: t(`${caption}: ${n} i den ordning tabellen visar.`, `${caption}: ${n} in the order the table shows them.`),
        sources: [],
        notes: [t(
          "Varje rad har sin egen källa i kolumnerna Källa och Källans adress.",
          "Each row has its own source in the columns Source and Source URL. Record texts are in Swedish, as reported by the regions.",
        )],
        link: window.location.href, exportedAt: new Date(), lang,
      });
      downloadBlob(bytes as BlobPart, XLSX_MIME, name);
    } else {
      downloadBlob(toCsv(columns, rows, format === "csv" ? CSV_STANDARD : CSV_EXCEL), "text/csv;charset=utf-8", name);
    }
    setStatus(t("Nedladdningen är klar.", "The download is complete."));
  };
  return (
    <div className="download-selection no-print">
      {/* The selection is written in the browser; the whole dataset is a plain link that works without JavaScript. */}
      <span className="needs-js">
      <span className="label">{t(`Ladda ner urvalet (${n}):`, `Download the selection (${n}):`)}</span>{" "}
      <button type="button" className="btn" onClick={() => void save("csv")} aria-label={t(`Ladda ner urvalet, ${n}, som CSV`, `Download the selection, ${n}, as CSV`)}>CSV</button>{" "}
      <button type="button" className="btn" onClick={() => void save("csv-excel")} aria-label={t(`Ladda ner urvalet, ${n}, som CSV för Excel`, `Download the selection, ${n}, as CSV for Excel`)}>
        {t("CSV för Excel", "CSV for Excel")}
      </button>{" "}
      <button type="button" className="btn" onClick={() => void save("xlsx")} aria-label={t(`Ladda ner urvalet, ${n}, som Excel (XLSX)`, `Download the selection, ${n}, as Excel (XLSX)`)}>Excel</button>{" "}
      </span>
      <a className="btn-link" href="/nedladdning/regionlaget-data.zip" download>{t("Hela datamängden (ZIP)", "Full dataset (ZIP)")}</a>
      <span className="visually-hidden" role="status">{status}</span>
    </div>
  );
}
