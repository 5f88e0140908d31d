/**
 * The part of data/meta that `parseImport(kind "entries")` needs in the browser (served by app/api/import-meta).
 * Review-only maps (theme/actor/source-title decisions for the curated sources) and the indicators are dropped:
 * entry imports never read them, and the payload stays small. Pure: no node: imports.
 */
import type { MetaInput } from "./normalize";

export function entriesImportMeta(m: MetaInput): MetaInput {
  return {
    ...m,
    themeMap: { sourceTheme: m.themeMap.sourceTheme, byTitle: {} },
    actors: { byTitle: {} },
    strategies: {},
    indicators: [],
    sourceTitles: {},
  };
}

/** Fetched lazily (only when the user picks a file) and cached for the rest of the visit. */
let cached: Promise<MetaInput> | null = null;
export function fetchImportMeta(): Promise<MetaInput> {
  cached ??= fetch("/api/import-meta")
    .then((r) => {
      if (!r.ok) throw new Error(`kunde inte hämta metadata (${r.status})`);
      return r.json() as Promise<MetaInput>;
    })
    .catch((e) => {
      cached = null;
      throw e;
    });
  return cached;
}
