/** Text helpers shared by the pipeline. Pure. */

/** NFC, trimmed, inner whitespace (incl. no-break space) collapsed to one space. */
export function cleanText(s: string): string {
  return s.normalize("NFC").replace(/[\s\u00a0\u202f]+/g, " ").trim();
}

/** Key for comparing titles: cleaned, lower case, dashes unified. */
export function normaliseTitle(s: string): string {
  return cleanText(s).toLowerCase().replace(/[‐‑‒–—−]/g, "-");
}

const MAX_SLUG = 80;

/** ASCII slug: "Vårt Gotland 2040" → "vart-gotland-2040". Long slugs are cut at a hyphen. */
export function slugify(s: string): string {
  let out = s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/æ/gi, "ae")
    .replace(/ø/gi, "o")
    .replace(/ß/g, "ss")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (out.length > MAX_SLUG) {
    out = out.slice(0, MAX_SLUG);
    const cut = out.lastIndexOf("-");
    if (cut > 20) out = out.slice(0, cut);
    out = out.replace(/-+$/, "");
  }
  return out;
}

/** Stable entry id: "09" + "Vårt Gotland 2040" → "09-vart-gotland-2040". */
export function entryId(regionCode: string, title: string): string {
  return `${regionCode}-${slugify(title)}`;
}

/** "2021-2025" → "2021–2025" (en dash between two years); anything else unchanged. */
export function periodLabel(raw: string): { period: string; year: number } | null {
  const s = cleanText(raw);
  const single = /^(\d{4})$/.exec(s);
  if (single) return { period: s, year: Number(single[1]) };
  const range = /^(\d{4})\s*[-‐‑‒–—]\s*(\d{4})$/.exec(s);
  if (range) {
    const a = Number(range[1]);
    const b = Number(range[2]);
    if (b < a) return null;
    return { period: `${range[1]}–${range[2]}`, year: b };
  }
  return null;
}
