/**
 * Step: give every source a type (officiell-statistik, regionens-egen, myndighet, tredje-part, spegel) from the
 * reviewed rules in data/meta/source-types.json. Pure.
 */
import type { Source, SourceRef, SourceType } from "../../schema";

export type SourceTypeRules = {
  /** Host (or parent domain) → type, e.g. "docplayer.se": "spegel", "lansstyrelsen.se": "myndighet". */
  byHost: Record<string, SourceType>;
  /** Exact address → type, for the few pages whose host says too little. */
  byUrl?: Record<string, SourceType>;
  /** Exact address → note shown next to the link (e.g. "pressmeddelande via Mynewsdesk"). */
  notes?: Record<string, string>;
  /** Host (or parent domain) → note, e.g. a press-release service or a predecessor's old address. */
  notesByHost?: Record<string, string>;
};

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, "");
  } catch {
    return "";
  }
}

function byDomain<T>(map: Record<string, T> | undefined, url: string): T | undefined {
  if (!map) return undefined;
  const parts = hostOf(url).split(".");
  for (let i = 0; i < parts.length - 1; i++) {
    const t = map[parts.slice(i).join(".")];
    if (t) return t;
  }
  return undefined;
}
const hostRule = (rules: SourceTypeRules | undefined, url: string) => byDomain(rules?.byHost, url);

/**
 * Records: the address rule, then the host rule, else "tredje-part" (an unknown site is not trusted by default).
 * Indicator values: official statistics unless the address or host says mirror, third party or the region's own page
 * (statistics read via an intermediary file on GitHub stay official statistics; the credit names the intermediary).
 */
export function sourceType(rules: SourceTypeRules | undefined, url: string, context: "entry" | "value"): SourceType {
  const exact = rules?.byUrl?.[url];
  if (exact) return exact;
  const byHost = hostRule(rules, url);
  if (context === "entry") return byHost ?? "tredje-part";
  return byHost === "spegel" || byHost === "tredje-part" || byHost === "regionens-egen" ? byHost : "officiell-statistik";
}

export function typedSource(rules: SourceTypeRules | undefined, ref: SourceRef & { note?: string }, context: "entry" | "value"): Source {
  const out: Source = { url: ref.url, title: ref.title, type: sourceType(rules, ref.url, context) };
  const note = ref.note ?? rules?.notes?.[ref.url] ?? byDomain(rules?.notesByHost, ref.url);
  if (note) out.note = note;
  return out;
}
