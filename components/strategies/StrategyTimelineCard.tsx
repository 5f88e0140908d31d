import { ChartCard } from "@/components/card/ChartCard";
import { href, translator, type Lang } from "@/lib/i18n";
import type { Timeline } from "@/lib/derive/strategy-timeline";
import { strategyTimelineCard, timelineLabel, timelineShortLabel } from "@/lib/cards/strategy-timeline";
import styles from "./strategy-timeline.module.css";

type Layout = { width: number; left: number; right: number; rowH: number; top: number; stacked: boolean };
/** Desktop: names left of the bars. Phone: each name above its bar, so nothing is scaled down to an unreadable size. */
const WIDE: Layout = { width: 880, left: 190, right: 150, rowH: 26, top: 34, stacked: false };
const NARROW: Layout = { width: 360, left: 8, right: 12, rowH: 40, top: 34, stacked: true };

function TimelineSvg({ tl, layout: L, reportYear, lang, className }: { tl: Timeline; layout: Layout; reportYear: number; lang: Lang; className: string }) {
  const t = translator(lang);
  const height = L.top + tl.rows.length * L.rowH + 28;
  const x = (year: number) => L.left + ((year - tl.from) / (tl.to - tl.from)) * (L.width - L.left - L.right);
  const axisY = L.top + tl.rows.length * L.rowH + 4;
  const reportX = x(reportYear);
  return (
    <svg viewBox={`0 0 ${L.width} ${height}`} width={L.width} height={height} className={className} role="group"
      aria-label={t("Tidslinje över strategierna", "Timeline of the strategies")}
    >
      {tl.ticks.map((y) => (
        <g key={y}>
          <line x1={x(y)} x2={x(y)} y1={L.top - 6} y2={axisY} className={styles.grid} />
          <text x={x(y)} y={axisY + 16} textAnchor="middle" className={styles.tick}>{y}</text>
        </g>
      ))}
      <line x1={reportX} x2={reportX} y1={L.top - 10} y2={axisY} className={styles.report} />
      <text x={reportX} y={L.top - 14} textAnchor="middle" className={styles.reportLabel}>{t(`Redovisningsår ${reportYear}`, `Report year ${reportYear}`)}</text>
      {tl.rows.map((r, i) => {
        const y0 = L.top + i * L.rowH;
        const barY = L.stacked ? y0 + 20 : y0 + 7;
        const textY = L.stacked ? y0 + 14 : y0 + 17;
        const a = r.adopted === null ? null : x(r.adopted);
        const h = r.horizon === null ? null : x(r.horizon);
        const end = h ?? a ?? L.left;
        return (
          <g key={r.region}>
            <a href={href(lang, `/regioner/${r.region}`)} aria-label={`${r.organisation}: ${timelineLabel(r, lang)}`}>
              <text x={L.stacked ? L.left : L.left - 10} y={textY} textAnchor={L.stacked ? "start" : "end"} className={styles.name}>{r.regionName}</text>
            </a>
            <a href={r.source.url} rel="noopener noreferrer" aria-label={t(`Källa för ${r.regionName}: ${r.source.title}`, `Source for ${r.regionName}: ${r.source.title}`)}>
              <title>{r.strategy}</title>
              {a !== null && h !== null ? <rect x={a} y={barY} width={Math.max(2, h - a)} height={12} rx={2} className={styles.bar} /> : null}
              {a !== null && h === null ? <circle cx={a} cy={barY + 6} r={6} className={styles.bar} /> : null}
              {a === null && h !== null ? <circle cx={h} cy={barY + 6} r={5.5} className={styles.open} /> : null}
              {r.revisions.map((rv) => (
                <path key={rv} d={`M${x(rv)} ${barY - 2} l6 8 l-6 8 l-6 -8 z`} className={styles.revision} />
              ))}
              {L.stacked ? (
                <text x={L.width - L.right} y={textY} textAnchor="end" className={styles.period}>{timelineShortLabel(r, lang)}</text>
              ) : (
                <text x={end + 10} y={barY + 10} className={styles.period}>{timelineLabel(r, lang)}</text>
              )}
            </a>
          </g>
        );
      })}
    </svg>
  );
}

/**
 * The 21 regional development strategies on one time axis, adopted → horizon, revisions marked; each name links to
 * the region, each bar to the strategy's source. Server-rendered SVG (two layouts: wide and phone), with a table twin.
 */
export function StrategyTimelineCard({ tl, reportYear, lang, level = 2 }: { tl: Timeline; reportYear: number; lang: Lang; level?: 2 | 3 }) {
  return (
    <ChartCard model={strategyTimelineCard(tl, lang)} lang={lang} level={level}>
      <div className={styles.frame}>
        <TimelineSvg tl={tl} layout={WIDE} reportYear={reportYear} lang={lang} className={styles.wide} />
        <TimelineSvg tl={tl} layout={NARROW} reportYear={reportYear} lang={lang} className={styles.narrow} />
      </div>
    </ChartCard>
  );
}
