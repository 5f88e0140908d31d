import { getClientWireIndex } from "@/lib/search/server";

/** The header search's compact index (names, no long texts), fetched on the first focus of the search box. Built statically. */
export const dynamic = "force-static";

export function GET() {
  return Response.json(getClientWireIndex());
}
