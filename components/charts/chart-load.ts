/**
 * How to ask a lazy chart (IntentChart) to load now: set LOAD_REQUESTED_ATTR on its card and dispatch LOAD_CHART_EVENT
 * there. No React here, so the e2e specs can import it too.
 */
/** Ask the chart in `card` to load now (used before exporting an image of it). */
export const LOAD_CHART_EVENT = "regionlaget:load-chart";
/** Set on the card together with the event, so a chart that hydrates later still sees the request. */
export const LOAD_REQUESTED_ATTR = "data-load-chart";
