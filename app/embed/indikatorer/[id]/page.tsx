import { notFound } from "next/navigation";
import { getDataset, getIndicator } from "@/lib/data";
import { chooseSeriesRegions, defaultPeriod, periodsOf, rankingFor } from "@/lib/derive/indicators";
import { NATIONAL_CODE } from "@/lib/schema";
import { pickListParam, pickParam, type SearchParamsLike } from "@/lib/url-state";
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
  const regions = [...d.regions].sort((a, b) => a.code.localeCompare(b.code));
  const periods = periodsOf(d.values, id);
  const period = pickParam(sp, "ar", periods.map((p) => p.period), defaultPeriod(d.values, id)?.period ?? "");
  const vy = pickParam(sp, "vy", ["stapel", "karta", "tidsserie"] as const, indicator.fragment ? "tidsserie" : "stapel");
  const withValues = new Set(d.values.filter((v) => v.indicator === id).map((v) => v.region));
  const allowed = [NATIONAL_CODE, ...regions.map((r) => r.code)].filter((c) => withValues.has(c));
  const requested = pickListParam(sp, "regioner", allowed);
  const ranking = period ? rankingFor(d.values, id, period, regions) : null;
  const query = `?ar=${encodeURIComponent(period)}${requested.length ? `&regioner=${requested.join(",")}` : ""}`;
  const self = `/embed/indikatorer/${id}${query}&vy=${vy}`;
  return (
    <>
      {vy === "tidsserie" || indicator.fragment ? (
        <IndicatorSeriesCard indicator={indicator} chosen={chooseSeriesRegions(requested, ranking, allowed, indicator.fragment)} embedPath={self} />
      ) : vy === "karta" ? (
        <IndicatorMapCard indicator={indicator} values={d.values} regions={regions} period={period} embedPath={self} />
      ) : (
        <RankedIndicatorCard indicator={indicator} values={d.values} regions={regions} period={period} level={2} embedPath={self} />
      )}
      <EmbedFooter href={`/indikatorer/${id}${query}`} />
    </>
  );
}
