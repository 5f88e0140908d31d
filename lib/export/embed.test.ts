import { describe, expect, it } from "vitest";
import { EMBED_HEIGHT_MESSAGE, embedFallbackHeight, embedSnippet } from "./embed";

describe("embedSnippet", () => {
  const snippet = embedSnippet({ src: "https://regionlaget.se/embed/indikatorer/brp?ar=2021&vy=karta", title: 'BRP "per" invånare <2021>', height: 1120 });
  it("is a titled frame with the fallback height, escaped", () => {
    expect(snippet).toContain('<iframe src="https://regionlaget.se/embed/indikatorer/brp?ar=2021&amp;vy=karta"');
    expect(snippet).toContain('title="BRP &quot;per&quot; invånare &lt;2021&gt;"');
    expect(snippet).toContain('height="1120"');
  });
  it("listens only to the embed's own origin and message, and sizes only the frame that sent it", () => {
    expect(snippet).toContain('e.origin!=="https://regionlaget.se"');
    expect(snippet).toContain(`e.data.type!=="${EMBED_HEIGHT_MESSAGE}"`);
    expect(snippet).toContain("f.contentWindow===e.source");
  });
});

describe("embedFallbackHeight", () => {
  it("leaves room for the whole card around the chart", () => {
    expect(embedFallbackHeight("bars", 686)).toBe(1160);
    expect(embedFallbackHeight("line", 340)).toBe(810);
    expect(embedFallbackHeight("map")).toBe(1120);
  });
});
