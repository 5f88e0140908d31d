import { MY_REGION_PARAM } from "../url-state/my-region";

/**
 * The address of one chart: the page, only the query parameters the chart depends on, and `#<card id>` so the link
 * lands on the chart, not at the top of the page. Parameters keep their order and repeats. "My region" (`min`) marks
 * every chart, so a link made while it is chosen keeps it: the shared chart shows the same marking its image explains.
 */
export function chartLink(pageUrl: string, cardId: string, params: readonly string[]): string {
  const url = new URL(pageUrl);
  const kept = new URLSearchParams();
  for (const [k, v] of url.searchParams) if (params.includes(k) || k === MY_REGION_PARAM) kept.append(k, v);
  const query = kept.toString();
  return `${url.origin}${url.pathname}${query ? `?${query}` : ""}#${encodeURIComponent(cardId)}`;
}
