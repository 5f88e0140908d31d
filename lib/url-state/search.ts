/** The URL state of the search page (`/sok?q=…`). */
import { firstParam, type SearchParamsLike } from "./params";

export const QUERY_PARAM = "q";

/** The query as the page accepts it: one string, trimmed, at most 200 characters. Never throws. */
export function parseSearchQuery(sp: SearchParamsLike): string {
  return (firstParam(sp, QUERY_PARAM) ?? "").trim().slice(0, 200);
}

/** The search page's address for a query: "/sok?q=…". */
export function searchHref(q: string): string {
  return `/sok?${QUERY_PARAM}=${encodeURIComponent(q)}`;
}
