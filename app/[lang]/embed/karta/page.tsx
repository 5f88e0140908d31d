import { getDataset, regionsByName } from "@/lib/data";
import { countsByRegion, sortEntries } from "@/lib/derive/records";
import { formatNumber } from "@/lib/format";
import { NATIONAL_CODE } from "@/lib/schema";
import { href, langFrom, translator } from "@/lib/i18n";
import { RecordsMapCard } from "@/components/records/RecordsMapCard";
import { EmbedFooter } from "@/components/layout/EmbedFooter";

/** The overview's map of records per region. */
export default async function EmbedRecordsMap({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langFrom(params);
  const t = translator(lang);
  const d = getDataset();
  const regional = d.entries.filter((e) => e.region !== NATIONAL_CODE);
  const conclusions = sortEntries(d.entries.filter((e) => e.region === NATIONAL_CODE && e.kind === "slutsats"));
  return (
    <>
      <RecordsMapCard
        lang={lang}
        id="karta-poster"
        title={t("Antal poster per region", "Number of records by region")}
        subtitle={t(
          `Antal poster (insatser, resultat, strategier, anslag) per region, ${formatNumber(regional.length)} poster.`,
          `Number of records (activities, results, strategies, funding) by region, ${formatNumber(regional.length, 0, lang)} records.`,
        )}
        counts={countsByRegion(regional, regionsByName())}
        hrefFor={(code) => href(lang, `/regioner/${code}`)}
        sources={conclusions.slice(0, 1).map((e) => e.source)}
        embedPath="/embed/karta"
      />
      <EmbedFooter lang={lang} href={`${href(lang, "/")}#karta`} />
    </>
  );
}
