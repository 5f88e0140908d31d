/**
 * Ranking: pure, and fast enough to run on every keystroke in the browser (see `npm run bench:search`).
 *
 * Every word of the query must match the item, directly or through a synonym (synonyms.ts). A word scores by where
 * it matches: a whole word in the name beats the start of a word in the name, which beats a part of a word in the
 * name (Swedish compounds: "forsorjning" in "kompetensforsorjning", from 3 letters), which beats the same in the
 * further text. A synonym scores half. Then regions before themes before indicators before records, and a county
 * code ("09", or "9") goes straight to its region.
 */
import { fold, queryWords } from "./normalize";
import { synonymsOf } from "./synonyms";
import { invertedOf, type Inverted } from "./inverted";
import { SEARCH_KINDS, type SearchIndex, type SearchItem, type SearchKind } from "./search-index";

export type SearchHit = { item: SearchItem; score: number };

const KIND_WEIGHT: Record<SearchKind, number> = { region: 20, tema: 12, indikator: 8, post: 0 };

/** Score of a vocabulary word for a typed term: whole word, word start, or (3+ letters) inside the word. */
function wordMatch(word: string, term: string): "whole" | "start" | "inside" | null {
  if (word === term) return "whole";
  if (word.startsWith(term)) return "start";
  if (term.length >= 3 && word.includes(term)) return "inside";
  return null;
}
const NAME_SCORE = { whole: 30, start: 20, inside: 10 } as const;
const TEXT_SCORE = { whole: 8, start: 6, inside: 2 } as const;

/** Each item's best score for one term (times `weight`), kept as the maximum in `into`. */
function scoreTerm(inv: Inverted, term: string, weight: number, into: Float64Array) {
  const { words, inName, inText } = inv;
  for (let w = 0; w < words.length; w++) {
    const m = wordMatch(words[w], term);
    if (!m) continue;
    const ns = NAME_SCORE[m] * weight;
    for (const i of inName[w]) if (into[i] < ns) into[i] = ns;
    if (m === "inside" && term.length < 4) continue;
    const ts = TEXT_SCORE[m] * weight;
    for (const i of inText[w]) if (into[i] < ts) into[i] = ts;
  }
}

/** A county code as typed: "09", "9", "län 9" → "09"; anything else null. */
export function countyCodeOf(query: string): string | null {
  const m = query.trim().match(/^(?:l[aä]n(?:skod)?\s*)?(\d{1,2})$/i);
  return m ? m[1].padStart(2, "0") : null;
}

export type SearchOptions = { limit?: number };

export function search(index: SearchIndex, query: string, opts: SearchOptions = {}): SearchHit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const inv = invertedOf(index);
  const n = index.items.length;
  let total: Float64Array | null = null;
  for (const term of words) {
    const s = new Float64Array(n);
    scoreTerm(inv, term, 1, s);
    for (const syn of synonymsOf(term)) scoreTerm(inv, syn, 0.5, s);
    if (total === null) total = s;
    else for (let i = 0; i < n; i++) total[i] = total[i] > 0 && s[i] > 0 ? total[i] + s[i] : 0;
  }
  const phrase = fold(query).trimEnd() + " ";
  const code = countyCodeOf(query);
  const hits: SearchHit[] = [];
  for (let i = 0; i < n; i++) {
    const item = index.items[i];
    if (code && item.kind === "region" && item.id === code) {
      hits.push({ item, score: 1000 });
      continue;
    }
    let score = total![i];
    if (score === 0) continue;
    if (words.length > 1 && item.name.includes(phrase)) score += 15;
    hits.push({ item, score: score + KIND_WEIGHT[item.kind] });
  }
  hits.sort(compareHits);
  return opts.limit ? hits.slice(0, opts.limit) : hits;
}

const KIND_ORDER = Object.fromEntries(SEARCH_KINDS.map((k, i) => [k, i])) as Record<SearchKind, number>;

function compareHits(a: SearchHit, b: SearchHit): number {
  return b.score - a.score || KIND_ORDER[a.item.kind] - KIND_ORDER[b.item.kind] || a.item.sv.length - b.item.sv.length
    || (a.item.sv < b.item.sv ? -1 : a.item.sv > b.item.sv ? 1 : 0);
}

export type SearchGroup = { kind: SearchKind; hits: SearchHit[]; total: number };

/**
 * Hits grouped by kind, in the order of each group's best hit (so "Gotland" shows the region first and
 * "bredband" the indicators), at most `perKind` hits per group.
 */
export function groupHits(hits: SearchHit[], perKind = Infinity): SearchGroup[] {
  const groups = new Map<SearchKind, SearchGroup>();
  for (const h of hits) {
    let g = groups.get(h.item.kind);
    if (!g) groups.set(h.item.kind, (g = { kind: h.item.kind, hits: [], total: 0 }));
    g.total++;
    if (g.hits.length < perKind) g.hits.push(h);
  }
  return [...groups.values()];
}
