import type { NextRequest } from "next/server";
import { allDataRows, knownFilters } from "@/lib/data-table";
import { matchingRows } from "@/lib/derive/data-query";
import { parseDataLang, parseDataView } from "@/lib/url-state";
import { PAGE_CACHE_CONTROL } from "@/lib/cache-headers";
import { getDataset } from "@/lib/data";

/**
 * Every record matching a /data view (same query parameters, plus `lang`), in the table's order: what "Ladda ner
 * urvalet" saves from the server-paged table, which holds only one page. Broken parameters fall back to the defaults.
 * Depends only on the data, so a CDN may cache it like the pages.
 */
export const dynamic = "force-dynamic";

export function GET(req: NextRequest) {
  const sp = req.nextUrl.searchParams;
  const lang = parseDataLang(sp);
  const view = parseDataView(sp, knownFilters());
  const rows = matchingRows(allDataRows(lang), view, lang).map((r) => ({ ...r, haystack: "" }));
  return Response.json(rows, { headers: { "Cache-Control": PAGE_CACHE_CONTROL, "X-Data-Version": getDataset().meta.builtAt } });
}
