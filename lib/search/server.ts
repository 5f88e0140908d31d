/** The server's search index (full texts), built once from the validated dataset. Never import from a client component. */
import { getDataset } from "../data";
import { buildSearchIndex, buildWireIndex, type SearchIndex, type WireIndex } from "./search-index";

let full: SearchIndex | null = null;

export function getSearchIndex(): SearchIndex {
  return (full ??= buildSearchIndex(getDataset(), { summaries: true }));
}

/** What the header search fetches: names only, no long texts. */
export function getClientWireIndex(): WireIndex {
  return buildWireIndex(getDataset(), { summaries: false });
}

/** The query as the page accepts it: one string, trimmed, at most 200 characters. */
export function parseQuery(q: string | string[] | undefined): string {
  const s = Array.isArray(q) ? q[0] : q;
  return (s ?? "").trim().slice(0, 200);
}
