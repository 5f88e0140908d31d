import { getDataset, regionsByName } from "@/lib/data";
import { countsByRegion, sortEntries } from "@/lib/derive/records";
import { formatNumber } from "@/lib/format";
import { NATIONAL_CODE } from "@/lib/schema";
import { RecordsMapCard } from "@/components/records/RecordsMapCard";
import { EmbedFooter } from "@/components/layout/EmbedFooter";

/** The overview's map of records per region. */
export default function EmbedRecordsMap() {
  const d = getDataset();
  const regional = d.entries.filter((e) => e.region !== NATIONAL_CODE);
  const conclusions = sortEntries(d.entries.filter((e) => e.region === NATIONAL_CODE && e.kind === "slutsats"));
  return (
    <>
      <RecordsMapCard
        id="karta-poster"
        title="Antal poster per region"
        subtitle={`Antal poster (insatser, resultat, strategier, anslag) per region, ${formatNumber(regional.length)} poster.`}
        counts={countsByRegion(regional, regionsByName())}
        hrefFor={(code) => `/regioner/${code}`}
        sources={conclusions.slice(0, 1).map((e) => e.source)}
        embedPath="/embed/karta"
      />
      <EmbedFooter href="/#karta" />
    </>
  );
}
