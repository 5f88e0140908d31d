import { LOAD_CHART_EVENT, LOAD_REQUESTED_ATTR } from "@/components/charts/chart-load";
import { captureChart } from "@/lib/export/capture";
import { PRESETS, type PresetId } from "@/lib/export/presets";
import { captionSvg, fitScale, frameLayouts, frameSvg, type CaptionedSvg, type ChartGraphic, type FrameLayout, type Measure } from "@/lib/export/svg";
import type { ExportMeta } from "@/lib/export/types";
import { offscreenHost } from "./ExportHost";

/** Caption padding, as in lib/export/svg.ts: the chart in the report preset is this much narrower than the image. */
const PAD = 24;

/**
 * The captioned image of card `cardId` in a preset. "screen" takes the chart as it is on the page; "report" and
 * "slide" draw it offscreen at the preset's width (ExportHost), so a phone and a desktop give the same image.
 */
export async function chartImage(card: Element, cardId: string, presetId: PresetId, meta: ExportMeta, measure: Measure): Promise<CaptionedSvg | null> {
  const m = { ...meta, measure };
  // System fonts only, but wait anyway so text is measured with the font it will be drawn in.
  await document.fonts?.ready;
  const host = offscreenHost(cardId);
  const preset = PRESETS[presetId];
  if (presetId === "screen" || !host || !preset.width) {
    await chartDrawn(card);
    const graphic = captureChart(card);
    return graphic ? captionSvg(graphic, m) : null;
  }
  const drawAt = async (width: number): Promise<ChartGraphic | null> => {
    const frame = await host.draw(width);
    await chartDrawn(frame);
    return captureChart(frame);
  };
  try {
    if (presetId === "report") {
      const graphic = await drawAt(preset.width - 2 * PAD);
      return graphic ? captionSvg(graphic, { ...m, width: preset.width }) : null;
    }
    const height = preset.height ?? Math.round((preset.width * 9) / 16);
    // Draw the chart for each layout's box; where it must shrink (or may grow) to fit the box's height, draw it again
    // at the width that, once scaled, fills the box (bars keep their height at any width). Keep the layout that shows
    // the chart largest; between equal sizes, the one that gives it more room.
    let best: { layout: FrameLayout; graphic: ChartGraphic; scale: number } | null = null;
    for (const layout of frameLayouts(m, preset.width, height)) {
      let graphic = await drawAt(layout.box.width);
      if (!graphic) return null;
      let scale = fitScale(graphic, layout.box);
      if (Math.abs(scale - 1) > 0.03) {
        const again = await drawAt(layout.box.width / scale);
        const s2 = again ? fitScale(again, layout.box) : 0;
        if (again && s2 >= scale - 0.01) {
          graphic = again;
          scale = s2;
        }
      }
      const area = (g: ChartGraphic, s: number) => g.width * g.height * s * s;
      if (!best || scale > best.scale + 0.05 || (scale > best.scale - 0.05 && area(graphic, scale) > area(best.graphic, best.scale))) {
        best = { layout, graphic, scale };
      }
    }
    return best ? frameSvg(best.graphic, m, best.layout, preset.width, height) : null;
  } finally {
    host.release();
  }
}

/**
 * A lazy chart (LazyChart) that has not been drawn yet is asked to load, and this waits for the drawing itself, not
 * only for the load (recharts draws after measuring its container).
 */
export async function chartDrawn(scope: Element, timeoutMs = 20000): Promise<void> {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r(null)));
  if (!scope.querySelector("[data-lazy-chart]")) {
    await frame();
    return;
  }
  const card = scope.closest("[data-chart-id]") ?? scope;
  card.setAttribute(LOAD_REQUESTED_ATTR, "");
  const start = Date.now();
  let asked = 0;
  while (Date.now() - start < timeoutMs) {
    if (scope.querySelector(".recharts-wrapper > svg.recharts-surface")) {
      await frame();
      await frame();
      return;
    }
    // Ask again now and then: the chart may hydrate (and start listening) only after the first request.
    if (Date.now() - asked > 500) {
      card.dispatchEvent(new Event(LOAD_CHART_EVENT));
      asked = Date.now();
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
