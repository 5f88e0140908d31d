import { SOURCE_TYPE_LABELS } from "@/lib/labels";
import type { SourceTypeId } from "@/lib/kinds";
import { formatNumber } from "@/lib/format";

const WHAT: Record<SourceTypeId, { sv: string; en: string }> = {
  "officiell-statistik": { sv: "SCB, Tillväxtanalys, Trafikanalys, SMHI med flera, även när värdet lästs ur en mellanhands fil (mellanhanden anges).", en: "SCB, Tillväxtanalys, Trafikanalys, SMHI and others, also when the value was read from an intermediary's file (the intermediary is named)." },
  "regionens-egen": { sv: "Regionens webbplats, nämndhandlingar och pressmeddelanden, även via en utskickstjänst eller föregångarens gamla adress.", en: "The region's website, committee papers and press releases, also via a press-release service or a predecessor's old address." },
  myndighet: { sv: "Länsstyrelser, Tillväxtverket, regeringen, riksdagen och andra myndigheter.", en: "County administrative boards, Tillväxtverket, the government, parliament and other agencies." },
  "tredje-part": { sv: "Press, organisationer, projekt och andra aktörer. Kontrollera mot originalet.", en: "Press, associations, projects and other actors. Check against the original." },
  spegel: { sv: "En kopia av dokumentet på en annan webbplats, eftersom originalet inte fanns sparat. Titeln säger vem som skrev originalet.", en: "A copy of the document on another site, because the original was not stored. The title says who wrote the original." },
};

/** The five source types explained, with how many of the dataset's sources have each (on /om). */
function SourceTypes({ counts, lang }: { counts: { type: SourceTypeId; count: number }[]; lang: "sv" | "en" }) {
  return (
    <>
      <h3 id="kalltyper">{lang === "en" ? "Source types" : "Källtyper"}</h3>
      <p>
        {lang === "en"
          ? "Every source link shows its type, so you can see at a glance how much to trust a figure. You can filter the records table by source type."
          : "Varje källänk visar sin typ, så att du direkt ser hur mycket du kan lita på en uppgift. Du kan filtrera posttabellen efter källtyp."}
      </p>
      <dl className="source-types">
        {counts.map(({ type, count }) => (
          <div key={type}>
            <dt><span className={`source-type source-type-${type}`}>{lang === "en" ? SOURCE_TYPE_LABELS[type].en : SOURCE_TYPE_LABELS[type].sv}</span> ({formatNumber(count, 0, lang)} {lang === "en" ? "sources" : "källor"})</dt>
            <dd>{lang === "en" ? WHAT[type].en : WHAT[type].sv}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

export const SourceTypesSv = ({ counts }: { counts: { type: SourceTypeId; count: number }[] }) => <SourceTypes counts={counts} lang="sv" />;
export const SourceTypesEn = ({ counts }: { counts: { type: SourceTypeId; count: number }[] }) => <SourceTypes counts={counts} lang="en" />;
