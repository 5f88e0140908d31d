import { getDataset } from "@/lib/data";
import { buildId } from "@/lib/build-id";
import { healthOf } from "@/lib/health";

/**
 * Health check for the container (Dockerfile HEALTHCHECK), the load balancer and a dataset roll-out: answers 200 with
 * the data version (meta.builtAt) and build id once the dataset has been read and validated; 503 if it cannot be.
 * Read on every request, never cached.
 */
export const dynamic = "force-dynamic";

export function GET() {
  try {
    const d = getDataset();
    return Response.json(healthOf(d.meta, d.entries.length, buildId()), { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    return Response.json({ status: "error", message: (e as Error).message.split("\n")[0] }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
