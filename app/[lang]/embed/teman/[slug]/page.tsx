import { notFound } from "next/navigation";
import { uniqueSources } from "@/lib/derive/sources";
import { entriesForTheme, getDataset, getTheme, regionsByName } from "@/lib/data";
import { countsByRegion } from "@/lib/derive/records";
import { NATIONAL_CODE } from "@/lib/schema";
import { parseThemeEmbedView, type SearchParamsLike } from "@/lib/url-state";
import { ThemeRegionsCard } from "@/components/records/ThemeRegionsCard";
import { RecordsMapCard } from "@/components/records/RecordsMapCard";
import { EmbedFooter } from "@/components/layout/EmbedFooter";
import { href, langFrom, translator } from "@/lib/i18n";
import { themeName } from "@/lib/indicator-text";

type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<SearchParamsLike> };

/** vy=stapel (default) or vy=karta. */
export default async function EmbedTheme({ params, searchParams }: Props) {
  const { slug } = await params;
  const lang = await langFrom(params);
  const t = translator(lang);
  const theme = getTheme(slug);
  if (!theme || !getDataset().themes.some((t) => t.slug === slug)) notFound();
  const vy = parseThemeEmbedView(await searchParams);
  const regional = entriesForTheme(slug).filter((e) => e.region !== NATIONAL_CODE);
  return (
    <>
      {vy === "karta" ? (
        <RecordsMapCard
          lang={lang}
          id="karta-poster"
          title={t(`Poster om ${theme.nameSv.toLowerCase()} på kartan`, `Records on ${themeName(theme, lang).toLowerCase()} on the map`)}
          subtitle={t("Antal poster per region. Noll betyder att vi saknar uppgift.", "Number of records by region. Zero means we have no information.")}
          counts={countsByRegion(regional, regionsByName())}
          entries={regional}
          hrefFor={(code) => href(lang, `/regioner/${code}`)}
          sources={uniqueSources(regional.map((e) => e.source))}
          embedPath={`/embed/teman/${slug}?vy=karta`}
          linkTarget="_blank"
        />
      ) : (
        <ThemeRegionsCard theme={theme} entries={regional} lang={lang} />
      )}
      <EmbedFooter lang={lang} href={href(lang, `/teman/${slug}`)} />
    </>
  );
}
