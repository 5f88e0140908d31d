/**
 * Words users type for the same thing, in Swedish and English. A query word that starts one of these words (at
 * least 3 letters typed, or the whole word) also searches the other words of its group, at a lower score than a
 * direct hit. Folded (see normalize.ts), single words only.
 *
 * Why these: the dataset's names are official ("Bruttoregionprodukt", "Digital kommunikation och
 * transportsystemet", "Utsläpp av växthusgaser"), users type the everyday word ("BRP", "bredband", "klimat").
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["brp", "grp", "bruttoregionprodukt", "bnp", "gdp"],
  ["bredband", "broadband", "fiber", "uppkoppling", "digital", "digitala", "digitalisering", "internet"],
  ["klimat", "climate", "vaxthusgaser", "greenhouse", "utslapp", "emissions", "koldioxid", "miljo", "environment"],
  ["fou", "forskning", "research", "innovation"],
  ["arbetsloshet", "unemployment", "arbetslosa", "jobb", "arbete"],
  ["sysselsattning", "employment", "forvarvsfrekvens", "forvarvsarbetande", "sysselsatta"],
  ["befolkning", "folkmangd", "population", "invanare", "inhabitants"],
  ["utbildning", "education", "eftergymnasial", "kompetens", "skills", "kompetensforsorjning"],
  ["s3", "smart", "specialisering", "specialisation"],
  ["rus", "utvecklingsstrategi", "strategi", "strategy", "strategies"],
  ["transport", "transporter", "infrastruktur", "infrastructure", "lansplan", "vagar", "jarnvag", "kollektivtrafik"],
  ["jamstalldhet", "gender", "kvinnor", "women"],
  ["integration", "utrikes", "nyanlanda", "migrants", "foreign"],
  ["foretag", "business", "businesses", "foretagande", "entreprenorskap", "nystartade"],
  ["inkomst", "income", "inkomster", "lon"],
  ["halsa", "health", "medellivslangd", "livslangd"],
];

const MIN_PREFIX = 3;

/** The other words of every group a query word belongs to (by whole word, or by a prefix of 3+ letters). */
export function synonymsOf(word: string): string[] {
  const out = new Set<string>();
  for (const group of SYNONYM_GROUPS) {
    const hit = group.some((g) => g === word || (word.length >= MIN_PREFIX && g.startsWith(word)));
    if (hit) for (const g of group) if (g !== word && g.length > 1) out.add(g);
  }
  return [...out];
}
