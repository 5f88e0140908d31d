import type { Source } from "@/lib/schema";
import type { Lang } from "@/lib/i18n";
import { SOURCE_TYPE_LABELS } from "@/lib/labels";
import { joinList } from "@/lib/text";
import { InSwedish } from "@/components/layout/InSwedish";
import { ClosedOnPhone } from "@/components/layout/ClosedOnPhone";

/**
 * The sources a page uses, as a disclosure whose summary counts them by type ("43 källor: 20 officiell statistik, …").
 * Open on wide screens and without JavaScript; closed at first on a phone (each chart and card names its own source).
 */
export function PageSources({ sources, lang }: { sources: Pick<Source, "url" | "title" | "type">[]; lang: Lang }) {
  const sv = lang !== "en";
  const byType = new Map<string, number>();
  for (const s of sources) {
    const label = s.type ? SOURCE_TYPE_LABELS[s.type][sv ? "sv" : "en"].toLowerCase() : sv ? "utan typ" : "no type";
    byType.set(label, (byType.get(label) ?? 0) + 1);
  }
  const parts = [...byType.entries()].sort((a, b) => b[1] - a[1]).map(([label, n]) => `${n} ${label}`);
  const head = sv ? `${sources.length} ${sources.length === 1 ? "källa" : "källor"}` : `${sources.length} ${sources.length === 1 ? "source" : "sources"}`;
  return (
    <ClosedOnPhone>
      <p>
        {sv
          ? "Varje post och varje indikator har sin källa. De här källorna används på sidan:"
          : "Every record and every indicator has its source. These sources are used on this page:"}
      </p>
      <details open className="page-disclosure">
        <summary>{head}{parts.length ? `: ${joinList(parts, lang)}` : ""}</summary>
        <ul className="source-list">
          {sources.map((s) => (
            <li key={s.url}><a href={s.url} rel="noopener noreferrer"><InSwedish lang={lang} quiet>{s.title}</InSwedish></a></li>
          ))}
        </ul>
        {!sv ? <p className="only-sv">Source titles are in Swedish.</p> : null}
      </details>
    </ClosedOnPhone>
  );
}
