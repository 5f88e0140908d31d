import type { T } from "../i18n";

/**
 * Image sizes for the chart downloads, the same on every device: the chart inside is drawn at the preset's own width
 * (offscreen), never scaled from the screen.
 * - slide: a 16:9 frame, 1280 × 720 CSS px at 1,5× = a 1920 × 1080 px PNG; caption and chart laid out for the frame.
 * - report: A4 width, 800 CSS px at 2× = 1600 px wide; height from the content.
 * - screen: as on the screen (the chart at its current width), 2×.
 */
export type PresetId = "slide" | "report" | "screen";

export type Preset = {
  id: PresetId;
  /** Width of the image in CSS px (the SVG's size); the PNG is `scale` times larger. */
  width?: number;
  /** Fixed height (the slide); otherwise from the content. */
  height?: number;
  scale: number;
};

export const PRESETS: Record<PresetId, Preset> = {
  slide: { id: "slide", width: 1280, height: 720, scale: 1.5 },
  report: { id: "report", width: 800, scale: 2 },
  screen: { id: "screen", scale: 2 },
};

export const PRESET_ORDER: PresetId[] = ["report", "slide", "screen"];
export const DEFAULT_PRESET: PresetId = "report";

/** Name and one-line hint of a preset, in the page's language. */
export function presetText(id: PresetId, t: T): { label: string; hint: string } {
  switch (id) {
    case "slide":
      return { label: t("Presentation 16:9", "Presentation 16:9"), hint: t("1920 × 1080 px, för en bild i ett bildspel", "1920 × 1080 px, for a slide") };
    case "report":
      return { label: t("Rapport (A4-bredd)", "Report (A4 width)"), hint: t("1600 px bred, höjd efter innehållet", "1600 px wide, height from the content") };
    case "screen":
      return { label: t("Som på skärmen", "As on screen"), hint: t("Samma bredd som diagrammet har nu", "The width the chart has now") };
  }
}

/** File name part for the preset ("" for the screen, so older names stay the same). */
export function presetSuffix(id: PresetId): string {
  return id === "slide" ? "16x9" : id === "report" ? "a4" : "";
}

/** PNG pixel size of a captioned SVG of `width` × `height` CSS px in `preset`. */
export function pngSize(preset: Preset, width: number, height: number): { width: number; height: number } {
  return { width: Math.round(width * preset.scale), height: Math.round(height * preset.scale) };
}
