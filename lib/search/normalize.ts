/**
 * Search text folding, shared by the index (build time) and the query (every keystroke).
 * Lower case, diacritics folded (so "vasterbotten" finds "Västerbotten" and "goteborg" "Göteborg"), anything that is
 * not a letter or digit becomes a single space, with a space at both ends so " word" finds a word start cheaply.
 */
export function fold(text: string): string {
  const s = text
    .toLocaleLowerCase("sv-SE")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
  return s ? ` ${s} ` : " ";
}

/** The words of a query, folded, without duplicates, in order. */
export function queryWords(query: string): string[] {
  return [...new Set(fold(query).trim().split(" ").filter(Boolean))];
}
