/** The view of one indicator that the page and its embed share: chosen period, time-series regions, view query. */
import { getDataset } from "./data";
import { chooseSeriesRegions, defaultPeriod, periodsOf, rankingFor } from "./derive/indicators";
import { NATIONAL_CODE, type Indicator } from "./schema";
import { pickListParam, pickParam, type SearchParamsLike } from "./url-state";
import { parseMyRegion } from "./url-state/my-region";

export const MAX_SERIES_REGIONS = 6;

export function indicatorView(indicator: Indicator, sp: SearchParamsLike) {
  const d = getDataset();
  const id = indicator.id;
  const regions = [...d.regions].sort((a, b) => a.code.localeCompare(b.code));
  const periods = periodsOf(d.values, id);
  const period = pickParam(sp, "ar", periods.map((p) => p.period), defaultPeriod(d.values, id)?.period ?? "");
  const ranking = period ? rankingFor(d.values, id, period, regions) : null;
  const withValues = new Set(d.values.filter((v) => v.indicator === id).map((v) => v.region));
  /** Regions (and Riket) that have any value: the only ones a time series can show. */
  const allowed = [NATIONAL_CODE, ...regions.map((r) => r.code)].filter((c) => withValues.has(c));
  const requested = pickListParam(sp, "regioner", allowed);
  /** "My region" (?min=24): highlighted in the bars, map and table, and added to the default time series. */
  const myRegion = parseMyRegion(sp, regions.map((r) => r.code));
  const defaults = chooseSeriesRegions(requested, ranking, allowed, indicator.fragment, MAX_SERIES_REGIONS);
  const chosen = myRegion && !requested.length && allowed.includes(myRegion) && !defaults.includes(myRegion)
    ? [myRegion, ...defaults].slice(0, MAX_SERIES_REGIONS)
    : defaults;
  /** The query that restores this view (defaults omitted where possible). */
  const query = `?ar=${encodeURIComponent(period)}${requested.length ? `&regioner=${requested.join(",")}` : ""}${myRegion ? `&min=${myRegion}` : ""}`;
  return { values: d.values, regions, periods, period, ranking, allowed, requested, chosen, query, myRegion };
}
