/**
 * Cache headers for a CDN in front of the app (next.config.ts headers()). Every page and embed depends only on the
 * dataset and the build, never on the user (no cookies, no login; a user's own file stays in the browser), so:
 *
 * - pages, embeds and the data download: `public, max-age=0, s-maxage=…, stale-while-revalidate=…`: a shared cache
 *   (CDN) keeps them for PAGE_S_MAXAGE seconds and may serve a stale copy for PAGE_SWR more while it fetches a new one
 *   in the background; browsers revalidate every time (max-age=0), which is cheap: the ETag answers 304.
 *   `X-Data-Version` (meta.builtAt) says which dataset made the page.
 * - hashed assets (/_next/static/…): Next.js already sends `public, max-age=31536000, immutable`; left alone.
 * - /api/health: `no-store` (set by the route).
 */

/** One hour at the CDN, then a day of stale-while-revalidate: a new dataset is everywhere within the hour (or purge). */
export const PAGE_S_MAXAGE = 3600;
export const PAGE_SWR = 86_400;

export const PAGE_CACHE_CONTROL = `public, max-age=0, s-maxage=${PAGE_S_MAXAGE}, stale-while-revalidate=${PAGE_SWR}`;

type HeaderRule = { source: string; headers: { key: string; value: string }[] };

/** meta.builtAt of a parsed dataset file, or "okänd" if it has none (the build then still runs; health says so too). */
export function dataVersionOf(json: unknown): string {
  const builtAt = (json as { meta?: { builtAt?: unknown } } | null)?.meta?.builtAt;
  return typeof builtAt === "string" && builtAt.trim() ? builtAt.trim() : "okänd";
}

/** The rules, for every address except Next's own files and the API (the health check must never be cached). */
export function cacheRules(version: string): HeaderRule[] {
  const safe = version.replace(/[^\x20-\x7e]/g, "_");
  return [
    {
      source: "/((?!_next/|api/).*)",
      headers: [
        { key: "Cache-Control", value: PAGE_CACHE_CONTROL },
        { key: "X-Data-Version", value: safe },
      ],
    },
    // The import metadata is built from the data too (static JSON).
    {
      source: "/api/import-meta",
      headers: [
        { key: "Cache-Control", value: PAGE_CACHE_CONTROL },
        { key: "X-Data-Version", value: safe },
      ],
    },
  ];
}
