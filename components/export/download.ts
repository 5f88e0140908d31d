import { EXPORT_FONT, type Measure } from "@/lib/export/svg";

/** Browser helpers for ChartActions: save a file, rasterise the captioned SVG, measure caption text. */

/** Save `data` as `filename` through a temporary <a download> (works without any popup permission). */
export function downloadBlob(data: BlobPart, type: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  a.rel = "noopener";
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers start reading the URL only after click() has returned.
  window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

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

/** Copy text; false when the Clipboard API is missing or refused (http, old browsers, denied permission). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
