/**
 * The drawn copies of one chart at each static width (lib/static-chart/render.ts). A container query shows the widest
 * copy that fits the card (globals.css, .static-chart): never scaled up, and the same height as the live chart, so
 * nothing moves when it takes over. One image for assistive technology; the figure's caption describes it.
 */
export function StaticChart({ html, height, ariaLabel }: { html: string[]; height: number; ariaLabel: string }) {
  return (
    <div className="static-chart" style={{ height }} role="img" aria-label={ariaLabel}>
      {html.map((h, i) => (
        <div key={i} className={`sc-w sc-w${i}`} dangerouslySetInnerHTML={{ __html: h }} />
      ))}
    </div>
  );
}
