/**
 * The records table's filters as data: one entry per filter, in the order the form shows them. The form (both the
 * client-side and the server-paged table), the early-change replay and the no-JavaScript GET form all read this list,
 * so a new filter (e.g. source type, period) is one entry here plus its field in lib/url-state.ts.
 */
import { KIND_LABELS, SOURCE_TYPE_LABELS } from "@/lib/labels";
import { KINDS, SOURCE_TYPES } from "@/lib/kinds";
import { PERIOD_FILTERS, type DataViewState, type PeriodFilter } from "@/lib/url-state";
import { translator, type Lang } from "@/lib/i18n";

export type Option = { value: string; label: string };

/** What the filters choose from: sent by the server page. */
export type FilterOptions = { regions: Option[]; themes: Option[]; years: number[] };

export type FilterDef = {
  /** The control's id (also the early-change key) and the URL parameter (the GET form's field name). */
  id: string;
  param: string;
  label: (lang: Lang) => string;
  options: (o: FilterOptions, lang: Lang) => Option[];
  /** The control's value in a view ("" = all). */
  value: (s: DataViewState) => string;
  /** What choosing a value changes in the view. */
  patch: (v: string) => Partial<DataViewState>;
  /** Shown only when there is something to choose (a region page's table has one region). */
  shown?: (o: FilterOptions) => boolean;
};

export const SELECT_FILTERS: FilterDef[] = [
  {
    id: "f-region", param: "region", label: (l) => translator(l)("Region", "Region"),
    options: (o) => o.regions, value: (s) => s.region ?? "", patch: (v) => ({ region: v || null }),
    shown: (o) => o.regions.length > 1,
  },
  {
    id: "f-tema", param: "tema", label: (l) => translator(l)("Tema", "Theme"),
    options: (o) => o.themes, value: (s) => s.tema ?? "", patch: (v) => ({ tema: v || null }),
    shown: (o) => o.themes.length > 1,
  },
  {
    id: "f-typ", param: "typ", label: (l) => translator(l)("Typ", "Type"),
    options: (_o, l) => KINDS.map((k) => ({ value: k, label: KIND_LABELS[k][l] })),
    value: (s) => s.typ ?? "", patch: (v) => ({ typ: (v || null) as DataViewState["typ"] }),
  },
  {
    id: "f-ar", param: "ar", label: (l) => translator(l)("År", "Year"),
    options: (o, l) => [...o.years.map((y) => ({ value: String(y), label: String(y) })), { value: "saknas", label: translator(l)("År saknas", "No year") }],
    value: (s) => (s.ar === null ? "" : String(s.ar)), patch: (v) => ({ ar: v === "" ? null : v === "saknas" ? "saknas" : Number(v) }),
  },
  {
    id: "f-period", param: "period", label: (l) => translator(l)("Period", "Period"),
    options: (_o, l) => PERIOD_FILTERS.map((p) => ({ value: p, label: periodLabel(p, l) })),
    value: (s) => s.period ?? "", patch: (v) => ({ period: (v || null) as DataViewState["period"] }),
  },
  {
    id: "f-kalla", param: "kalla", label: (l) => translator(l)("Slag av källa", "Kind of source"),
    options: (_o, l) => SOURCE_TYPES.map((k) => ({ value: k, label: SOURCE_TYPE_LABELS[k][l] })),
    value: (s) => s.kalla ?? "", patch: (v) => ({ kalla: (v || null) as DataViewState["kalla"] }),
  },
];

function periodLabel(p: PeriodFilter, lang: Lang): string {
  const t = translator(lang);
  return { "2023": t("Gjort 2023", "Done in 2023"), "2022-2024": "2022–2024", aldre: t("Äldre än 2022", "Before 2022"), "i-kraft": t("Gäller 2023 (strategier, planer)", "In force in 2023 (strategies, plans)") }[p];
}

/** The free-text search: not a select, but the same kind of view patch. */
export const SEARCH_FILTER = { id: "f-q", param: "q", patch: (v: string): Partial<DataViewState> => ({ q: v }) };

/** What each filter control, by id, changes in the view. The form's handlers and the early-change replay share it. */
export const FIELD_PATCH: Record<string, (v: string) => Partial<DataViewState>> = Object.fromEntries([
  ...SELECT_FILTERS.map((f) => [f.id, f.patch] as const),
  [SEARCH_FILTER.id, SEARCH_FILTER.patch] as const,
]);

/** True when any filter narrows the view (the "Rensa filter" button shows). */
export function anyFilter(s: DataViewState): boolean {
  return SELECT_FILTERS.some((f) => f.value(s) !== "") || s.q.trim() !== "";
}

/** The parts of the filename that say what was selected ("09-insats-2023"). */
export function selectionName(s: DataViewState): string {
  return [...SELECT_FILTERS.map((f) => f.value(s)), s.q].filter((x) => x !== "").join("-");
}
