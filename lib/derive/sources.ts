import type { Source } from "../schema";

/** Each source once by URL, in the order first met (the last one met with that URL wins); empty slots are skipped. */
export function uniqueSources<S extends Pick<Source, "url">>(sources: Iterable<S | null | undefined>): S[] {
  const byUrl = new Map<string, S>();
  for (const s of sources) if (s) byUrl.set(s.url, s);
  return [...byUrl.values()];
}
