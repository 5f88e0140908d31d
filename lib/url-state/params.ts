/** Reading search parameters: one value, an enumerated value with a default, and lists in both forms. Never throws. */

export type SearchParamsLike = Record<string, string | string[] | undefined> | URLSearchParams;

/** The first value of a parameter (`?k=a&k=b` → "a"), or undefined. */
export function firstParam(sp: SearchParamsLike, key: string): string | undefined {
  if (sp instanceof URLSearchParams) return sp.get(key) ?? undefined;
  const v = sp[key];
  return Array.isArray(v) ? v[0] : v;
}

/** Parse a single enumerated parameter with a default, e.g. ?ar=2021 on an indicator page. */
export function pickParam<T extends string | number>(sp: SearchParamsLike, key: string, allowed: readonly T[], fallback: T): T {
  const raw = firstParam(sp, key);
  if (raw === undefined) return fallback;
  const hit = allowed.find((a) => String(a) === raw);
  return hit === undefined ? fallback : hit;
}

/** Parse a comma-separated list of allowed values, deduplicated, keeping order; invalid items dropped. */
export function pickList(sp: SearchParamsLike, key: string, allowed: readonly string[], max = Infinity): string[] {
  const raw = firstParam(sp, key);
  if (!raw) return [];
  const out: string[] = [];
  for (const part of raw.split(",")) {
    const v = part.trim();
    if (allowed.includes(v) && !out.includes(v)) out.push(v);
    if (out.length >= max) break;
  }
  return out;
}

/** All values of a list parameter, accepting both `?k=a,b` and `?k=a&k=b`. */
export function listParam(sp: SearchParamsLike, key: string): string[] {
  const raw = sp instanceof URLSearchParams ? sp.getAll(key) : ([] as string[]).concat(sp[key] ?? []);
  return raw.flatMap((v) => v.split(",")).map((v) => v.trim()).filter(Boolean);
}

/** Like pickList, for both list forms. */
export function pickListParam(sp: SearchParamsLike, key: string, allowed: readonly string[], max = Infinity): string[] {
  const out: string[] = [];
  for (const v of listParam(sp, key)) {
    if (out.length >= max) break;
    if (allowed.includes(v) && !out.includes(v)) out.push(v);
  }
  return out;
}
