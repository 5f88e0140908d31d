/** What a search hit looks like to the user: its link, its name and one line of context, in sv or en. */
import { href, translator, type Lang } from "../i18n";
import { KIND_LABELS } from "../labels";
import type { KindId } from "../kinds";
import { NATIONAL_CODE } from "../kinds";
import type { SearchIndex, SearchItem, SearchKind } from "./search-index";

/** Where a record's card lives: its region's page, or for a national record its theme's page. */
function recordScope(item: SearchItem): { page: string; filter: string } {
  return item.region && item.region !== NATIONAL_CODE
    ? { page: `/regioner/${item.region}`, filter: `region=${item.region}` }
    : { page: `/teman/${item.theme}`, filter: `tema=${item.theme}` };
}

/** The page a hit opens. Records have no page of their own: their card on the region page (national ones: theme page). */
export function hitPath(item: SearchItem): string {
  switch (item.kind) {
    case "region": return `/regioner/${item.id}`;
    case "tema": return `/teman/${item.id}`;
    case "indikator": return `/indikatorer/${item.id}`;
    case "post": return `${recordScope(item).page}#post-${item.id}`;
  }
}

export function hitHref(item: SearchItem, lang: Lang): string {
  return href(lang, hitPath(item));
}

/**
 * A record in the records table (/data, filtered and paged on the server): its region (or theme, for national records)
 * and its title as the search text. The region page's HTML carries only its first cards, so without JavaScript a card
 * further down is not there to open; the table always has it.
 */
export function hitTableHref(item: SearchItem, lang: Lang): string | null {
  if (item.kind !== "post") return null;
  return href(lang, `/data?${recordScope(item).filter}&q=${encodeURIComponent(item.sv)}`);
}

export function hitName(item: SearchItem, lang: Lang): string {
  return lang === "en" && item.en ? item.en : item.sv;
}

/** Whether the shown name is Swedish text inside the English UI (record titles). */
export function nameIsSwedish(item: SearchItem, lang: Lang): boolean {
  return lang === "en" && !item.en && item.kind === "post";
}

export function kindHeading(kind: SearchKind, lang: Lang): string {
  const t = translator(lang);
  return { region: t("Regioner", "Regions"), tema: t("Teman", "Themes"), indikator: t("Indikatorer", "Indicators"), post: t("Poster", "Records") }[kind];
}

export function kindSingular(kind: SearchKind, lang: Lang): string {
  const t = translator(lang);
  return { region: "Region", tema: t("Tema", "Theme"), indikator: t("Indikator", "Indicator"), post: t("Post", "Record") }[kind];
}

export type Names = { region: (code: string) => string; theme: (slug: string) => string };

/** Region and theme names from the index itself (the browser has nothing else). */
export function namesFrom(index: SearchIndex, lang: Lang): Names {
  const regions = new Map<string, string>();
  const themes = new Map<string, string>();
  for (const i of index.items) {
    if (i.kind === "region") regions.set(i.id, i.sv);
    else if (i.kind === "tema") themes.set(i.id, hitName(i, lang));
  }
  const all = translator(lang)("Alla regioner", "All regions");
  return {
    region: (c) => (c === NATIONAL_CODE ? all : regions.get(c) ?? c),
    theme: (s) => themes.get(s) ?? s,
  };
}

/** One line of context: "Länskod 09", "Insats · Region Gotland · Kompetensförsörjning · 2023". */
export function hitContext(item: SearchItem, lang: Lang, names: Names): string {
  const t = translator(lang);
  switch (item.kind) {
    case "region": return `${t("Länskod", "County code")} ${item.id}`;
    case "tema": return t("Tema", "Theme");
    case "indikator": return item.theme ? `${t("Indikator", "Indicator")} · ${names.theme(item.theme)}` : t("Indikator", "Indicator");
    case "post": {
      const kind = item.recordKind && item.recordKind in KIND_LABELS ? KIND_LABELS[item.recordKind as KindId][lang] : t("Post", "Record");
      return [kind, names.region(item.region ?? ""), names.theme(item.theme ?? ""), item.year ? String(item.year) : null].filter(Boolean).join(" · ");
    }
  }
}
