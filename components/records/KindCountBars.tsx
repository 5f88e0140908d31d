import type { BarsChart } from "@/lib/cards/types";
import type { Lang } from "@/lib/i18n";
import { LazyHorizontalBarChart } from "@/components/charts/LazyHorizontalBarChart";

/** Records per row, stacked by kind, the total printed after each bar (data: lib/cards/kind-counts.ts). */
export function KindCountBars({ chart, lang }: { chart: BarsChart; lang: Lang }) {
  return <LazyHorizontalBarChart lang={lang} {...chart} />;
}
