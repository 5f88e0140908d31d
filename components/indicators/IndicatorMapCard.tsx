import type { Indicator, IndicatorValue, Region } from "@/lib/schema";
import { indicatorMapCard } from "@/lib/cards/indicator-map";
import type { Lang } from "@/lib/i18n";
import { ChartCard } from "@/components/card/ChartCard";
import { CardMap } from "@/components/map/CardMap";

/** The indicator for one period as a choropleth of the 21 län, with the same data as a table. */
export function IndicatorMapCard({ indicator, values, regions, period, level = 2, embedPath, linkTarget, linkParams, highlight, everyStanding, lang }: {
  /** On a page that does not read ?min: every region's "my region" sentence, shown by MyRegionCarry for the chosen one. */
  everyStanding?: boolean;
  /** "My region": outlined on the map and named first in the description. */
  highlight?: string | null;
  /** Query parameters the map depends on ("ar" on the indicator page, the default; "karta" on the overview). */
  linkParams?: string[];
  /** "_blank" in embeds (see ChoroplethMap). */
  linkTarget?: "_blank";
  indicator: Indicator;
  values: IndicatorValue[];
  regions: Pick<Region, "code" | "name">[];
  period: string;
  level?: 2 | 3;
  embedPath?: string;
  lang: Lang;
}) {
  const model = indicatorMapCard({ indicator, values, regions, period, highlight, everyStanding }, lang);
  return (
    <ChartCard model={model} level={level} embedPath={embedPath} linkParams={linkParams} lang={lang}>
      <CardMap model={model} linkTarget={linkTarget} lang={lang} />
    </ChartCard>
  );
}
