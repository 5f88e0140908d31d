/**
 * The drawn copies of one chart at each static width (lib/static-chart/render.ts). A container query shows the widest
 * copy that fits the card (app/charts.css): never scaled up. Each copy has the height the chart has at its width (names
 * wrap on narrow cards), so nothing moves when the live chart takes over at that width. One image for assistive technology; the figure's caption describes it.
 */
export function StaticChart({ html, ariaLabel }: { html: string[]; ariaLabel: string }) {
  return (
    <div className="static-chart" role="img" aria-label={ariaLabel}>
      {html.map((h, i) => (
        <div key={i} className={`sc-w sc-w${i}`} dangerouslySetInnerHTML={{ __html: h }} />
      ))}
    </div>
  );
}
