/**
 * Cache headers for a CDN in front of the app (next.config.ts headers()). Every page and embed depends only on the
 * dataset and the build, never on the user (no cookies, no login; a user's own file stays in the browser), so:
 *
 * - pages, embeds and the data download: `public, max-age=0, s-maxage=…, stale-while-revalidate=…`: a shared cache
 *   (CDN) keeps them for PAGE_S_MAXAGE seconds and may serve a stale copy for PAGE_SWR more while it fetches a new one
 *   in the background; browsers revalidate every time (max-age=0), which is cheap: the ETag answers 304.
 *   `X-Data-Version` (meta.builtAt) says which dataset made the page.
 * - ETag (`pageEtag`, sent by proxy.ts on every page, embed and the download, static or dynamic): a weak validator made
 *   from the build id, the data version and the request's path and query, so it is known before anything is rendered
 *   and proxy.ts answers a matching `If-None-Match` with 304 at once.
 * - hashed assets (/_next/static/…): Next.js already sends `public, max-age=31536000, immutable`; left alone.
 * - /api/health: `no-store` (set by the route).
 */

import { createHash } from "node:crypto";

/** One hour at the CDN, then a day of stale-while-revalidate: a new dataset is everywhere within the hour (or purge). */
export const PAGE_S_MAXAGE = 3600;
export const PAGE_SWR = 86_400;

export const PAGE_CACHE_CONTROL = `public, max-age=0, s-maxage=${PAGE_S_MAXAGE}, stale-while-revalidate=${PAGE_SWR}`;

/**
 * Request headers that pick another representation of the same URL: Next's own `Vary` (the RSC payload of a client
 * navigation or prefetch instead of the HTML). Their values go into the ETag, so the HTML and the RSC payload of one
 * address never share a validator.
 */
export const VARYING_REQUEST_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch"] as const;

export type EtagInput = {
  /** Next's build id (.next/BUILD_ID): the code, and every page prerendered from the build-time dataset. */
  buildId: string;
  /** meta.builtAt of the dataset the server reads (dynamic pages are rendered from it). */
  dataVersion: string;
  /** Path and query exactly as requested ("/data?sida=2"): the query is the view. */
  url: string;
  /** Values of VARYING_REQUEST_HEADERS, in that order ("" where absent). */
  variant?: readonly string[];
};

/**
 * The ETag of a page, embed or download. Every response of this app is a pure function of (build, dataset, URL,
 * Next's RSC headers): nothing depends on the reader (no cookies, no login). So the validator can be computed from those
 * inputs alone, before rendering, and changes exactly when one of them does.
 *
 * It is weak (`W/"…"`): it promises the same content, not the same bytes. The same validator covers the gzip and the
 * plain transfer of a page, and the bytes of a streamed, dynamically rendered page are not promised to be identical
 * between two renders. A weak ETag is what If-None-Match (weak comparison) needs; it is never used for byte ranges.
 */
export function pageEtag({ buildId, dataVersion, url, variant = [] }: EtagInput): string {
  const digest = createHash("sha256").update(JSON.stringify([buildId, dataVersion, url, ...variant])).digest("base64url");
  return `W/"${digest.slice(0, 27)}"`;
}

/**
 * Whether an If-None-Match header matches `etag` (weak comparison, RFC 9110 §13.1.2: `W/` is ignored on both sides;
 * a list of validators or `*` is allowed).
 */
export function etagMatches(ifNoneMatch: string | null | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => opaque(tag) === opaque(etag));
}

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
    // The import metadata and the record cards of region and theme pages (static JSON) are built from the data too.
    ...["/api/import-meta", "/api/poster/:path*"].map((source) => ({
      source,
      headers: [
        { key: "Cache-Control", value: PAGE_CACHE_CONTROL },
        { key: "X-Data-Version", value: safe },
      ],
    })),
  ];
}
