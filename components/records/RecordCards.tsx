"use client";
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, useTransition } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { filterRows } from "@/lib/derive/table-rows";
import { CARDS_FIRST_PAGE, cardCountText, type CardRow } from "@/lib/derive/record-cards";
import { DEFAULT_DATA_VIEW, parseDataView, serializeDataView, type DataViewState } from "@/lib/url-state";
import { KIND_LABELS } from "@/lib/labels";
import { KINDS } from "@/lib/kinds";
import { missingText, translator, type Lang } from "@/lib/i18n";
import { takeEarlyChanges } from "@/lib/early-changes";
import { SourceLink } from "@/components/sources/SourceLink";
import { SearchBox } from "@/components/table/data-explorer/controls";
import styles from "./record-cards.module.css";

type Option = { value: string; label: string };

function subscribeHash(onChange: () => void) {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
}



export type RecordCardsProps = {
  /** The first page of cards, in the page's order: all the page itself carries. */
  firstRows: CardRow[];
  /** How many records the page has in all. */
  total: number;
  /** Every card as JSON ({ rows }, app/api/poster), fetched once when a filter, "Visa alla" or a #post- link needs them. */
  src: string;
  /** The same records in the paged records table (/data?region=…), for a reader without JavaScript. */
  allHref: string;
  /** Filter options; a filter with one option (the page's own region or theme) is not shown, nor is it on the cards. */
  regions: Option[];
  themes: Option[];
  years: number[];
  /** Names the list (e.g. "Poster för Region Gotland"), in the page's language. */
  label: string;
  lang: Lang;
};

/** What each filter control, by id, changes. The ids are the records table's, so early changes (lib/early-changes) and tests treat both alike. */
const FIELD_PATCH: Record<string, (v: string) => Partial<DataViewState>> = {
  "f-region": (v) => ({ region: v || null }),
  "f-tema": (v) => ({ tema: v || null }),
  "f-typ": (v) => ({ typ: (v || null) as DataViewState["typ"] }),
  "f-ar": (v) => ({ ar: v === "" ? null : v === "saknas" ? "saknas" : Number(v) }),
  "f-q": (v) => ({ q: v }),
};

function SearchParamsReporter({ onSearch }: { onSearch: (search: string) => void }) {
  const search = useSearchParams()?.toString() ?? "";
  useEffect(() => onSearch(search), [search, onSearch]);
  return null;
}

/**
 * Records as a list of cards with the filters above: the phone-friendly view of a region's or a theme's records.
 * The same rule as every filter on the site: a filter applies as soon as it changes (text after a short pause), the
 * address follows (Back/Forward restore the view), and a polite live region says how many records are shown.
 * The server renders the first page of cards only, so a region with thousands of records costs no more bytes than
 * one with ten; the rest come as JSON (`src`) the first time a filter, "Visa alla" or a link to a later card needs
 * them. Without JavaScript the filters are hidden and a link leads to the same records in the paged table on /data.
 */
