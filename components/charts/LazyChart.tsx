"use client";
import { startTransition, useEffect, useRef, useState, type ReactNode } from "react";
import { ChartWidthContext } from "./chart-width";
import { LOAD_CHART_EVENT, LOAD_REQUESTED_ATTR } from "./chart-load";

/**
 * Holds a chart's space and renders it (and so loads recharts) only when it comes near the viewport, when the user
 * reaches its card (focus or pointer, e.g. on the download menu), before printing, or on request (LOAD_CHART_EVENT).
 * Until then the frame is empty; the card's title, description and table already say everything the chart shows.
 */
export function LazyChart({ height, children }: { height: number; children: ReactNode }) {
  const frame = useRef<HTMLDivElement>(null);
  const [show, setShow] = useState(false);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const el = frame.current;
    if (!el || show) return;
    // A transition: React draws the chart in short slices, so the page stays responsive while it does.
    const load = () => {
      // The frame is laid out already: the chart's first drawing gets the right width (see chart-width.ts).
      const w = Math.round(el.getBoundingClientRect().width);
      startTransition(() => {
        setWidth(w);
        setShow(true);
      });
    };
    const card = el.closest("[data-chart-id]") ?? el;
    // A request made before this component was hydrated (an export started early) is kept on the card.
    if (card.hasAttribute(LOAD_REQUESTED_ATTR)) {
      load();
      return;
    }
    const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), { rootMargin: "400px 0px" });
    io.observe(el);
    card.addEventListener("focusin", load);
    card.addEventListener("pointerenter", load);
    card.addEventListener(LOAD_CHART_EVENT, load);
    window.addEventListener("beforeprint", load);
    return () => {
      io.disconnect();
      card.removeEventListener("focusin", load);
      card.removeEventListener("pointerenter", load);
      card.removeEventListener(LOAD_CHART_EVENT, load);
      window.removeEventListener("beforeprint", load);
    };
  }, [show]);
  return (
    <div ref={frame} className="needs-js" style={{ minHeight: height }} data-lazy-chart="" data-chart-loaded={show ? "" : undefined}>
      {show ? <ChartWidthContext value={width}>{children}</ChartWidthContext> : <div className="chart-frame chart-pending" style={{ height }} aria-hidden="true" />}
    </div>
  );
}
