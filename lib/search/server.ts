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
