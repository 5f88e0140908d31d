import type { CardModel, MapChart } from "@/lib/cards/types";
import type { Lang } from "@/lib/i18n";
import { ChartCard } from "@/components/card/ChartCard";
import { CardMap } from "@/components/map/CardMap";

/** Number of records per län as a choropleth (model: lib/cards/records-map.ts). */
export function RecordsMapCard({ model, level = 2, linkTarget, lang }: {
  model: CardModel<MapChart>;
  /** "_blank" in embeds (see ChoroplethMap). */
  linkTarget?: "_blank";
  level?: 2 | 3;
  lang: Lang;
}) {
  return (
    <ChartCard model={model} level={level} lang={lang}>
      <CardMap model={model} linkTarget={linkTarget} lang={lang} />
    </ChartCard>
  );
}
