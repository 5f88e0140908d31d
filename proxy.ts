/**
 * ETags for every page, embed and the data download (Next 16's proxy, formerly middleware; it runs on Node.js in the
 * standalone server before any routing or rendering). A response here depends only on the build, the dataset and the
 * URL (lib/cache-headers.ts, pageEtag), so the validator is known before rendering: a matching If-None-Match gets
 * 304 at once, with nothing rendered; otherwise the request goes on and the response carries the ETag. Next's own
 * body-hash ETags are off (next.config.ts generateEtags: false), so static and dynamic pages carry the same kind.
 * Cache-Control, X-Data-Version and the security headers come from next.config.ts headers() on both answers.
 */
import { NextResponse, type NextRequest } from "next/server";
import { etagMatches, pageEtag, VARYING_REQUEST_HEADERS } from "./lib/cache-headers";
import { buildId } from "./lib/build-id";
import { datasetVersion } from "./lib/dataset-file";

export function proxy(request: NextRequest) {
  // Only reads are cacheable (a form post or a server action is never answered from a validator).
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  const etag = pageEtag({
    buildId: buildId(),
    dataVersion: datasetVersion(),
    url: pathname + search,
    variant: VARYING_REQUEST_HEADERS.map((h) => request.headers.get(h) ?? ""),
  });
  if (etagMatches(request.headers.get("if-none-match"), etag)) {
    return new NextResponse(null, { status: 304, headers: { ETag: etag, Vary: [...VARYING_REQUEST_HEADERS, "Accept-Encoding"].join(", ") } });
  }
  const response = NextResponse.next();
  response.headers.set("ETag", etag);
  return response;
}

// The same addresses as the CDN cache rules (lib/cache-headers.ts cacheRules): everything except Next's own files
// (hashed, immutable) and the API (the health check is never cached).
export const config = {
  matcher: ["/((?!_next/|api/).*)"],
};
