import { notFound } from "next/navigation";
import { entriesForRegion, getRegion, getRegions } from "@/lib/data";
import { sortEntries } from "@/lib/derive/records";
import { RegionThemesCard } from "@/components/records/RegionThemesCard";
import { EmbedFooter } from "@/components/layout/EmbedFooter";

export const dynamicParams = false;
export function generateStaticParams() {
  return getRegions().map((r) => ({ kod: r.code }));
}

export default async function EmbedRegion({ params }: { params: Promise<{ kod: string }> }) {
  const { kod } = await params;
  const region = getRegion(kod);
  if (!region) notFound();
  return (
    <>
      <RegionThemesCard region={region} entries={sortEntries(entriesForRegion(kod))} />
      <EmbedFooter href={`/regioner/${kod}`} />
    </>
  );
}
