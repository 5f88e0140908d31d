import type { Source } from "@/lib/schema";
import { SOURCE_TYPE_LABELS } from "@/lib/labels";
import type { Lang } from "@/lib/i18n";
import { InSwedish } from "@/components/layout/InSwedish";

/**
 * A source link with its type next to it ("Myndighet", "Spegelsida" …), so a reader sees at a glance how much to trust
 * it. Mirror and third-party sources also get a visible caution, and the source's own note (e.g. "first read from a
 * mirror site") is shown after it, marked "(in Swedish)" in the English UI. Server component: plain HTML.
 */
export function SourceLink({ source, lang, label = true }: { source: Pick<Source, "url" | "title" | "type" | "note">; lang: Lang; label?: boolean }) {
  const l = SOURCE_TYPE_LABELS[source.type];
  const sv = lang === "en" ? "sv" : undefined;
  return (
    <>
      {label ? (lang === "en" ? "Source: " : "Källa: ") : null}
      <a href={source.url} rel="noopener noreferrer" lang={sv}>{source.title}</a>{" "}
      <span className={`source-type source-type-${source.type}`}>{lang === "en" ? l.en : l.sv}</span>
      {l.caution ? <span className="source-caution"> {lang === "en" ? l.caution.en : l.caution.sv}</span> : null}
      {/* The notes exist only in Swedish: in the English UI marked as such, visibly and for screen readers. */}
      {source.note ? <>{" "}<InSwedish lang={lang} className="source-note">{source.note}</InSwedish></> : null}
    </>
  );
}
