/** The URL state of the overview (`/`): what the map is coloured by (`?karta=poster` or an indicator id) and my region. */
import { pickParam, type SearchParamsLike } from "./params";
import { parseMyRegion } from "./my-region";

export const MAP_PARAM = "karta";
/** The default map: records per region. */
export const RECORDS_MAP = "poster";

export type OverviewState = { map: string; myRegion: string | null };

/** `mapIndicators`: ids of the indicators that can be drawn as a map; `counties`: the 21 county codes. Never throws. */
export function parseOverview(sp: SearchParamsLike, mapIndicators: readonly string[], counties: readonly string[]): OverviewState {
  return { map: pickParam(sp, MAP_PARAM, [RECORDS_MAP, ...mapIndicators], RECORDS_MAP), myRegion: parseMyRegion(sp, counties) };
}

/** The overview's address for a map choice: "/" for the default, "/?karta=<id>" otherwise (my region is carried by the page). */
export function overviewHref(map: string): string {
  return map === RECORDS_MAP ? "/" : `/?${MAP_PARAM}=${encodeURIComponent(map)}`;
}
