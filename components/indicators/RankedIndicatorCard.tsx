import type { Indicator, IndicatorValue, Region } from "@/lib/schema";
import { rankedIndicatorCard } from "@/lib/cards/ranked-indicator";
import { missingText, translator, type Lang } from "@/lib/i18n";
import { ChartCard } from "@/components/card/ChartCard";
import { LazyHorizontalBarChart } from "@/components/charts/LazyHorizontalBarChart";

/** Ranked bars of the 21 regions for one indicator and period, Riket as a dashed reference line. */
export function RankedIndicatorCard({ indicator, values, regions, period, highlight, everyStanding, level = 3, embedPath, lang }: {
  /** On a page that does not read ?min: every region's "my region" sentence, shown by MyRegionCarry for the chosen one. */
  everyStanding?: boolean;
  indicator: Indicator;
  values: IndicatorValue[];
  regions: Pick<Region, "code" | "name">[];
  period: string;
  highlight?: string;
  level?: 2 | 3;
  embedPath?: string;
  lang: Lang;
}) {
  const model = rankedIndicatorCard({ indicator, values, regions, period, highlight, everyStanding }, lang);
  return (
    <ChartCard model={model} level={level} embedPath={embedPath} lang={lang}>
      {model.chart.data.length === 0 ? (
        <div className="chart-empty" style={{ height: 120 }}>{missingText(lang)} {translator(lang)("för", "for")} {period}.</div>
      ) : (
        <LazyHorizontalBarChart lang={lang} {...model.chart} />
      )}
    </ChartCard>
  );
}
