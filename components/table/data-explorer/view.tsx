"use client";
/**
 * What the records table shows, the same for the client-side table (region and theme pages, a user's own file) and
 * the server-paged one (/data): filters, column choice, the count, the table, the selection download and the pager.
 * With `action` (server-paged), filters, sorting and paging are also plain GET forms, so they work without JavaScript.
 */
import type { ReactTable } from "@tanstack/react-table";
import { DATA_COLUMNS, DEFAULT_DATA_VIEW, PAGE_SIZES, type DataColumn, type DataViewState, type SortColumn } from "@/lib/url-state";
import type { DataRow } from "@/lib/derive/table-rows";
import { translator, type Lang } from "@/lib/i18n";
import { formatNumber } from "@/lib/format";
import { ariaSort, SortButton } from "../SortHeader";
import { COLUMN_LABELS, type features } from "./columns";
import { Select, SearchBox } from "./controls";
import { anyFilter, FIELD_PATCH, SEARCH_FILTER, SELECT_FILTERS, selectionName, type FilterOptions } from "./filters";
import { DownloadSelection } from "./selection-download";
import { HiddenView, ViewForm } from "./view-form";

export type ExplorerViewProps = {
  table: ReactTable<typeof features, DataRow>;
  lang: Lang;
  caption: string;
  options: FilterOptions;
  state: DataViewState;
  onChange?: (s: DataViewState) => void;
  /** Rows matching the filters, and rows in all. */
  matching: number;
  total: number;
  page: number;
  pageCount: number;
  getRows: () => DataRow[] | Promise<DataRow[]>;
  /** Columns never shown (and not offered in the column choice). */
  omit?: readonly DataColumn[];
  /** The page's own address: set for the server-paged table (forms submit to it). */
  action?: string;
  /** The form is live (JavaScript has taken over): tests and the early-change replay wait for it. */
  ready: boolean;
};

const SORT_FORM = "dx-sort";
const PAGE_FORM = "dx-pages";

