/** The values inside cells: regions and themes by name, years, numbers, URLs and the `siffror` figures column. */
import { MAX_YEAR, MIN_YEAR, NATIONAL_CODE, httpUrl, type Figure } from "../../schema";
import { stableStringify } from "../diff";
import { parseFigure, parseSwedishNumber, QUALIFIERS, type RawFigure } from "../figures";
import { MAX_SIGNIFICANT_DIGITS, significantDigits, type MetaInput } from "../normalize";
import { cleanText } from "../text";

export type Ctx = {
  meta: MetaInput;
  sourceTypes?: MetaInput["sourceTypes"];
  regionByName: Map<string, string>;
  regionCodes: Set<string>;
  themeByName: Map<string, string>;
  themeSlugs: Set<string>;
};

export const key = (s: string) => cleanText(s).toLowerCase();

export function context(meta: MetaInput): Ctx {
  const regionByName = new Map<string, string>();
  for (const [name, code] of Object.entries(meta.regionNames)) if (!name.startsWith("_")) regionByName.set(key(name), code);
  for (const r of meta.regions) for (const n of [r.name, r.county, r.organisation]) regionByName.set(key(n), r.code);
  regionByName.set("riket", NATIONAL_CODE);
  const themeByName = new Map<string, string>();
  for (const t of meta.themes) for (const n of [t.slug, t.nameSv, ...t.sourceNames]) themeByName.set(key(n), t.slug);
  return {
    meta, sourceTypes: meta.sourceTypes, regionByName, regionCodes: new Set(meta.regions.map((r) => r.code)), themeByName, themeSlugs: new Set(meta.themes.map((t) => t.slug)),
  };
}

/** "09", "9" (Excel drops the leading zero), "Region Gotland", "Gotland", "Gotlands län", "Alla regioner"/"Riket" → "00". */
export function resolveRegion(raw: string, ctx: Ctx): string | null {
  const t = cleanText(raw);
  if (/^\d{1,2}$/.test(t)) {
    const code = t.padStart(2, "0");
    return code === NATIONAL_CODE || ctx.regionCodes.has(code) ? code : null;
  }
  return ctx.regionByName.get(t.toLowerCase()) ?? null;
}

export function parseYear(raw: string): { year: number | null } | { error: string } {
  const t = cleanText(raw);
  if (t === "") return { year: null };
  if (!/^\d{4}$/.test(t)) return { error: `ogiltigt år ${JSON.stringify(raw)}: ange ett årtal med fyra siffror, t.ex. 2023, eller lämna tomt` };
  const year = Number(t);
  if (year < MIN_YEAR || year > MAX_YEAR) return { error: `året ${year} ligger utanför ${MIN_YEAR}–${MAX_YEAR}` };
  return { year };
}

const N = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?`;
const LEADING_NUMBER = new RegExp(String.raw`^((?:(?:${QUALIFIERS.join("|")})\s+)?[-−]?(?:${N})(?:\s*[–-]\s*(?:${N}))?)(?=\s|$)\s*(.*)$`, "i");

/**
 * "Stöd: över 110 MSEK; Antal: 3 st" → raw figures {label, value, unit}, the input format of figures.ts. Figures are
 * separated by ";" or line breaks; label and value by ": " (the first colon followed by a space, else the only colon).
 * The value is the leading number or range with an optional qualifier, and the rest is the unit. Text that is not a
 * number is the value as a whole; to give such text a unit, quote it: `Sista dag: "21 februari" datum`.
 */
export function parseFigures(text: string): { figures: RawFigure[] } | { error: string } {
  const parts: string[] = [];
  let cur = "";
  let q = false;
  for (const c of text) {
    if (c === '"') q = !q;
    if (!q && (c === ";" || c === "\n" || c === "\r")) {
      parts.push(cur);
      cur = "";
    } else cur += c;
  }
  parts.push(cur);
  const figures: RawFigure[] = [];
  for (const part of parts.map(cleanText).filter(Boolean)) {
    // A label that itself contains ": " is written in quotes: "RUS-mål: minskade utsläpp": 70 procent.
    const quoted = /^"([^"]+)"\s*:/.exec(part);
    const colon = quoted ? quoted[0].length - 1 : /:\s/.exec(part)?.index ?? (part.split(":").length === 2 ? part.indexOf(":") : -1);
    const label = quoted ? cleanText(quoted[1]) : colon >= 0 ? cleanText(part.slice(0, colon)) : "";
    const rest = colon >= 0 ? cleanText(part.slice(colon + 1)) : "";
    if (!label) return { error: `siffran ${JSON.stringify(part)} saknar etikett – skriv "Etikett: värde enhet", t.ex. "Stöd: över 110 MSEK"` };
    if (!rest) return { error: `siffran ${JSON.stringify(part)} saknar värde – skriv "Etikett: värde enhet", t.ex. "Stöd: över 110 MSEK"` };
    if (rest.startsWith('"')) {
      const end = rest.indexOf('"', 1);
      if (end < 0) return { error: `siffran ${JSON.stringify(part)}: citattecknet stängs aldrig` };
      const value = cleanText(rest.slice(1, end));
      if (!value) return { error: `siffran ${JSON.stringify(part)} saknar värde` };
      figures.push({ label, value, unit: cleanText(rest.slice(end + 1)) });
      continue;
    }
    const m = LEADING_NUMBER.exec(rest);
    figures.push(m ? { label, value: m[1], unit: cleanText(m[2]) } : { label, value: rest, unit: "" });
  }
  return { figures };
}

/** Figures → the text of the `siffror` column; parsing it back gives the same figures (used for the templates). */
export function formatFigures(figures: Figure[]): string {
  return figures
    .map((f) => {
      const unit = f.unit ? ` ${f.unit}` : "";
      const paren = /^(.*) \((.+)\)$/.exec(f.text);
      const label = f.label.includes(": ") ? `"${f.label}"` : f.label;
      const candidates = [`${label}: ${f.text}${unit}`, ...(paren ? [`${label}: ${paren[1]}${unit} (${paren[2]})`] : []), `${label}: "${f.text}"${unit}`];
      const ok = candidates.find((c) => {
        const p = parseFigures(c);
        return "figures" in p && p.figures.length === 1 && stableStringify(parseFigure(p.figures[0])) === stableStringify(f);
      });
      if (!ok) throw new Error(`siffran ${JSON.stringify(f)} kan inte skrivas i kolumnen siffror`);
      return ok;
    })
    .join("; ");
}

/** Swedish or plain decimal number ("3,4", "3.4", "1 234,5", "−2") with at most 15 significant digits. */
export function parseNumber(raw: string): { value: number } | { error: string } {
  const t = cleanText(raw);
  if (t === "") return { error: "värde saknas" };
  const n = parseSwedishNumber(t);
  if (n === null) return { error: `ogiltigt tal ${JSON.stringify(raw)}: ange ett tal med decimalkomma eller decimalpunkt, t.ex. 3,4` };
  if (significantDigits(t) > MAX_SIGNIFICANT_DIGITS) {
    return { error: `talet ${JSON.stringify(raw)} har fler än ${MAX_SIGNIFICANT_DIGITS} värdesiffror och kan inte lagras exakt` };
  }
  return { value: Object.is(n, -0) ? 0 : n };
}

export const urlError = (raw: string): string | null => {
  const r = httpUrl.safeParse(raw.trim());
  return r.success ? null : r.error.issues[0].message;
};

