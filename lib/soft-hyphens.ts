/**
 * Soft hyphens (U+00AD) at the joins of the long compound words in theme names, so narrow column headers (the
 * coverage matrix, the /jamfor heatmap) break "Kompetens-försörjning" where a reader expects it instead of widening
 * the table past the screen or breaking mid-syllable. Chromium has no Swedish hyphenation dictionary, so
 * `hyphens: auto` does nothing here. Only the words below; everything else is left as it is.
 */
const SPLITS = [
  "utvecklings|strategier", "kompetens|försörjning", "kompetens|utveckling", "entreprenör|skap", "före|tagande",
  "kommuni|kation", "transport|systemet", "jäm|ställdhet", "territori|ella", "upp|följning", "ut|värdering",
  "möjlig|heter", "håll|barhet", "integra|tion", "sam|verkan", "ut|veckling", "regional|a",
  "develop|ment", "entrepreneur|ship", "opportu|nities", "communi|cation", "collabo|ration", "sustain|ability",
  "perspec|tives", "evalu|ation", "monitor|ing", "alloca|tion", "transport|system", "equal|ity", "inno|vation",
];
const BY_WORD = new Map(SPLITS.map((s) => [s.replace(/\|/g, ""), s.split("|").map((p) => p.length)]));

export function softHyphens(text: string): string {
  return text.replace(/[\p{L}]+/gu, (word) => {
    const parts = BY_WORD.get(word.toLocaleLowerCase("sv-SE"));
    if (!parts) return word;
    let out = "";
    let at = 0;
    parts.forEach((len, i) => {
      out += word.slice(at, at + len) + (i < parts.length - 1 ? "\u00ad" : "");
      at += len;
    });
    return out;
  });
}
