/**
 * Records as cards (region and theme pages): the plain-JSON row a card needs, and the sentence that counts them.
 * The page's own region (or theme) is left out of the card: every card on the page shares it.
 */
import type { Entry, Theme } from "../schema";
import type { Lang } from "../i18n";
import { figureText, searchText } from "./table-rows";

export type CardRow = {
  id: string;
  region: string;
  regionLabel: string;
  theme: string;
  themeLabel: string;
  kind: Entry["kind"];
  title: string;
  summary: string;
  /** "Antal företag: 120 st", as the source wrote them. */
  figures: string[];
  year: number | null;
  actor: string | null;
  sourceUrl: string;
  sourceTitle: string;
  /** How much to trust the source at a glance (official statistics, the region's own, a mirror …). */
  sourceType: Entry["source"]["type"];
  sourceNote: string | null;
  haystack: string;
};

export function toCardRow(e: Entry, regionLabel: string, themeLabel: string, lang: Lang = "sv"): CardRow {
  const figures = e.figures.map(figureText);
  const row = {
    id: e.id, region: e.region, regionLabel, theme: e.theme, themeLabel, kind: e.kind, title: e.title, summary: e.summary,
    figures, year: e.year, actor: e.actor ?? null, sourceUrl: e.source.url, sourceTitle: e.source.title,
  };
  return { ...row, sourceType: e.source.type, sourceNote: e.source.note ?? null, haystack: searchText({ ...row, figures: figures.join("; ") }, lang) };
}

/** Theme order of the dataset (the order of the theme pages), then newest first, records without a year last, then title. */
export function sortForCards<T extends Pick<Entry, "theme" | "year" | "title">>(entries: T[], themes: Pick<Theme, "slug">[]): T[] {
  const order = new Map(themes.map((t, i) => [t.slug, i]));
  return [...entries].sort(
    (a, b) => (order.get(a.theme) ?? 99) - (order.get(b.theme) ?? 99) || (b.year ?? -1) - (a.year ?? -1) || a.title.localeCompare(b.title, "sv"),
  );
}

/** "Visar 4 av 11 poster." / "Showing 4 of 11 records."; "Inga poster matchar filtren." when none. */
export function cardCountText(shown: number, total: number, lang: Lang): string {
  if (shown === 0) return lang === "en" ? "No records match the filters." : "Inga poster matchar filtren.";
  if (lang === "en") {
    const nf = new Intl.NumberFormat("en-GB");
    return `Showing ${nf.format(shown)} of ${nf.format(total)} ${total === 1 ? "record" : "records"}.`;
  }
  return `Visar ${shown} av ${total} ${total === 1 ? "post" : "poster"}.`;
}
