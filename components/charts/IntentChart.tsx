"use client";
import { startTransition, useEffect, useRef, useState, type ComponentType, type PointerEvent, type ReactNode } from "react";
import { nearestIndex, parsePositions, type Tip } from "@/lib/static-chart/tips";
import { ChartWidthContext } from "./chart-width";
import { LOAD_CHART_EVENT, LOAD_REQUESTED_ATTR } from "./chart-load";
import type { HorizontalBarChartProps, TimeSeriesChartProps } from "./chart-types";

type Live = { Impl: ComponentType<HorizontalBarChartProps> | ComponentType<TimeSeriesChartProps>; props: HorizontalBarChartProps | TimeSeriesChartProps; width: number };
const INTENT = ["pointerenter", "focusin", "touchstart", LOAD_CHART_EVENT];

/**
 * A chart that is drawn in the server HTML (`children`: the static SVG, see StaticChart) and becomes the live recharts
 * chart only when the user reaches it: pointer, touch or focus on its card, printing, or an export (LOAD_CHART_EVENT).
 * Nothing loads on scroll or idle, so recharts costs nothing until then. The live chart's props are fetched then
 * too (/api/charts/<key>), so the page does not carry the chart data a second time.
 *
 * Until the live chart is drawn, a light tooltip reads the category under the pointer from the static SVG's
 * positions and shows `tips` (the same text as the live tooltip): the first hover needs no recharts.
 *
 * Without a static drawing (`chartKey` undefined: it could not be drawn in time), `props` come along and the live
 * chart loads at once; so it does when the page came by client-side navigation, which has no static SVG.
 */
export function IntentChart({ kind, chartKey, props, height, tips, children }: {
  kind: "bar" | "line";
  chartKey?: string;
  props?: HorizontalBarChartProps | TimeSeriesChartProps;
  height: number;
  tips: Tip[];
  children?: ReactNode;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const [live, setLive] = useState<Live | null>(null);
  const [tip, setTip] = useState<{ i: number; x: number; y: number; flip: boolean } | null>(null);

  useEffect(() => {
    const el = frame.current;
    if (!el || live) return;
    const card = el.closest("[data-chart-id]") ?? el;
    let started = false;
    let cancelled = false;
    const load = () => {
      if (started) return;
      started = true;
      const impl = kind === "bar" ? import("./HorizontalBarChart") : import("./TimeSeriesChart");
      const data = props
        ? Promise.resolve(props)
        : fetch(`/api/charts/${chartKey}`).then((r) => (r.ok ? (r.json() as Promise<HorizontalBarChartProps | TimeSeriesChartProps>) : Promise.reject(new Error(`${r.status}`))));
      Promise.all([impl, data]).then(
        ([m, p]) => {
          if (cancelled) return;
          // The frame is laid out already: the chart's first drawing gets the right width (see chart-width.ts).
          const width = Math.round(el.getBoundingClientRect().width);
          startTransition(() => setLive({ Impl: m.default as Live["Impl"], props: p, width }));
        },
        () => {
          started = false; // the static chart stays; the next intent tries again
        },
      );
    };
    // Keyboard users reach the chart where it sits in the page; focusing it loads the live (keyboard operable) chart.
    if (chartKey) el.tabIndex = 0;
    // A request made before hydration (an export started early) is kept on the card. After a client-side navigation
    // the static copies are empty (their SVG is in server HTML only, see StaticChart): the live chart is drawn at once.
    const drawnHere = !!el.querySelector(".static-chart svg");
    if (!chartKey || !drawnHere || card.hasAttribute(LOAD_REQUESTED_ATTR)) load();
    for (const e of INTENT) card.addEventListener(e, load, { passive: true });
    window.addEventListener("beforeprint", load);
    return () => {
      cancelled = true;
      for (const e of INTENT) card.removeEventListener(e, load);
      window.removeEventListener("beforeprint", load);
    };
  }, [live, kind, chartKey, props]);

  // Where the pointer rests on the chart (while the static drawing shows), so the live chart can pick it up.
  const pointer = useRef<{ x: number; y: number } | null>(null);

  // Focus moves into the live chart if it was on the static one, so the arrow keys work at once; and a pointer resting
  // on the chart keeps its tooltip: recharts shows its own only on a move, so it is told where the pointer is.
  useEffect(() => {
    const el = frame.current;
    if (!live || !el) return;
    const focused = document.activeElement === el;
    if (!focused) el.removeAttribute("tabindex");
    if (!focused && !pointer.current) return;
    // recharts draws its surface a few frames after mounting: act once it is there.
    let frames = 0;
    let raf = requestAnimationFrame(function move() {
      const svg = el.querySelector<SVGElement>("svg.recharts-surface[tabindex]");
      if (svg || ++frames > 120) {
        if (focused) {
          svg?.focus();
          el.removeAttribute("tabindex");
        }
        const at = pointer.current;
        if (svg && at) svg.dispatchEvent(new MouseEvent("mousemove", { clientX: at.x, clientY: at.y, bubbles: true }));
      } else raf = requestAnimationFrame(move);
    });
    return () => cancelAnimationFrame(raf);
  }, [live]);

  function onPointerMove(e: PointerEvent<HTMLDivElement>) {
    if (live) return;
    pointer.current = { x: e.clientX, y: e.clientY };
    // The copy on show is the one the container query picked; the others are display: none (no client rects).
    const svg = [...e.currentTarget.querySelectorAll<SVGSVGElement>(".sc-wrapper > svg")].find((s) => s.getClientRects().length > 0);
    const ctm = svg?.getScreenCTM();
    if (!svg || !ctm) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(ctm.inverse());
    const i = nearestIndex(parsePositions(svg.getAttribute("data-pos")), svg.getAttribute("data-axis") === "x" ? p.x : p.y);
    const box = e.currentTarget.getBoundingClientRect();
    setTip(i < 0 || !tips[i] ? null : { i, x: e.clientX - box.left, y: e.clientY - box.top, flip: e.clientX - box.left > box.width / 2 });
  }

  const shown = tip && !live ? tips[tip.i] : undefined;
  return (
    <div
      ref={frame}
      className="intent-chart"
      style={{ minHeight: height }}
      data-lazy-chart=""
      data-chart-loaded={live ? "" : undefined}
      onPointerMove={onPointerMove}
      onPointerLeave={() => {
        pointer.current = null;
        setTip(null);
      }}
      onKeyDown={(e) => e.key === "Escape" && setTip(null)}
    >
      {live ? (
        <ChartWidthContext value={live.width}>
          {/* eslint-disable-next-line @typescript-eslint/no-explicit-any -- HorizontalBarChart or TimeSeriesChart with its own props */}
          <live.Impl {...(live.props as any)} />
        </ChartWidthContext>
      ) : chartKey ? (
        children
      ) : (
        <div className="chart-frame chart-pending" style={{ height }} aria-hidden="true" />
      )}
      {shown && tip ? (
        <div className="light-tip" style={{ left: tip.x, top: tip.y, transform: tip.flip ? "translate(calc(-100% - 12px), 12px)" : undefined }} aria-hidden="true" data-light-tip="">
          <p className="light-tip-label">{shown[0]}</p>
          <ul>
            {shown[1].map(([name, value]) => (
              <li key={name}>{name} : {value}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
