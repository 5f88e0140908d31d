import { notFound } from "next/navigation";
import { entriesForTheme, getDataset, getTheme, regionsByName } from "@/lib/data";
import { NATIONAL_CODE } from "@/lib/schema";
import { parseThemeEmbedView, type SearchParamsLike } from "@/lib/url-state";
import { ThemeRegionsCard } from "@/components/records/ThemeRegionsCard";
import { RecordsMapCard } from "@/components/records/RecordsMapCard";
import { themeRecordsMapCard } from "@/lib/cards/records-map";
import { EmbedFooter } from "@/components/layout/EmbedFooter";
import { href, langFrom } from "@/lib/i18n";

type Props = { params: Promise<{ lang: string; slug: string }>; searchParams: Promise<SearchParamsLike> };

/** vy=stapel (default) or vy=karta. */
export default async function EmbedTheme({ params, searchParams }: Props) {
  const { slug } = await params;
  const lang = await langFrom(params);
  const theme = getTheme(slug);
  if (!theme || !getDataset().themes.some((t) => t.slug === slug)) notFound();
  const vy = parseThemeEmbedView(await searchParams);
  const regional = entriesForTheme(slug).filter((e) => e.region !== NATIONAL_CODE);
  return (
    <>
      {vy === "karta" ? (
        <RecordsMapCard lang={lang} model={themeRecordsMapCard({ theme, entries: regional, regions: regionsByName() }, lang)} linkTarget="_blank" />
      ) : (
        <ThemeRegionsCard theme={theme} entries={regional} lang={lang} />
      )}
      <EmbedFooter lang={lang} href={href(lang, `/teman/${slug}`)} />
    </>
  );
}
