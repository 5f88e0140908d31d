/** The URL state of /jamfor: the regions to compare (`?regioner=01,12,14`) and the heatmap's kind and sort. Never throws. */
import { KINDS, type KindId as Kind } from "../kinds";
import { firstParam, listParam, type SearchParamsLike } from "./params";

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;
export const COMPARE_PARAM = "regioner";

export type CompareSelection = {
  /** Valid, deduplicated region codes in the order given, at most MAX_COMPARE. */
  codes: string[];
  /** True when there are at least MIN_COMPARE regions to compare. */
  ok: boolean;
  /** Whether the parameter was present at all (an empty page should not scold the reader). */
  given: boolean;
  /** Items we did not recognise as region codes, as written (deduplicated). */
  unknown: string[];
  /** Valid codes beyond the maximum that were left out. */
  overflow: string[];
  /** True when the URL used the repeated form (?regioner=01&regioner=12), which we render in the comma form. */
  repeated: boolean;
};

/** Parse `?regioner=01,12,14` or `?regioner=01&regioner=12`. Never throws. */
export function parseCompareRegions(sp: SearchParamsLike, knownCodes: readonly string[]): CompareSelection {
  const raw = sp instanceof URLSearchParams ? sp.getAll(COMPARE_PARAM) : sp[COMPARE_PARAM];
  const given = raw !== undefined && !(Array.isArray(raw) && raw.length === 0);
  const repeated = Array.isArray(raw) && raw.length > 1;
  const codes: string[] = [];
  const unknown: string[] = [];
  const overflow: string[] = [];
  for (const item of listParam(sp, COMPARE_PARAM)) {
    if (!knownCodes.includes(item)) {
      const shown = item.slice(0, 20);
      if (!unknown.includes(shown)) unknown.push(shown);
      continue;
    }
    if (codes.includes(item) || overflow.includes(item)) continue;
    if (codes.length < MAX_COMPARE) codes.push(item);
    else overflow.push(item);
  }
  return { codes, ok: codes.length >= MIN_COMPARE, given, unknown: unknown.slice(0, 10), overflow, repeated };
}

export const HEATMAP_SORTS = ["region", "antal"] as const;
export type HeatmapView = { typ: Kind | null; sortera: string };
export const DEFAULT_HEATMAP: HeatmapView = { typ: null, sortera: "region" };

/** `?typ=insats&sortera=kompetensforsorjning`; anything unknown falls back to all kinds, sorted by region name. */
export function parseHeatmapView(sp: SearchParamsLike, themeSlugs: readonly string[]): HeatmapView {
  const typ = firstParam(sp, "typ");
  const sortera = firstParam(sp, "sortera");
  return {
    typ: typ && (KINDS as readonly string[]).includes(typ) ? (typ as Kind) : null,
    sortera:
      sortera && ((HEATMAP_SORTS as readonly string[]).includes(sortera) || themeSlugs.includes(sortera)) ? sortera : "region",
  };
}

/** The canonical address of a comparison: comma form, defaults left out, fixed key order. */
export function compareHref(codes: readonly string[], view: HeatmapView = DEFAULT_HEATMAP, hash = ""): string {
  const parts: string[] = [];
  // Region codes are two digits, so the comma needs no escaping and stays readable.
  if (codes.length) parts.push(`${COMPARE_PARAM}=${codes.join(",")}`);
  if (view.typ) parts.push(`typ=${view.typ}`);
  if (view.sortera !== DEFAULT_HEATMAP.sortera) parts.push(`sortera=${encodeURIComponent(view.sortera)}`);
  return "/jamfor" + (parts.length ? `?${parts.join("&")}` : "") + hash;
}
