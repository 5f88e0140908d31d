import type { ReactNode } from "react";
import type { Lang } from "@/lib/i18n";

/**
 * Text from the dataset that exists only in Swedish (record titles and summaries, source titles, strategy names,
 * caveats). In the Swedish UI it is plain text. In the English UI it is marked up as Swedish (lang="sv", so screen
 * readers switch voice) and, unless `quiet`, followed by a visible "(in Swedish)" marker.
 */
export function InSwedish({ lang, children, as: As = "span", quiet = false, className }: {
  lang: Lang;
  children: ReactNode;
  as?: "span" | "p" | "div" | "li";
  quiet?: boolean;
  className?: string;
}) {
  if (lang === "sv") return <As className={className}>{children}</As>;
  return (
    <As className={className}>
      <span lang="sv">{children}</span>
      {quiet ? null : <span className="only-sv"> (in Swedish)</span>}
    </As>
  );
}
