import { notFound } from "next/navigation";
import { getDataset, getIndicator } from "@/lib/data";
import { pickParam, type SearchParamsLike } from "@/lib/url-state";
import { indicatorView } from "@/lib/indicator-view";
import { RankedIndicatorCard } from "@/components/indicators/RankedIndicatorCard";
import { IndicatorMapCard } from "@/components/indicators/IndicatorMapCard";
import { IndicatorSeriesCard } from "@/components/indicators/IndicatorSeriesCard";
import { EmbedFooter } from "@/components/layout/EmbedFooter";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<SearchParamsLike> };

export async function generateMetadata({ params }: Props) {
  const { id } = await params;
  return { title: getIndicator(id)?.nameSv ?? "Indikatorn finns inte" };
}

/** Same parameters as /indikatorer/[id] plus vy=stapel|karta|tidsserie. */
export default async function EmbedIndicator({ params, searchParams }: Props) {
  const { id } = await params;
  const indicator = getIndicator(id);
  if (!indicator) notFound();
  const sp = await searchParams;
  const d = getDataset();
  const { regions, period, query, chosen } = indicatorView(indicator, sp);
  const vy = pickParam(sp, "vy", ["stapel", "karta", "tidsserie"] as const, indicator.fragment ? "tidsserie" : "stapel");
  const self = `/embed/indikatorer/${id}${query}&vy=${vy}`;
  return (
    <>
      {vy === "tidsserie" || indicator.fragment ? (
        <IndicatorSeriesCard indicator={indicator} chosen={chosen} embedPath={self} />
      ) : vy === "karta" ? (
        <IndicatorMapCard indicator={indicator} values={d.values} regions={regions} period={period} embedPath={self} />
      ) : (
        <RankedIndicatorCard indicator={indicator} values={d.values} regions={regions} period={period} level={2} embedPath={self} />
      )}
      <EmbedFooter href={`/indikatorer/${id}${query}`} />
    </>
  );
}
