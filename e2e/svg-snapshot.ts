/**
 * Normalised SVG for snapshot tests (Observable Plot's habit): numbers in tags rounded to 0,1 px, generated ids
 * renumbered in order of appearance, one element per line, so a snapshot diff shows what changed in the drawing and
 * nothing else.
 */
export function normaliseSvg(markup: string): string {
  const ids = new Map<string, string>();
  // recharts numbers its clip paths and gradients per page ("recharts12-clip"); React's useId gives «r3» etc.
  let out = markup.replace(/\b(recharts\d+-[\w-]+|«[^»]+»|:r[0-9a-z]+:)/g, (id) => {
    if (!ids.has(id)) ids.set(id, `id${ids.size + 1}`);
    return ids.get(id)!;
  });
  out = out.replace(/<[^>]*>/g, (tag) =>
    tag
      .replace(/-?\d+\.\d+(e-?\d+)?/g, (n) => {
        const r = Math.round(Number(n) * 10) / 10;
        return String(Object.is(r, -0) ? 0 : r);
      })
      .replace(/\s+/g, " "),
  );
  return out.replace(/>\s*</g, ">\n<").trim() + "\n";
}
