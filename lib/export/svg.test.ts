import { describe, expect, it } from "vitest";
import { captionSvg, estimateWidth, fitScale, footerLines, frameLayouts, frameSvg, wrapText } from "./svg";
import type { ExportMeta } from "./types";

const meta: ExportMeta = {
  title: "BRP per invånare 2021, tusental kronor",
  subtitle: "Tusental kronor per invånare, löpande priser. 21 av 21 län har en uppgift.",
  description: "Stockholm har högst värde (729 tkr) och Gotland lägst (380 tkr) år 2021.",
  sources: [{ title: "SCB & Regionfakta", url: "https://www.scb.se/hitta-statistik/?a=1&b=2" }],
  notes: ["Reviderade siffror för 2020."],
  link: "https://regionlaget.example/regioner/09?ar=2021&vy=diagram",
  exportedAt: new Date("2026-11-27T10:00:00Z"),
};
const chart = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="640" height="300" viewBox="0 0 640 300"><rect width="10" height="10" fill="#2f6f9f"/></svg>';

describe("wrapText", () => {
  it("wraps at word boundaries and keeps no-break spaces together", () => {
    const lines = wrapText("ett två tre fyra fem sex 12,3\u00a0%", 60, 10, false, (t) => t.length * 5);
    expect(lines).toEqual(["ett två tre", "fyra fem sex", "12,3\u00a0%"]);
  });
  it("breaks a word longer than the line (URLs)", () => {
    const lines = wrapText("https://example.com/a/very/long/path", 50, 10, false, (t) => t.length * 5);
    expect(lines.join("")).toBe("https://example.com/a/very/long/path");
    expect(lines.every((l) => l.length <= 10)).toBe(true);
  });
});

