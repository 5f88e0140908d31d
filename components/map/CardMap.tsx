import type { CardModel, MapChart } from "@/lib/cards/types";
import type { Lang } from "@/lib/i18n";
import { ChoroplethMap } from "./ChoroplethMap";

/** A map card's drawing: the choropleth with the card's title and description (the card shows them, not the map). */
export function CardMap({ model, linkTarget, lang }: { model: CardModel<MapChart>; linkTarget?: "_blank"; lang: Lang }) {
  return (
    <div data-export-target>
      <ChoroplethMap lang={lang} linkTarget={linkTarget} title={model.title} description={model.description} showCaption={false} {...model.chart} />
    </div>
  );
}
