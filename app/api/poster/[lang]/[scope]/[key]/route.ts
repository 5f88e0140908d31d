import { getDataset } from "@/lib/data";
import { scopeCards, type CardScope } from "@/lib/records-table-data";
import type { Lang } from "@/lib/i18n";

/**
 * Every record card of a region's or a theme's page as JSON ({ rows }), in the page's order and language. The page
 * itself carries only the first page of cards; its filters and "Visa alla" fetch the rest from here, once. Built
 * statically: one file per language and region or theme, cached like the pages (lib/cache-headers).
 */
export const dynamic = "force-static";
export const dynamicParams = false;

type Params = { lang: Lang; scope: CardScope; key: string };

export function generateStaticParams(): Params[] {
  const d = getDataset();
  return (["sv", "en"] as const).flatMap((lang) => [
    ...d.regions.map((r) => ({ lang, scope: "region" as const, key: r.code })),
    ...d.themes.map((t) => ({ lang, scope: "tema" as const, key: t.slug })),
  ]);
}

export async function GET(_req: Request, { params }: { params: Promise<Params> }) {
  const { lang, scope, key } = await params;
  const rows = (lang === "sv" || lang === "en") && (scope === "region" || scope === "tema") ? scopeCards(scope, key, lang) : null;
  if (!rows) return Response.json({ error: "Okänd region eller tema." }, { status: 404 });
  return Response.json({ rows });
}
