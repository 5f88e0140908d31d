import { notFound } from "next/navigation";
import { entriesForTheme, getDataset, getTheme, regionsByName } from "@/lib/data";
import { countsByRegion } from "@/lib/derive/records";
import { NATIONAL_CODE } from "@/lib/schema";
import { pickParam, type SearchParamsLike } from "@/lib/url-state";
import { ThemeRegionsCard } from "@/components/records/ThemeRegionsCard";
import { RecordsMapCard } from "@/components/records/RecordsMapCard";
import { EmbedFooter } from "@/components/layout/EmbedFooter";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParamsLike> };

/** vy=stapel (default) or vy=karta. */
export default async function EmbedTheme({ params, searchParams }: Props) {
  const { slug } = await params;
  const theme = getTheme(slug);
  if (!theme || !getDataset().themes.some((t) => t.slug === slug)) notFound();
  const vy = pickParam(await searchParams, "vy", ["stapel", "karta"] as const, "stapel");
  const regional = entriesForTheme(slug).filter((e) => e.region !== NATIONAL_CODE);
  return (
    <>
      {vy === "karta" ? (
        <RecordsMapCard
          id="karta-poster"
          title={`Poster om ${theme.nameSv.toLowerCase()} på kartan`}
          subtitle="Antal poster per region. Noll betyder att vi saknar uppgift."
          counts={countsByRegion(regional, regionsByName())}
          hrefFor={(code) => `/regioner/${code}`}
          sources={[...new Map(regional.map((e) => [e.source.url, e.source])).values()]}
          embedPath={`/embed/teman/${slug}?vy=karta`}
        />
      ) : (
        <ThemeRegionsCard theme={theme} entries={regional} />
      )}
      <EmbedFooter href={`/teman/${slug}`} />
    </>
  );
}
