import { describe, expect, it } from "vitest";
import { LIGHTHOUSE_PATHS, lighthouseTargets, medianRun } from "./bench";

type Row = Parameters<typeof medianRun>[0][number];

function run(path: string, performance: number | null, tbtMs: number | null, accessibility: number | null = 1): Row {
  return {
    path, status: 200, scores: { performance, accessibility, "best-practices": 1, seo: 1 },
    fcpMs: 1000, lcpMs: 2000, tbtMs, cls: 0, speedIndexMs: 1500, failedAudits: [], seconds: 10,
    error: performance === null ? "runtimeError NO_FCP: page did not paint" : null, attempts: 1, firstAttemptError: null,
    benchmarkIndex: 1600, runWarnings: [],
  };
}

describe("medianRun", () => {
  it("reports the run with the median performance score, with that run's own figures", () => {
    const m = medianRun([run("/", 0.7, 900), run("/", 0.9, 200), run("/", 0.8, 500)]);
    expect(m.scores.performance).toBe(0.8);
    expect(m.tbtMs).toBe(500);
    expect(m.runs).toBe(3);
    expect(m.performanceRuns).toEqual([0.7, 0.9, 0.8]);
  });

  it("takes the lower middle of an even count and breaks ties by TBT closest to the median", () => {
    expect(medianRun([run("/", 0.9, 100), run("/", 0.6, 1500)]).scores.performance).toBe(0.6);
    const tie = medianRun([run("/", 0.8, 1000), run("/", 0.8, 400), run("/", 0.9, 300)]);
    expect(tie.tbtMs).toBe(400);
  });

  it("leaves failed runs out, and returns the failure when every run failed", () => {
    const m = medianRun([run("/", null, null), run("/", 0.75, 600)]);
    expect(m.scores.performance).toBe(0.75);
    expect(m.runs).toBe(1);
    const failed = medianRun([run("/", null, null)]);
    expect(failed.runs).toBe(0);
    expect(failed.error).toMatch(/NO_FCP/);
  });

  it("refuses an empty list", () => {
    expect(() => medianRun([])).toThrow(/no runs/);
  });
});

describe("lighthouseTargets", () => {
  const routes = (perf: number, a11y = 1) => LIGHTHOUSE_PATHS.map((p) => medianRun([run(p, perf, 100, a11y)]));

  it("meets the performance target only when every listed route scores at least 98", () => {
    expect(lighthouseTargets(routes(0.98)).performanceMet).toBe(true);
    const rows = routes(0.99);
    rows[2] = medianRun([run(LIGHTHOUSE_PATHS[2], 0.97, 300)]);
    const t = lighthouseTargets(rows);
    expect(t.performanceMet).toBe(false);
    expect(t.performance.filter((x) => !x.met).map((x) => x.path)).toEqual([LIGHTHOUSE_PATHS[2]]);
  });

  it("is not met when a listed route is missing", () => {
    expect(lighthouseTargets(routes(1).slice(1)).performanceMet).toBe(false);
  });

  it("gives each route's gap to the bare page in points, and ignores the baselines for the targets", () => {
    const t = lighthouseTargets([...routes(0.8), medianRun([run("/bench-text", 0.92, 280)]), medianRun([run("/bench-referens", 0.5, 2000, 0.9)])]);
    expect(t.bare?.scores.performance).toBe(0.92);
    expect(t.performance.map((x) => x.vsBare)).toEqual(LIGHTHOUSE_PATHS.map(() => -12));
    expect(t.accessibilityMet).toBe(true);
    expect(lighthouseTargets(routes(0.8, 0.96)).accessibilityMet).toBe(false);
  });
});
