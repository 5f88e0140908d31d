/**
 * "My region": a region the reader has chosen, carried in every internal link as `?min=24` so that pages can
 * highlight it and say where it stands. Shareable (it is in the address) and Back/Forward restore it.
 * Zod-free and server/client safe: parse with the list of known county codes, never throw.
 */
export const MY_REGION_PARAM = "min";

type SearchParamsLike = Record<string, string | string[] | undefined> | URLSearchParams;

/** The chosen region's code, or null when the parameter is absent or not one of `known`. */
export function parseMyRegion(sp: SearchParamsLike, known: readonly string[]): string | null {
  const raw = sp instanceof URLSearchParams ? sp.get(MY_REGION_PARAM) : ([] as string[]).concat(sp[MY_REGION_PARAM] ?? [])[0];
  const code = raw?.trim();
  return code && /^\d{2}$/.test(code) && known.includes(code) ? code : null;
}

/**
 * The path with `min` set to `code` (or removed when null), keeping its other parameters in order and its #hash.
 * withMyRegion("/indikatorer/x?ar=2021#karta", "24") → "/indikatorer/x?ar=2021&min=24#karta".
 */
export function withMyRegion(path: string, code: string | null): string {
  const hashAt = path.indexOf("#");
  const hash = hashAt >= 0 ? path.slice(hashAt) : "";
  const noHash = hashAt >= 0 ? path.slice(0, hashAt) : path;
  const qAt = noHash.indexOf("?");
  const base = qAt >= 0 ? noHash.slice(0, qAt) : noHash;
  const params = new URLSearchParams(qAt >= 0 ? noHash.slice(qAt + 1) : "");
  params.delete(MY_REGION_PARAM);
  if (code) params.set(MY_REGION_PARAM, code);
  // Keep commas readable (?regioner=01,12): URLSearchParams would write %2C.
  const query = params.toString().replace(/%2C/gi, ",");
  return `${base}${query ? `?${query}` : ""}${hash}`;
}

/** Whether an internal link should carry the chosen region: same-site pages, not downloads, API routes or assets. */
export function carriesMyRegion(pathname: string): boolean {
  if (!pathname.startsWith("/")) return false;
  if (/^\/(en\/)?(embed|api|nedladdning|_next)(\/|$)/.test(pathname)) return false;
  return !/\.[a-z0-9]{2,5}$/i.test(pathname);
}
