import path from "node:path";
import { loadMetaInput } from "@/lib/data-pipeline/io";
import { entriesImportMeta } from "@/lib/data-pipeline/browser-meta";

/** Metadata the browser needs to validate a user's own file of records ("Öppna egen datafil" on /data). Built statically. */
export const dynamic = "force-static";

export function GET() {
  return Response.json(entriesImportMeta(loadMetaInput(path.join(process.cwd(), "data"))));
}
