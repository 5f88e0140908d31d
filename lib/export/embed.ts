/**
 * The "Bädda in" snippet: an <iframe> of the chart's /embed route, and a small script that sets the frame's height to
 * what the embed page reports (postMessage), so the whole chart, its source and credit show without an inner
 * scrollbar. Without the script (a host that strips scripts) the frame keeps its fallback `height`.
 */
export const EMBED_HEIGHT_MESSAGE = "regionlaget:height";

/** Space an embed needs around its chart (title, subtitle, description, footer, buttons), measured at 600 px. */
const CARD_CHROME = 470;
/** The map card in an embed at 600 px (map 560 px high, legend below it on narrow frames). */
const MAP_HEIGHT = 1120;

/** Fallback frame height in px for a chart of `kind` whose drawing is `chartHeight` px high. */
export function embedFallbackHeight(kind: "bars" | "line" | "map", chartHeight = 0): number {
  if (kind === "map") return MAP_HEIGHT;
  return Math.ceil((chartHeight + CARD_CHROME) / 10) * 10;
}

function attr(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The snippet to paste: the frame, then the listener (accepts messages only from `origin`, only for its own frame). */
export function embedSnippet({ src, title, height }: { src: string; title: string; height: number }): string {
  const origin = new URL(src).origin;
  const frame = `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:0;width:100%;max-width:100%" loading="lazy" data-regionlaget></iframe>`;
  const script =
    `<script>addEventListener("message",function(e){if(e.origin!==${JSON.stringify(origin)}||!e.data||e.data.type!==${JSON.stringify(EMBED_HEIGHT_MESSAGE)})return;` +
    `document.querySelectorAll("iframe[data-regionlaget]").forEach(function(f){if(f.contentWindow===e.source&&e.data.height>0)f.style.height=Math.ceil(e.data.height)+"px"})});</script>`;
  return `${frame}\n${script}`;
}