describe("captionSvg", () => {
  const { svg, width, height } = captionSvg(chart, meta);

  it("is a standalone SVG with <title>, <desc> and a white background", () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain("<title id=\"export-title\">BRP per invånare 2021, tusental kronor</title>");
    expect(svg).toContain(`<desc id="export-desc">${meta.description}</desc>`);
    expect(svg).toMatch(new RegExp(`<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`));
    expect(svg).not.toContain("<?xml");
    expect(svg).toContain("Liberation Sans");
  });

  it("sizes itself around the chart", () => {
    expect(width).toBe(640 + 48);
    expect(height).toBeGreaterThan(300 + 100);
    expect(svg).toContain('<rect width="10" height="10" fill="#2f6f9f"/>');
  });

  it("shows title, subtitle and the footer: source, notes, Regionläget with the date, and the link", () => {
    expect(svg).toContain(">BRP per invånare 2021, tusental kronor</text>");
    expect(svg).toContain("Tusental kronor per invånare");
    expect(svg).toContain("Källa: SCB &amp; Regionfakta (https://www.scb.se/hitta-statistik/?a=1&amp;b=2)");
    expect(svg).toContain("Obs: Reviderade siffror för 2020.");
    expect(svg).toContain("Regionläget · Exporterad 27 november 2026");
    expect(svg).toContain("https://regionlaget.example/regioner/09?ar=2021&amp;vy=diagram");
  });

  it("puts the credit first and says where the data was taken from", () => {
    expect(footerLines({ ...meta, credit: "Källa: SCB (via Regionfakta)" }).slice(0, 2)).toEqual([
      "Källa: SCB (via Regionfakta)",
      "Hämtat från: SCB & Regionfakta (https://www.scb.se/hitta-statistik/?a=1&b=2)",
    ]);
  });

  it("wraps long titles inside the image", () => {
    const long = captionSvg(chart, { ...meta, title: "Ett mycket långt diagramnamn ".repeat(8).trim() });
    const titleLines = [...long.svg.matchAll(/font-size="20" font-weight="700"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(titleLines.length).toBeGreaterThan(1);
    for (const l of titleLines) expect(estimateWidth(l, 20, true)).toBeLessThanOrEqual(long.width - 48);
    expect(long.height).toBeGreaterThan(height);
  });

  it("reads the size of a chart without width and height from its viewBox, with a minimum width", () => {
    const small = captionSvg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" width="100%"></svg>', meta);
    expect(small.width).toBe(480);
    expect(small.svg).toContain('<g transform="translate(');
  });
});

describe("captionSvg in English", () => {
  const en: ExportMeta = { ...meta, lang: "en", notes: ["Revised figures for 2020.", "Serien bryts 2021. (in Swedish)"] };

  it("labels the footer in English with a British date", () => {
    const { svg } = captionSvg(chart, en);
    expect(svg).toContain("Source: SCB &amp; Regionfakta (https://www.scb.se/hitta-statistik/?a=1&amp;b=2)");
    expect(svg).toContain("Note: Revised figures for 2020.");
    expect(svg).toContain("Note: Serien bryts 2021. (in Swedish)");
    expect(svg).toContain("Regionläget · Exported 27 November 2026");
    expect(svg).not.toMatch(/Källa:|Obs:|Exporterad/);
  });

  it("says where the data was retrieved from after a credit line", () => {
    expect(footerLines({ ...en, credit: "Source: SCB (via Regionfakta)" }).slice(0, 2)).toEqual([
      "Source: SCB (via Regionfakta)",
      "Retrieved from: SCB & Regionfakta (https://www.scb.se/hitta-statistik/?a=1&b=2)",
    ]);
  });

  it("is Swedish by default and with lang \"sv\"", () => {
    expect(footerLines({ ...meta, lang: "sv" })).toEqual(footerLines(meta));
  });
});

describe("captionSvg at a fixed width (Rapport)", () => {
  it("is exactly as wide as asked, wraps the caption and scales down a chart that is too wide", () => {
    const long = { ...meta, title: "Ett mycket långt rubrik ".repeat(8).trim() };
    const { svg, width } = captionSvg('<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="300"/>', { ...long, width: 800 });
    expect(width).toBe(800);
    expect((svg.match(/font-size="20" font-weight="700"/g) ?? []).length).toBeGreaterThan(1);
    expect(svg).toContain("scale(0.752)");
  });
});

describe("frameLayouts, fitScale and frameSvg (Presentation 16:9)", () => {
  const layouts = frameLayouts(meta, 1280, 720);
  it("offers the chart a box beside the caption and a box between caption and footer, both inside the frame", () => {
    expect(layouts.map((l) => l.kind)).toEqual(["side", "stacked"]);
    for (const { box } of layouts) {
      expect(box.x + box.width).toBeLessThanOrEqual(1280 - 24);
      expect(box.y + box.height).toBeLessThanOrEqual(720 - 24);
    }
  });
  it("scales a chart to its box, growing it at most 1,25 times", () => {
    expect(fitScale({ width: 800, height: 700 }, { width: 800, height: 672 })).toBeCloseTo(0.96, 2);
    expect(fitScale({ width: 400, height: 200 }, { width: 1200, height: 600 })).toBe(1.25);
  });
  it("keeps the frame's size, with the footer (source, date, link) inside it", () => {
    const { svg, width, height } = frameSvg(chart, meta, layouts[0], 1280, 720);
    expect([width, height]).toEqual([1280, 720]);
    // The link wraps in the caption column: joined again, it is whole.
    const text = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join("");
    expect(text).toContain(meta.link.replace(/&/g, "&amp;"));
    const ys = [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(Math.max(...ys)).toBeLessThan(720);
  });
});

describe("wrapText breaks a long URL at a slash when it can", () => {
  it("prefers a slash in the second half of the line", () => {
    const lines = wrapText("http://www.regionfakta.com/Vastmanlands-lan/Regional-ekonomi", 150, 10, false, (t) => t.length * 5);
    expect(lines[0]).toBe("http://www.regionfakta.com/");
  });
});
