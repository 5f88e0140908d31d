/**
 * The URL state of an indicator page and its embed: the year (`?ar=2021`, a period label such as `2021–2025`), the
 * regions of the time series (`?regioner=09,25,00`, `00` = Riket) and my region (`?min=24`). Never throws.
 */
import { pickListParam, pickParam, type SearchParamsLike } from "./params";
import { MY_REGION_PARAM, parseMyRegion } from "./my-region";

export const YEAR_PARAM = "ar";
export const SERIES_PARAM = "regioner";

export type IndicatorViewState = {
  /** The chosen period, or the default when the parameter is absent or not one of the indicator's periods. */
  period: string;
  /** Valid, deduplicated time-series regions in the order given; empty = the default choice. */
  requested: string[];
  myRegion: string | null;
};

export type IndicatorViewOptions = {
  /** The indicator's period labels. */
  periods: readonly string[];
  /** The default period ("" when the indicator has none). */
  fallback: string;
  /** Codes a time series can show: regions (and Riket) with any value. */
  allowed: readonly string[];
  /** The 21 county codes ("my region" must be one). */
  counties: readonly string[];
};

export function parseIndicatorView(sp: SearchParamsLike, { periods, fallback, allowed, counties }: IndicatorViewOptions): IndicatorViewState {
  return {
    period: pickParam(sp, YEAR_PARAM, periods, fallback),
    requested: pickListParam(sp, SERIES_PARAM, allowed),
    myRegion: parseMyRegion(sp, counties),
  };
}

/** The query that restores the view: the year always, the regions and my region when given ("?ar=2021&regioner=09,25"). */
export function indicatorViewQuery({ period, requested, myRegion }: IndicatorViewState): string {
  return `?${YEAR_PARAM}=${encodeURIComponent(period)}${requested.length ? `&${SERIES_PARAM}=${requested.join(",")}` : ""}${myRegion ? `&${MY_REGION_PARAM}=${myRegion}` : ""}`;
}
