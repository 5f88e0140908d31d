import { drawnChart } from "@/lib/static-chart/render";

/**
 * A drawn chart's props, for the live chart that replaces the static one on intent (components/charts/IntentChart).
 * Only charts this server has drawn exist here (the key is a hash of the props): nothing else can be asked for.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const chart = drawnChart(key);
  if (!chart) return Response.json({ error: "Okänt diagram / Unknown chart" }, { status: 404 });
  return Response.json(chart.props, { headers: { "Cache-Control": "public, max-age=31536000, immutable" } });
}
