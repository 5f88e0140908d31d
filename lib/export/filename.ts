/** Letters that Unicode does not decompose into a base letter plus a mark. */
const SPECIAL: Record<string, string> = { æ: "ae", ø: "o", ß: "ss", đ: "d", ł: "l", þ: "th", ð: "d", œ: "oe" };

/** Lower-case ASCII with dashes: "Västra Götaland 2021" → "vastra-gotaland-2021". */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "") // å → a, ä → a, ö → o, é → e
    .replace(/[æøßđłþðœ]/g, (c) => SPECIAL[c] ?? "-")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

const MAX_BASE = 80;

/**
 * regionlaget-<sida>-<urval>-<år>.<ext>, e.g. "regionlaget-region-gotland-brp-per-invanare-2021.csv".
 * Empty parts are left out; the name before the extension is at most 80 characters, cut at a dash where possible.
 */
export function exportFilename({ page, selection, year, ext }: {
  page?: string;
  selection?: string;
  year?: string | number;
  ext: string;
}): string {
  const parts = ["regionlaget", page, selection, year === undefined ? undefined : String(year)]
    .map((p) => slugify(p ?? ""))
    .filter(Boolean);
  let base = parts.join("-");
  if (base.length > MAX_BASE) {
    base = base.slice(0, MAX_BASE);
    const cut = base.lastIndexOf("-");
    if (cut > MAX_BASE / 2) base = base.slice(0, cut);
    base = base.replace(/-+$/, "");
  }
  const extension = slugify(ext).replace(/-/g, "") || "txt";
  return `${base}.${extension}`;
}
