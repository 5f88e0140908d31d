import { getDataset, regionsByName } from "@/lib/data";
import { countsByRegion, sortEntries } from "@/lib/derive/records";
import { formatNumber } from "@/lib/format";
import { NATIONAL_CODE } from "@/lib/schema";
import { href, translator, type Lang } from "@/lib/i18n";
import { RecordsMapCard } from "./RecordsMapCard";

/** The overview's map of records per region; the same card on `/` and in its embed (`/embed/karta`). */
export function OverviewRecordsMap({ lang, linkTarget }: { lang: Lang; linkTarget?: "_blank" }) {
  const t = translator(lang);
  const d = getDataset();
  const regional = d.entries.filter((e) => e.region !== NATIONAL_CODE);
  const conclusions = sortEntries(d.entries.filter((e) => e.region === NATIONAL_CODE && e.kind === "slutsats"));
  return (
    <RecordsMapCard
      lang={lang}
      id="karta-poster"
      title={t("Antal poster per region", "Number of records by region")}
      subtitle={t(
        `Antal poster (insatser, resultat, strategier, anslag) per region, ${formatNumber(regional.length)} poster.`,
        `Number of records (activities, results, strategies, funding) by region, ${formatNumber(regional.length, 0, lang)} records.`,
      )}
      counts={countsByRegion(regional, regionsByName())}
      entries={regional}
      hrefFor={(code) => href(lang, `/regioner/${code}`)}
      sources={conclusions.slice(0, 1).map((e) => e.source)}
      embedPath="/embed/karta"
      linkTarget={linkTarget}
    />
  );
}
