/**
 * An inverted index over a search index's folded words, built once per index (and cached): every distinct word with
 * the items whose name, or further text, contains it. A keystroke then scans the vocabulary (a few thousand words)
 * instead of every item's text, and touches only the items that match.
 */
import type { SearchIndex } from "./search-index";

export type Inverted = {
  /** Distinct words, and for each the items that have it in their name / in their text (item positions). */
  words: string[];
  inName: Int32Array[];
  inText: Int32Array[];
};

const cache = new WeakMap<SearchIndex, Inverted>();

export function invertedOf(index: SearchIndex): Inverted {
  let inv = cache.get(index);
  if (!inv) cache.set(index, (inv = build(index)));
  return inv;
}

function build(index: SearchIndex): Inverted {
  const names = new Map<string, number[]>();
  const texts = new Map<string, number[]>();
  const add = (map: Map<string, number[]>, s: string, i: number) => {
    for (const w of new Set(s.split(" "))) {
      if (!w) continue;
      const list = map.get(w);
      if (list) list.push(i);
      else map.set(w, [i]);
    }
  };
  index.items.forEach((item, i) => {
    add(names, item.name, i);
    add(texts, item.text, i);
  });
  const words = [...new Set([...names.keys(), ...texts.keys()])];
  const empty = new Int32Array(0);
  return {
    words,
    inName: words.map((w) => (names.has(w) ? Int32Array.from(names.get(w)!) : empty)),
    inText: words.map((w) => (texts.has(w) ? Int32Array.from(texts.get(w)!) : empty)),
  };
}
