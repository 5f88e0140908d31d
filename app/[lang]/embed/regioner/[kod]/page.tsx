import { notFound } from "next/navigation";
import { entriesForRegion, getRegion, getRegions } from "@/lib/data";
import { sortEntries } from "@/lib/derive/records";
import { RegionThemesCard } from "@/components/records/RegionThemesCard";
import { EmbedFooter } from "@/components/layout/EmbedFooter";
import { href, langFrom } from "@/lib/i18n";

// Unknown codes get the global 404 page (app/global-not-found.tsx), rendered on the server.
export const dynamicParams = false;
export function generateStaticParams() {
  return getRegions().map((r) => ({ kod: r.code }));
}

export default async function EmbedRegion({ params }: { params: Promise<{ lang: string; kod: string }> }) {
  const { kod } = await params;
  const lang = await langFrom(params);
  const region = getRegion(kod);
  if (!region) notFound();
  return (
    <>
      <RegionThemesCard region={region} entries={sortEntries(entriesForRegion(kod))} lang={lang} />
      <EmbedFooter lang={lang} href={href(lang, `/regioner/${kod}`)} />
    </>
  );
}
