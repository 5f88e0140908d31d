import type { Entry, Region } from "@/lib/schema";
import { getDataset } from "@/lib/data";
import { regionThemesCard } from "@/lib/cards/region-themes";
import type { Lang } from "@/lib/i18n";
import { ChartCard } from "@/components/card/ChartCard";
import { KindCountBars } from "./KindCountBars";

/** Records per theme for one region, stacked by kind. Used on the region page and in its embed. */
export function RegionThemesCard({ region, entries, lang }: { region: Region; entries: Entry[]; lang: Lang }) {
  const model = regionThemesCard({ region, entries, themes: getDataset().themes }, lang);
  return (
    <ChartCard model={model} lang={lang}>
      <KindCountBars chart={model.chart} lang={lang} />
    </ChartCard>
  );
}
