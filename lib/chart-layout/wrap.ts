import { textWidth, type FontWeight } from "./measure";

export type WrappedText = {
  lines: string[];
  /** True when the text did not fit in `maxLines` and the last line ends in "…": show the full text elsewhere. */
  abbreviated: boolean;
  /** Width of the widest line, px. */
  width: number;
};

const ELLIPSIS = "…";

/** Words, each keeping the hyphen or slash it breaks after ("Miljö-", "och/eller" → "och/", "eller"). */
function tokens(text: string): string[] {
  return text.split(/\s+/).filter(Boolean).flatMap((w) => w.split(/(?<=[-/–])(?=.)/));
}

/** Cut a word that is wider than the line on its own into pieces that fit, each but the last ending in "-". */
function splitLongWord(word: string, maxWidth: number, fontSize: number, weight: FontWeight): string[] {
  const out: string[] = [];
  let rest = word;
  while (textWidth(rest, fontSize, weight) > maxWidth && rest.length > 1) {
    let n = rest.length - 1;
    while (n > 1 && textWidth(rest.slice(0, n) + "-", fontSize, weight) > maxWidth) n--;
    out.push(rest.slice(0, n) + "-");
    rest = rest.slice(n);
  }
  out.push(rest);
  return out;
}

/** `line` shortened until `line + "…"` fits. */
function withEllipsis(line: string, maxWidth: number, fontSize: number, weight: FontWeight): string {
  let s = line.replace(/[-\s]+$/, "");
  while (s.length > 0 && textWidth(s + ELLIPSIS, fontSize, weight) > maxWidth) s = s.slice(0, -1).replace(/\s+$/, "");
  return s + ELLIPSIS;
}

/**
 * Greedy line breaking by measured width (font-metrics table): at spaces, after hyphens and slashes, and inside a
 * word only when the word alone is wider than the line. At most `maxLines` lines; text that does not fit is cut with
 * "…" on the last line and `abbreviated` is set (the caller shows the full text in the tooltip and the table).
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = 3, weight: FontWeight = 400): WrappedText {
  const fits = (s: string) => textWidth(s, fontSize, weight) <= maxWidth;
  const lines: string[] = [];
  let line = "";
  for (const token of tokens(text)) {
    const glue = line === "" || /[-/–]$/.test(line) ? "" : " ";
    if (fits(line + glue + token)) {
      line += glue + token;
      continue;
    }
    if (line !== "") lines.push(line);
    const pieces = fits(token) ? [token] : splitLongWord(token, maxWidth, fontSize, weight);
    lines.push(...pieces.slice(0, -1));
    line = pieces.at(-1)!;
  }
  if (line !== "") lines.push(line);
  let abbreviated = false;
  if (lines.length > maxLines) {
    lines.splice(maxLines);
    lines[maxLines - 1] = withEllipsis(lines[maxLines - 1], maxWidth, fontSize, weight);
    abbreviated = true;
  }
  return { lines, abbreviated, width: Math.max(0, ...lines.map((l) => textWidth(l, fontSize, weight))) };
}
