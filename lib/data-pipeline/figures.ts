/**
 * Figure normalisation. The source writes every figure as text ({label, value, unit}), with qualifiers either
 * in the value ("80 (minst)") or in the unit ("MSEK (över)"). We keep what the source said in `text`, parse a
 * number only when the text is a number (or a numeric range), move the qualifier to `qualifier`, and clean the
 * unit. Dates, periods and words get value null. Pure.
 */
import type { Figure } from "../schema";
import { cleanText } from "./text";

export const QUALIFIERS = [
  "över", "cirka", "drygt", "minst", "närmare", "ungefär", "nästan", "knappt", "högst", "omkring", "under", "ca",
] as const;

export type RawFigure = { label: string; value: string; unit: string };

const NUM = String.raw`[-−]?\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:,\d+)?|[-−]?\d+(?:[.,]\d+)?`;
const NUMBER_RE = new RegExp(`^(?:${NUM})$`);
const RANGE_RE = new RegExp(`^(${NUM.replace(/\[-−\]\?/g, "")})\\s*[–-]\\s*(${NUM.replace(/\[-−\]\?/g, "")})$`);
const PAREN_RE = /^(.*?)\s*\(([^()]*)\)\s*$/;

/** Parse a Swedish-formatted number: "1993337", "1 993 337", "3,4", "−2". Returns null when not a plain number. */
export function parseSwedishNumber(s: string): number | null {
  const t = cleanText(s);
  if (!NUMBER_RE.test(t)) return null;
  // "3.4" is accepted as a decimal; a lone "." never occurs as a thousands separator in the sources.
  const n = Number(t.replace(/−/g, "-").replace(/[ \u00a0\u202f]/g, "").replace(",", "."));
  return Number.isFinite(n) ? n : null;
}

function qualifierOf(s: string): string | undefined {
  const t = cleanText(s).toLowerCase();
  return (QUALIFIERS as readonly string[]).includes(t) ? t : undefined;
}

/** Leading qualifier word of a longer parenthesis, e.g. "cirka två tredjedelar" → "cirka". */
function leadingQualifier(s: string): string | undefined {
  const first = cleanText(s).toLowerCase().split(" ")[0];
  return (QUALIFIERS as readonly string[]).includes(first) ? first : undefined;
}

const isYear = (n: number) => Number.isInteger(n) && n >= 1000 && n <= 2999;

export function parseFigure(raw: RawFigure): Figure {
  const label = cleanText(raw.label);
  let valueText = cleanText(raw.value);
  let unit = cleanText(raw.unit);
  let qualifier: string | undefined;
  let unitNote: string | undefined; // a longer remark kept in `text`, e.g. "(cirka två tredjedelar)"

  // Qualifier written in the value: "80 (minst)", "160000 (drygt)"; or before it: "över 110".
  const pv = PAREN_RE.exec(valueText);
  if (pv && qualifierOf(pv[2])) {
    qualifier = qualifierOf(pv[2]);
    valueText = pv[1];
  } else {
    const lead = /^(\S+)\s+(.+)$/.exec(valueText);
    if (lead && qualifierOf(lead[1]) && (parseSwedishNumber(lead[2]) !== null || RANGE_RE.test(lead[2]))) {
      qualifier = qualifierOf(lead[1]);
      valueText = lead[2];
    }
  }
  // Qualifier written in the unit: "MSEK (över)", "personer (cirka)", "% (cirka två tredjedelar)".
  const pu = PAREN_RE.exec(unit);
  if (pu) {
    const q = qualifierOf(pu[2]);
    if (q) {
      if (qualifier && qualifier !== q) throw new Error(`två olika kvalificerare i figuren "${label}": ${qualifier} / ${q}`);
      qualifier = q;
      unit = pu[1];
    } else if (leadingQualifier(pu[2])) {
      qualifier = qualifier ?? leadingQualifier(pu[2]);
      unitNote = pu[2];
      unit = pu[1];
    }
  }

  const number = parseSwedishNumber(valueText);
  let value: number | null = null;
  let valueTo: number | undefined;
  const isDateUnit = /^datum$/i.test(unit);
  if (number !== null && !isDateUnit) {
    value = number;
  } else {
    const range = RANGE_RE.exec(valueText);
    if (range && !isDateUnit) {
      const a = parseSwedishNumber(range[1]);
      const b = parseSwedishNumber(range[2]);
      const isPeriod = unit === "år" || (a !== null && b !== null && isYear(a) && isYear(b) && unit === "");
      if (a !== null && b !== null && !isPeriod && b >= a) {
        value = a;
        valueTo = b;
      }
    }
  }

  let text = qualifier && !unitNote ? `${qualifier} ${valueText}` : valueText;
  if (unitNote) text = `${valueText} (${unitNote})`;

  const fig: Figure = { label, text, value, unit };
  if (valueTo !== undefined) fig.valueTo = valueTo;
  if (qualifier) fig.qualifier = qualifier;
  return fig;
}
