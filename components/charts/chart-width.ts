"use client";
import { createContext, useContext, useEffect, useState, type RefObject } from "react";

/** The chart frame's width in px as IntentChart measured it when the chart was asked to load (0: not measured). */
export const ChartWidthContext = createContext(0);

/**
 * The width to draw a chart at, and updates when its frame is resized.
 *
 * recharts' ResponsiveContainer first renders nothing, measures, and then renders the chart; with a guessed width the
 * chart is drawn twice. IntentChart measures the (already laid out) frame before the chart loads, so the first drawing
 * has the right width, and a ResizeObserver keeps it right afterwards (it reports the same width at first, which
 * React ignores).
 */
export function useChartWidth(frame: RefObject<HTMLDivElement | null>): number {
  const measured = useContext(ChartWidthContext);
  const [width, setWidth] = useState(measured);
  useEffect(() => {
    const el = frame.current;
    if (!el) return;
    // A ResizeObserver always reports once at the start: that fills in a width IntentChart did not measure.
    const ro = new ResizeObserver(([e]) => setWidth(Math.round(e.contentRect.width)));
    ro.observe(el);
    return () => ro.disconnect();
  }, [frame]);
  return width;
}
