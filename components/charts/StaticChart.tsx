"use client";
import { staticHtmlOnServer } from "@/lib/static-chart/ssr-html";

/**
 * The drawn copies of one chart at each static width (lib/static-chart/render.ts). A container query shows the widest
 * copy that fits the card (app/charts.css): never scaled up. Each copy has the height the chart has at its width (names
 * wrap on narrow cards), so nothing moves when the live chart takes over at that width. One image for assistive
 * technology; the figure's caption describes it.
 *
 * The SVG is written into the server HTML only, not into the RSC payload (see lib/static-chart/ssr-html.ts): the props
 * are the chart's key and the number of copies. Hydration keeps the server's SVG (React leaves dangerouslySetInnerHTML
 * as the server wrote it). After a client-side navigation the copies are empty and IntentChart draws the live chart.
 */
export function StaticChart({ chartKey, copies, ariaLabel }: { chartKey: string; copies: number; ariaLabel: string }) {
  const html = staticHtmlOnServer(chartKey);
  return (
    <div className="static-chart" role="img" aria-label={ariaLabel}>
      {Array.from({ length: copies }, (_, i) => (
        <div key={i} className={`sc-w sc-w${i}`} dangerouslySetInnerHTML={{ __html: html?.[i] ?? "" }} suppressHydrationWarning />
      ))}
    </div>
  );
}
