/**
 * The records table's view (/data and the tables on region and theme pages): parsed from the address into typed
 * state with defaults and serialised back (defaults omitted, stable order). Unknown or broken parameters fall back
 * to defaults.
 *
 * /data?region=09&tema=integration&typ=insats&ar=2023&period=i-kraft&kalla=myndighet&q=bredband&sort=-ar&sida=2&dolj=sammanfattning
 */
import { KINDS, SOURCE_TYPES, type KindId as Kind, type SourceTypeId } from "../kinds";
import { isLang, type Lang } from "../i18n";
import { firstParam as get, type SearchParamsLike } from "./params";

/** Period filter on /data: done 2023, 2022–2024, older than 2022, or a strategy/plan in force during 2023. */
export const PERIOD_FILTERS = ["2023", "2022-2024", "aldre", "i-kraft"] as const;
export type PeriodFilter = (typeof PERIOD_FILTERS)[number];

export const DATA_COLUMNS = ["region", "tema", "typ", "titel", "sammanfattning", "siffror", "ar", "kalla"] as const;
export type DataColumn = (typeof DATA_COLUMNS)[number];
export const SORTABLE_COLUMNS = ["region", "tema", "typ", "titel", "ar"] as const satisfies readonly DataColumn[];
export type SortColumn = (typeof SORTABLE_COLUMNS)[number];

export const PAGE_SIZES = [25, 50, 100] as const;

export type DataViewState = {
  region: string | null;
  tema: string | null;
  typ: Kind | null;
  /** A year, "saknas" (records without a year) or null (all). */
  ar: number | "saknas" | null;
  period: PeriodFilter | null;
  /** Source type (officiell-statistik, regionens-egen, myndighet, tredje-part, spegel). */
  kalla: SourceTypeId | null;
  q: string;
  sort: { id: SortColumn; desc: boolean } | null;
  sida: number;
  antal: (typeof PAGE_SIZES)[number];
  dolj: DataColumn[];
};

export const DEFAULT_DATA_VIEW: DataViewState = {
  region: null, tema: null, typ: null, ar: null, period: null, kalla: null, q: "", sort: null, sida: 1, antal: 25, dolj: [],
};

const MAX_Q = 200;

export type Known = { regions: readonly string[]; themes: readonly string[] };

/** Parse, never throw: anything unknown becomes the default. */
export function parseDataView(sp: SearchParamsLike, known: Known): DataViewState {
  const s: DataViewState = { ...DEFAULT_DATA_VIEW, dolj: [] };
  const region = get(sp, "region");
  if (region && known.regions.includes(region)) s.region = region;
  const tema = get(sp, "tema");
  if (tema && known.themes.includes(tema)) s.tema = tema;
  const typ = get(sp, "typ");
  if (typ && (KINDS as readonly string[]).includes(typ)) s.typ = typ as Kind;
  const ar = get(sp, "ar");
  if (ar === "saknas") s.ar = "saknas";
  else if (ar && /^\d{4}$/.test(ar)) s.ar = Number(ar);
  const period = get(sp, "period");
  if (period && (PERIOD_FILTERS as readonly string[]).includes(period)) s.period = period as PeriodFilter;
  const kalla = get(sp, "kalla");
  if (kalla && (SOURCE_TYPES as readonly string[]).includes(kalla)) s.kalla = kalla as SourceTypeId;
  const q = get(sp, "q");
  if (q) s.q = q.slice(0, MAX_Q);
  const sort = get(sp, "sort");
  if (sort) {
    const desc = sort.startsWith("-");
    const id = desc ? sort.slice(1) : sort;
    if ((SORTABLE_COLUMNS as readonly string[]).includes(id)) s.sort = { id: id as SortColumn, desc };
  }
  const sida = get(sp, "sida");
  if (sida && /^\d{1,5}$/.test(sida) && Number(sida) >= 1 && Number(sida) <= 10_000) s.sida = Number(sida);
  const antal = Number(get(sp, "antal"));
  if ((PAGE_SIZES as readonly number[]).includes(antal)) s.antal = antal as DataViewState["antal"];
  const dolj = get(sp, "dolj");
  if (dolj) s.dolj = dolj.split(",").filter((c): c is DataColumn => (DATA_COLUMNS as readonly string[]).includes(c) && c !== "titel");
  return s;
}

/** Serialise to a query string ("" for the default view). Keys in a fixed order so links are stable. */
export function serializeDataView(s: DataViewState): string {
  const p = new URLSearchParams();
  if (s.region) p.set("region", s.region);
  if (s.tema) p.set("tema", s.tema);
  if (s.typ) p.set("typ", s.typ);
  if (s.ar !== null) p.set("ar", String(s.ar));
  if (s.period) p.set("period", s.period);
  if (s.kalla) p.set("kalla", s.kalla);
  if (s.q.trim()) p.set("q", s.q);
  if (s.sort) p.set("sort", (s.sort.desc ? "-" : "") + s.sort.id);
  if (s.sida > 1) p.set("sida", String(s.sida));
  if (s.antal !== DEFAULT_DATA_VIEW.antal) p.set("antal", String(s.antal));
  if (s.dolj.length) p.set("dolj", [...new Set(s.dolj)].sort().join(","));
  const str = p.toString();
  return str ? `?${str}` : "";
}

/** Link to the data view with some filters set, e.g. from a coverage-matrix cell. */
export function dataHref(filters: Partial<DataViewState>): string {
  return "/data" + serializeDataView({ ...DEFAULT_DATA_VIEW, ...filters });
}

/** `/api/data?lang=en`: the language of the rows' names; Swedish unless a known language is given. */
export function parseDataLang(sp: SearchParamsLike): Lang {
  const l = get(sp, "lang");
  return isLang(l) ? l : "sv";
}
