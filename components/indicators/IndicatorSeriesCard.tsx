import type { Indicator } from "@/lib/schema";
import { getDataset } from "@/lib/data";
import { indicatorSeriesCard } from "@/lib/cards/indicator-series";
import type { Lang } from "@/lib/i18n";
import { ChartCard } from "@/components/card/ChartCard";
import { LazyTimeSeriesChart } from "@/components/charts/LazyTimeSeriesChart";

/** The indicator over time for a few regions and Riket; a series break is drawn and said in words. */
export function IndicatorSeriesCard({ indicator, chosen, embedPath, lang }: { indicator: Indicator; chosen: string[]; embedPath?: string; lang: Lang }) {
  const d = getDataset();
  const model = indicatorSeriesCard({ indicator, values: d.values, regions: d.regions, chosen }, lang);
  if (model.chart === null) return <p className="muted">{model.description}</p>;
  return (
    <ChartCard model={model} embedPath={embedPath} lang={lang}>
      <LazyTimeSeriesChart lang={lang} {...model.chart} />
    </ChartCard>
  );
}
