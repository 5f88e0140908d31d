/** The view of one indicator that the page and its embed share: chosen period, time-series regions, view query. */
import { getDataset } from "./data";
import { chooseSeriesRegions, defaultPeriod, periodsOf, rankingFor } from "./derive/indicators";
import { NATIONAL_CODE, type Indicator } from "./schema";
import type { SearchParamsLike } from "./url-state";
import { indicatorViewQuery, parseIndicatorView } from "./url-state/indicator";

export const MAX_SERIES_REGIONS = 6;

export function indicatorView(indicator: Indicator, sp: SearchParamsLike) {
  const d = getDataset();
  const id = indicator.id;
  const regions = [...d.regions].sort((a, b) => a.code.localeCompare(b.code));
  const periods = periodsOf(d.values, id);
  const withValues = new Set(d.values.filter((v) => v.indicator === id).map((v) => v.region));
  /** Regions (and Riket) that have any value: the only ones a time series can show. */
  const allowed = [NATIONAL_CODE, ...regions.map((r) => r.code)].filter((c) => withValues.has(c));
  /** The year, the time-series regions and "my region" (?min=24: highlighted in the bars, map and table, and added to the default time series). */
  const state = parseIndicatorView(sp, {
    periods: periods.map((p) => p.period), fallback: defaultPeriod(d.values, id)?.period ?? "", allowed, counties: regions.map((r) => r.code),
  });
  const { period, requested, myRegion } = state;
  const ranking = period ? rankingFor(d.values, id, period, regions) : null;
  const defaults = chooseSeriesRegions(requested, ranking, allowed, indicator.fragment, MAX_SERIES_REGIONS);
  const chosen = myRegion && !requested.length && allowed.includes(myRegion) && !defaults.includes(myRegion)
    ? [myRegion, ...defaults].slice(0, MAX_SERIES_REGIONS)
    : defaults;
  /** The query that restores this view (defaults omitted where possible). */
  const query = indicatorViewQuery(state);
  return { values: d.values, regions, periods, period, ranking, allowed, requested, chosen, query, myRegion };
}
