/** b. A route's median Lighthouse run and the Lighthouse targets. */
import { BARE_PATH, LIGHTHOUSE_PATHS, type LhRow } from "./lighthouse";
import { median } from "./stats";

/** One route's Lighthouse result over several runs: the median run's figures, plus every run's performance score. */
export type LhRoute = LhRow & {
  /** Runs that produced a performance score. */
  runs: number;
  /** Performance score of every run that produced one, in run order (0–1). */
  performanceRuns: number[];
};

/**
 * The median run of one route: the run with the median performance score (the lower middle when the count is even),
 * ties broken by total blocking time closest to the median. All figures of the row come from that one run, so they
 * are consistent with each other (Lighthouse's own advice: report a median run, not medians of separate metrics).
 * Failed runs (no performance score) are left out; if every run failed, the last failure is returned.
 */
export function medianRun(rows: LhRow[]): LhRoute {
  if (rows.length === 0) throw new Error("medianRun: no runs");
  const ok = rows.filter((r) => r.scores.performance !== null);
  const performanceRuns = ok.map((r) => r.scores.performance as number);
  if (ok.length === 0) return { ...rows[rows.length - 1], runs: 0, performanceRuns };
  const sorted = [...performanceRuns].sort((a, b) => a - b);
  const mid = sorted[Math.floor((sorted.length - 1) / 2)];
  const tbts = ok.map((r) => r.tbtMs).filter((n): n is number => n !== null);
  const tbtMid = tbts.length ? median(tbts) : 0;
  const best = ok
    .filter((r) => r.scores.performance === mid)
    .sort((a, b) => Math.abs((a.tbtMs ?? tbtMid) - tbtMid) - Math.abs((b.tbtMs ?? tbtMid) - tbtMid))[0];
  return { ...best, runs: ok.length, performanceRuns };
}

/** The Lighthouse targets, judged on the median runs; `vsBare` = route score − bare page score, in points. */
export function lighthouseTargets(rows: LhRoute[]) {
  const bare = rows.find((r) => r.path === BARE_PATH) ?? null;
  const listed = rows.filter((r) => LIGHTHOUSE_PATHS.includes(r.path));
  const performance = listed.map((r) => ({
    path: r.path,
    score: r.scores.performance,
    met: r.scores.performance !== null && r.scores.performance >= 0.98,
    vsBare: r.scores.performance === null || bare?.scores.performance == null ? null : Math.round(r.scores.performance * 100) - Math.round(bare.scores.performance * 100),
  }));
  return {
    performance,
    performanceMet: listed.length === LIGHTHOUSE_PATHS.length && performance.every((x) => x.met),
    accessibilityMet: listed.length === LIGHTHOUSE_PATHS.length && listed.every((r) => r.scores.accessibility === 1),
    bare,
  };
}