export function RecordCards({ firstRows, total, src, allHref, regions, themes, years, label, lang }: RecordCardsProps) {
  const t = translator(lang);
  const router = useRouter();
  const pathname = usePathname();
  const [, startTransition] = useTransition();
  const [search, setSearch] = useState<string | null>(null);
  const onSearch = useCallback((s: string) => startTransition(() => setSearch(s)), []);
  const known = useMemo(() => ({ regions: regions.map((r) => r.value), themes: themes.map((x) => x.value) }), [regions, themes]);
  const state = useMemo(() => (search === null ? DEFAULT_DATA_VIEW : parseDataView(new URLSearchParams(search), known)), [search, known]);
  const ready = search !== null;
  const onChange = useCallback((next: DataViewState) => {
    const query = serializeDataView({ ...next, sort: null, sida: 1 });
    startTransition(() => router.push(pathname + query, { scroll: false }));
  }, [router, pathname]);
  useEffect(() => {
    if (search === null) return;
    const early = takeEarlyChanges();
    const ids = early ? Object.keys(early).filter((id) => id in FIELD_PATCH) : [];
    if (ids.length) onChange({ ...state, ...Object.assign({}, ...ids.map((id) => FIELD_PATCH[id](early![id]))) });
  }, [search, state, onChange]);
  const set = (id: string, v: string) => ready && onChange({ ...state, ...FIELD_PATCH[id](v) });

  // A link to a card (#post-…, e.g. from the search) shows them all, fetching them if that card is not on the first page.
  const hash = useSyncExternalStore(subscribeHash, () => location.hash, () => "");
  const hashPost = hash.startsWith("#post-") ? hash.slice(1) : null;
  const [clicked, setClicked] = useState(false);
  const anyFilter = Boolean(state.region || state.tema || state.typ || state.ar !== null || state.q);
  const hashBeyondFirstPage = hashPost !== null && !firstRows.some((r) => `post-${r.id}` === hashPost);
  const wanted = ready && (anyFilter || clicked || hashBeyondFirstPage);
  const [all, setAll] = useState<CardRow[] | null>(total <= firstRows.length ? firstRows : null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!wanted || all || failed) return;
    let live = true;
    fetch(src)
      .then((r) => (r.ok ? (r.json() as Promise<{ rows: CardRow[] }>) : Promise.reject(new Error(String(r.status)))))
      .then((json) => live && setAll(json.rows))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [wanted, all, failed, src]);
  const rows = all ?? firstRows;
  const loading = wanted && !all && !failed;

  const shown = useMemo(() => (all ? filterRows(all, state) : firstRows), [all, firstRows, state]);
  const shownIds = useMemo(() => new Set(shown.map((r) => r.id)), [shown]);
  // The first page: the rest wait behind "Visa alla" (data-more, hidden by CSS).
  const hashCard = hashPost && rows.some((r) => `post-${r.id}` === hashPost) ? hashPost : null;
  const expanded = clicked || (hashCard !== null && hashBeyondFirstPage);
  const firstPage = useMemo(() => new Set(shown.slice(0, CARDS_FIRST_PAGE).map((r) => r.id)), [shown]);
  const matching = all ? shown.length : total;
  const paged = !expanded && matching > CARDS_FIRST_PAGE;
  const visible = paged ? CARDS_FIRST_PAGE : shown.length;
  // After "Visa alla": focus goes to the first card that was hidden, so keyboard and screen reader users go on there.
  // That card is known once every card is here (at once, or when the fetch answers).
  const focusPending = useRef(false);
  const nextCard = shown[CARDS_FIRST_PAGE]?.id;
  useEffect(() => {
    if (hashCard) document.getElementById(hashCard)?.scrollIntoView({ block: "start" });
  }, [hashCard]);
  useEffect(() => {
    if (!clicked || !all || !focusPending.current) return;
    focusPending.current = false;
    if (nextCard) document.getElementById(`post-${nextCard}`)?.focus();
  }, [clicked, all, nextCard]);
  const showAll = () => {
    focusPending.current = true;
    setClicked(true);
  };
  const showRegion = regions.length > 1;
  const showTheme = themes.length > 1;
  const allLabel = t("Alla", "All");

  return (
    <div>
      <Suspense fallback={null}><SearchParamsReporter onSearch={onSearch} /></Suspense>
      <form className="filters needs-js" role="search" aria-label={t("Filtrera poster", "Filter records")}
        onSubmit={(e) => {
          // The filters apply as they change; "Filtrera" applies the search text at once, as Enter does.
          e.preventDefault();
          const q = e.currentTarget.querySelector<HTMLInputElement>("#f-q");
          if (q) set("f-q", q.value);
        }}
        data-ready={ready ? "" : undefined} data-early-changes=""
      >
        {showRegion ? <Select id="f-region" label="Region" all={allLabel} value={state.region ?? ""} options={regions} onChange={set} /> : null}
        {showTheme ? <Select id="f-tema" label={t("Tema", "Theme")} all={allLabel} value={state.tema ?? ""} options={themes} onChange={set} /> : null}
        <Select id="f-typ" label={t("Typ", "Type")} all={allLabel} value={state.typ ?? ""} options={KINDS.map((k) => ({ value: k, label: KIND_LABELS[k][lang] }))} onChange={set} />
        <Select id="f-ar" label={t("År", "Year")} all={allLabel} value={state.ar === null ? "" : String(state.ar)}
          options={[...years.map((y) => ({ value: String(y), label: String(y) })), { value: "saknas", label: t("År saknas", "No year") }]} onChange={set}
        />
        <SearchBox lang={lang} value={state.q} onCommit={(q) => set("f-q", q)} />
        {/* A submit button: a form without one cannot be sent from the keyboard in every browser (HTML_CodeSniffer H32.2). */}
        <button type="submit" className="btn">{t("Filtrera", "Filter")}</button>
        {anyFilter ? (
          <button type="button" className="btn" onClick={() => onChange({ ...DEFAULT_DATA_VIEW })}>{t("Rensa filter", "Clear filters")}</button>
        ) : null}
      </form>
      <p className="result-count" role="status" aria-live="polite" aria-atomic="true">
        {failed
          ? t("Posterna kunde inte hämtas. Alla poster finns i datatabellen (länken nedan).", "The records could not be fetched. All records are in the data table (link below).")
          : loading
            ? t("Hämtar poster …", "Fetching records …")
            : all
              ? cardCountText(visible, all.length, lang, shown.length)
              : cardCountText(firstRows.length, total, lang)}
      </p>
      {lang === "en" && rows.length > 0 ? <p className="only-sv">The records below are in Swedish, as the regions reported them.</p> : null}
      <ul className={styles.cards} aria-label={label}>
        {rows.map((r) => (
          <li key={r.id} id={`post-${r.id}`} className={styles.card} hidden={!shownIds.has(r.id)} tabIndex={-1}
            data-more={!expanded && shownIds.has(r.id) && !firstPage.has(r.id) ? "" : undefined}
          >
            <p className={styles.meta}>
              <span className={`tag tag-${r.kind}`}>{KIND_LABELS[r.kind][lang]}</span>
              <span>{r.year ?? <span title={t("Källan anger inget år", "The source gives no year")}>{t("År", "Year")}: {missingText(lang)}</span>}</span>
              {showTheme ? <span>{r.themeLabel}</span> : null}
              {showRegion ? <span>{r.regionLabel}</span> : null}
            </p>
            <h3 className={styles.title} lang={lang === "en" ? "sv" : undefined}>{r.title}</h3>
            {r.actor ? <p className={styles.actor}>{t("Aktör", "Actor")}: <span lang={lang === "en" ? "sv" : undefined}>{r.actor}</span></p> : null}
            {/* The summary on request: a phone page of many records stays short (the title, figures and source carry the gist). */}
            <details className={styles.summary}>
              <summary>{t("Sammanfattning", "Summary")}</summary>
              <p lang={lang === "en" ? "sv" : undefined}>{r.summary}</p>
            </details>
            {r.figures.length > 0 ? (
              <ul className={styles.figures} aria-label={t("Siffror ur källan", "Figures from the source")} lang={lang === "en" ? "sv" : undefined}>
                {r.figures.map((f, i) => <li key={i}>{f}</li>)}
              </ul>
            ) : null}
            <p className={styles.source}>
              <SourceLink source={{ url: r.sourceUrl, title: r.sourceTitle, type: r.sourceType, note: r.sourceNote ?? undefined }} lang={lang} />
            </p>
          </li>
        ))}
      </ul>
      {paged ? (
        <p className="needs-js">
          <button type="button" className="btn" onClick={showAll} disabled={loading}>
            {t(`Visa alla ${matching} poster`, `Show all ${matching} records`)}
          </button>
        </p>
      ) : null}
      {total > firstRows.length ? (
        // Without JavaScript (or if the cards could not be fetched): the same records in the paged records table.
        <p className={failed ? undefined : "no-js-only"}>
          <a href={allHref}>{t(`Alla ${total} poster i datatabellen`, `All ${total} records in the data table`)}</a>
        </p>
      ) : null}
    </div>
  );
}

function Select({ id, label, all, value, options, onChange }: {
  id: string; label: string; all: string; value: string; options: Option[]; onChange: (id: string, v: string) => void;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(id, e.target.value)}>
        <option value="">{all}</option>
        {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
      </select>
    </div>
  );
}
