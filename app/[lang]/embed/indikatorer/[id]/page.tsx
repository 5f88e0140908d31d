import { notFound } from "next/navigation";
import { getDataset, getIndicator } from "@/lib/data";
import { embedViewQuery, parseIndicatorEmbedView, type SearchParamsLike } from "@/lib/url-state";
import { indicatorView } from "@/lib/indicator-view";
import { RankedIndicatorCard } from "@/components/indicators/RankedIndicatorCard";
import { IndicatorMapCard } from "@/components/indicators/IndicatorMapCard";
import { IndicatorSeriesCard } from "@/components/indicators/IndicatorSeriesCard";
import { EmbedFooter } from "@/components/layout/EmbedFooter";
import { href, langFrom, translator } from "@/lib/i18n";
import { indicatorText } from "@/lib/indicator-text";

type Props = { params: Promise<{ lang: string; id: string }>; searchParams: Promise<SearchParamsLike> };

export async function generateMetadata({ params }: Props) {
  const { id } = await params;
  const lang = await langFrom(params);
  const ind = getIndicator(id);
  return { title: ind ? indicatorText(ind, lang).name : translator(lang)("Indikatorn finns inte", "Indicator not found") };
}

/** Same parameters as /indikatorer/[id] plus vy=stapel|karta|tidsserie. */
export default async function EmbedIndicator({ params, searchParams }: Props) {
  const { id } = await params;
  const lang = await langFrom(params);
  const indicator = getIndicator(id);
  if (!indicator) notFound();
  const sp = await searchParams;
  const d = getDataset();
  const { regions, period, query, chosen, myRegion } = indicatorView(indicator, sp);
  const vy = parseIndicatorEmbedView(sp, indicator.fragment);
  const self = `/embed/indikatorer/${id}${query}${embedViewQuery(vy)}`;
  return (
    <>
      {vy === "tidsserie" || indicator.fragment ? (
        <IndicatorSeriesCard lang={lang} indicator={indicator} chosen={chosen} embedPath={self} />
      ) : vy === "karta" ? (
        <IndicatorMapCard lang={lang} indicator={indicator} values={d.values} regions={regions} period={period} embedPath={self} linkTarget="_blank" highlight={myRegion} />
      ) : (
        <RankedIndicatorCard lang={lang} indicator={indicator} values={d.values} regions={regions} period={period} level={2} embedPath={self} highlight={myRegion ?? undefined} />
      )}
      <EmbedFooter lang={lang} href={href(lang, `/indikatorer/${id}${query}`)} />
    </>
  );
}
