import { href, langFrom } from "@/lib/i18n";
import { OverviewRecordsMap } from "@/components/records/OverviewRecordsMap";
import { EmbedFooter } from "@/components/layout/EmbedFooter";

/** The overview's map of records per region. */
export default async function EmbedRecordsMap({ params }: { params: Promise<{ lang: string }> }) {
  const lang = await langFrom(params);
  return (
    <>
      <OverviewRecordsMap lang={lang} linkTarget="_blank" />
      <EmbedFooter lang={lang} href={`${href(lang, "/")}#karta`} />
    </>
  );
}
