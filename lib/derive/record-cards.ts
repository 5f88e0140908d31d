/**
 * Records as cards (region and theme pages): the plain-JSON row a card needs, and the sentence that counts them.
 * The page's own region (or theme) is left out of the card: every card on the page shares it.
 */
import type { Entry, Theme } from "../schema";
import type { Lang } from "../i18n";
import { figureText, searchText, type DataRow } from "./table-rows";

/** A table row (DataRow) without its period, with the figures as a list and the source's note. */
export type CardRow = Omit<DataRow, "figures" | "period"> & {
  /** "Antal företag: 120 st", as the source wrote them. */
  figures: string[];
  /** Provenance worth showing next to the source link (e.g. the mirror copy that was read first). */
  sourceNote: string | null;
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
/**
 * Cards on the first page (two rows of two on a desktop, a phone screen or two); "Visa alla" shows the rest. Only these
 * are in the page's HTML (lib/records-table-data.ts scopeCardsPage); the rest come from app/api/poster when needed.
 */
export const CARDS_FIRST_PAGE = 4;

export function cardCountText(shown: number, total: number, lang: Lang, matching = shown): string {
  if (matching === 0) return lang === "en" ? "No records match the filters." : "Inga poster matchar filtren.";
  const word = (n: number) => (lang === "en" ? (n === 1 ? "record" : "records") : n === 1 ? "post" : "poster");
  const nf = (n: number) => (lang === "en" ? new Intl.NumberFormat("en-GB").format(n) : String(n));
  // The first page of a longer list of matches: how many are shown, of how many match, of how many there are.
  if (shown < matching && matching < total) {
    return lang === "en"
      ? `Showing ${nf(shown)} of ${nf(matching)} matching ${word(matching)} (of ${nf(total)}).`
      : `Visar ${shown} av ${matching} matchande ${word(matching)} (av ${total}).`;
  }
  return lang === "en" ? `Showing ${nf(shown)} of ${nf(total)} ${word(total)}.` : `Visar ${shown} av ${total} ${word(total)}.`;
}
