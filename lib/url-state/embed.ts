/** The view parameter of the embed routes: `vy=stapel|karta` (theme) and `vy=stapel|karta|tidsserie` (indicator). */
import { pickParam, type SearchParamsLike } from "./params";

export const EMBED_VIEW_PARAM = "vy";
export const THEME_EMBED_VIEWS = ["stapel", "karta"] as const;
export const INDICATOR_EMBED_VIEWS = ["stapel", "karta", "tidsserie"] as const;
export type ThemeEmbedView = (typeof THEME_EMBED_VIEWS)[number];
export type IndicatorEmbedView = (typeof INDICATOR_EMBED_VIEWS)[number];

/** `/embed/teman/[slug]?vy=karta`; bars by default. */
export function parseThemeEmbedView(sp: SearchParamsLike): ThemeEmbedView {
  return pickParam(sp, EMBED_VIEW_PARAM, THEME_EMBED_VIEWS, "stapel");
}

/** `/embed/indikatorer/[id]?vy=…`; a fragmentary indicator (few regions) defaults to its time series. */
export function parseIndicatorEmbedView(sp: SearchParamsLike, fragment: boolean | undefined): IndicatorEmbedView {
  return pickParam(sp, EMBED_VIEW_PARAM, INDICATOR_EMBED_VIEWS, fragment ? "tidsserie" : "stapel");
}

/** `&vy=karta`, to append to a query that already has a `?`. */
export function embedViewQuery(view: ThemeEmbedView | IndicatorEmbedView): string {
  return `&${EMBED_VIEW_PARAM}=${view}`;
}