export function ExplorerView({ table, lang, caption, options, state, onChange, matching, total, page, pageCount, getRows, action, ready, omit = [] }: ExplorerViewProps) {
  const t = translator(lang);
  const served = action !== undefined;
  /** Swedish keeps its plain digits ("1234"), exactly as before; English groups them ("1,234"). */
  const num = (n: number) => (lang === "en" ? formatNumber(n, 0, "en") : String(n));
  const records = (n: number) => (lang === "en" ? (n === 1 ? "record" : "records") : "poster");
  const set = (patch: Partial<DataViewState>, resetPage = true) =>
    onChange?.({ ...state, ...patch, ...(resetPage ? { sida: 1 } : {}) });

  const from = matching === 0 ? 0 : (page - 1) * state.antal + 1;
  const to = Math.min(matching, page * state.antal);
  const countText =
    matching === 0
      ? t("Inga poster matchar filtren.", "No records match the filters.")
      : lang === "en"
        ? `Showing ${num(from)}–${num(to)} of ${num(matching)} ${records(matching)}`
          + (matching !== total ? ` (out of ${num(total)} in total)` : "") + "."
        : `Visar ${from}–${to} av ${matching} poster` + (matching !== total ? ` (av totalt ${total})` : "") + ".";
  const allLabel = t("Alla", "All");
  const jsOnly = served ? "" : " needs-js";

  return (
    <div>
      <form
        className={`filters${jsOnly}`} role="search" aria-label={t("Filtrera poster", "Filter records")}
        method={served ? "get" : undefined} action={action}
        onSubmit={(e) => e.preventDefault()}
        data-ready={ready ? "" : undefined} data-early-changes=""
      >
        {SELECT_FILTERS.filter((f) => !f.shown || f.shown(options)).map((f) => (
          <Select
            key={f.id} id={f.id} name={served ? f.param : undefined} label={f.label(lang)} allLabel={allLabel}
            value={f.value(state)} options={f.options(options, lang)} onChange={(v) => set(f.patch(v))}
          />
        ))}
        <SearchBox lang={lang} value={state.q} name={served ? SEARCH_FILTER.param : undefined} onCommit={(q) => set(FIELD_PATCH[SEARCH_FILTER.id](q))} />
        {served ? (
          <>
            <HiddenView state={state} omit={[...SELECT_FILTERS.map((f) => f.param), SEARCH_FILTER.param, "sida"]} />
            <button type="submit" className="btn no-js-only">{t("Visa urvalet", "Show selection")}</button>
          </>
        ) : null}
        {anyFilter(state) ? (
          <button type="button" className="btn needs-js" onClick={() => onChange?.({ ...DEFAULT_DATA_VIEW, sort: state.sort, dolj: state.dolj, antal: state.antal })}>
            {t("Rensa filter", "Clear filters")}
          </button>
        ) : null}
      </form>
      {served ? (
        <>
          <ViewForm id={SORT_FORM} action={action} state={state} omit={["sort", "sida"]} />
          <ViewForm id={PAGE_FORM} action={action} state={state} omit={["sida", "antal"]} />
        </>
      ) : null}

      <fieldset className="columns-toggle no-print needs-js">
        <legend>{t("Visa kolumner", "Show columns")}</legend>
        {DATA_COLUMNS.filter((c) => c !== "titel" && !omit.includes(c)).map((c) => (
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
          {served
            ? t(
                "Kolumnvalet och nedladdningen av urvalet behöver JavaScript, som inte körs i din webbläsare. Filtren, sorteringen och bläddringen fungerar ändå. Alla poster finns också i ",
                "Choosing columns and downloading the selection need JavaScript, which is not running in your browser. Filters, sorting and paging still work. All records are also in ",
              )
            : matching > state.antal
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
                  const id = header.column.id as DataColumn;
                  const label = COLUMN_LABELS[lang][id];
                  const canSort = header.column.getCanSort();
                  const submit = served ? { form: SORT_FORM, name: "sort", value: sorted === "asc" ? `-${id}` : id } : undefined;
                  return (
                    <th key={header.id} scope="col" aria-sort={canSort ? ariaSort(sorted) : undefined} className={id === "ar" ? "num" : undefined}>
                      {canSort ? (
                        <SortButton
                          lang={lang} label={label} sorted={sorted} submit={submit}
                          onClick={() => (served ? set({ sort: { id: id as SortColumn, desc: sorted === "asc" } }) : header.column.toggleSorting(sorted === "asc"))}
                        />
                      ) : label}
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
            {matching === 0 ? (
              <tr>
                <td colSpan={table.getVisibleLeafColumns().length}>
                  {t("Inga poster matchar filtren. Prova att ta bort ett filter.", "No records match the filters. Try removing a filter.")}
                </td>
              </tr>
            ) : null}
          </tbody>
        </table>
      </div>

      <DownloadSelection lang={lang} caption={caption} count={matching} getRows={getRows} hidden={state.dolj} selection={selectionName(state)} />

      <nav className={`pager${jsOnly}`} aria-label={t("Sidor", "Pages")}>
        <PageButton label={t("Föregående", "Previous")} to={page - 1} disabled={page <= 1} served={served} onGo={(p) => set({ sida: p }, false)} />
        <span>{lang === "en" ? `Page ${num(page)} of ${num(pageCount)}` : <>Sida {page} av {pageCount}</>}</span>
        <PageButton label={t("Nästa", "Next")} to={page + 1} disabled={page >= pageCount} served={served} onGo={(p) => set({ sida: p }, false)} />
        <Select
          id="f-antal" name={served ? "antal" : undefined} form={served ? PAGE_FORM : undefined}
          label={t("Poster per sida", "Records per page")} allLabel={allLabel} value={String(state.antal)} includeAll={false}
          options={PAGE_SIZES.map((n) => ({ value: String(n), label: String(n) }))}
          onChange={(v) => set({ antal: Number(v) as DataViewState["antal"] })}
        />
        {served ? (
          <button type="submit" form={PAGE_FORM} name="sida" value="1" className="btn no-js-only">{t("Visa", "Show")}</button>
        ) : null}
      </nav>
    </div>
  );
}

/** Previous/next: a button; in the server-paged table a submit button of the pager form, so it works without JavaScript. */
function PageButton({ label, to, disabled, served, onGo }: { label: string; to: number; disabled: boolean; served: boolean; onGo: (page: number) => void }) {
  return (
    <button
      type={served ? "submit" : "button"} form={served ? PAGE_FORM : undefined} name={served ? "sida" : undefined} value={served ? String(to) : undefined}
      className="btn" disabled={disabled}
      onClick={(e) => {
        e.preventDefault();
        onGo(to);
      }}
    >
      {label}
    </button>
  );
}
