import { getDataset, regionsByName } from "@/lib/data";
import { overviewRecordsMapCard } from "@/lib/cards/records-map";
import type { Lang } from "@/lib/i18n";
import { RecordsMapCard } from "./RecordsMapCard";

/** The overview's map of records per region; the same card on `/` and in its embed (`/embed/karta`). */
export function OverviewRecordsMap({ lang, linkTarget }: { lang: Lang; linkTarget?: "_blank" }) {
  const model = overviewRecordsMapCard({ entries: getDataset().entries, regions: regionsByName() }, lang);
  return <RecordsMapCard lang={lang} model={model} linkTarget={linkTarget} />;
}
