import type { Entry, Theme } from "@/lib/schema";
import { getDataset } from "@/lib/data";
import { themeRegionsCard } from "@/lib/cards/theme-regions";
import type { Lang } from "@/lib/i18n";
import { ChartCard } from "@/components/card/ChartCard";
import { KindCountBars } from "./KindCountBars";

/** Records about one theme per region (all 21), stacked by kind. Used on the theme page and in its embed. */
export function ThemeRegionsCard({ theme, entries, lang }: { theme: Theme; entries: Entry[]; lang: Lang }) {
  const model = themeRegionsCard({ theme, entries, regions: getDataset().regions }, lang);
  return (
    <ChartCard model={model} lang={lang}>
      <KindCountBars chart={model.chart} lang={lang} />
    </ChartCard>
  );
}
