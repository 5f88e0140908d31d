import { EXPORT_FONT, type Measure } from "@/lib/export/svg";

/** Browser helpers for chart image downloads: rasterise the captioned SVG, measure caption text (loaded with make-download.ts). */

/** Text widths as the browser will draw them, so caption lines wrap where they should. */
export function canvasMeasure(): Measure {
  const ctx = document.createElement("canvas").getContext("2d");
  if (!ctx) return (text, size, bold) => text.length * size * (bold ? 0.6 : 0.55);
  return (text, size, bold) => {
    ctx.font = `${bold ? 700 : 400} ${size}px ${EXPORT_FONT}`;
    return ctx.measureText(text).width;
  };
}

/** The captioned SVG drawn onto a white canvas at `scale`× pixel density, as a PNG blob. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const img = new Image();
    img.width = width;
    img.height = height;
    img.src = url;
    await img.decode();
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext("2d");
    if (!ctx) throw new Error("Ingen 2D-canvas i den här webbläsaren.");
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("Bilden kunde inte skapas."))), "image/png"),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
