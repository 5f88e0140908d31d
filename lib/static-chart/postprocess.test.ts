import { Window } from "happy-dom";
import { describe, expect, it } from "vitest";
import { categoryPositions, roundNumbers, staticMarkup } from "./postprocess";

/** A small recharts-like drawing, as recharts leaves it in the DOM (class names, spread props, keyboard layer). */
const DRAWN = `<div class="recharts-wrapper" style="position: relative; width: 300px; height: 120px">
<svg class="recharts-surface" width="300" height="120" tabindex="0" role="application" aria-label="Bars"><title></title><defs><clipPath id="c1"></clipPath></defs>
<g class="recharts-layer recharts-bar-rectangle"><path name="Antal" display="3" x="144" radius="0" class="recharts-rectangle" fill="#2f6f9f" d="M 144,28.3333333 h 33.123456 v 23 h -33 Z"></path></g>
<g class="recharts-layer recharts-cartesian-axis recharts-yAxis yAxis"><g class="recharts-cartesian-axis-tick"><line class="recharts-cartesian-axis-tick-line" x1="138" y1="39.33333" x2="144" y2="39.33333" width="136"></line></g>
<g class="recharts-cartesian-axis-tick"><line class="recharts-cartesian-axis-tick-line" x1="138" y1="70" x2="144" y2="70"></line></g></g>
<text class="recharts-text recharts-cartesian-axis-tick-value" x="136" y="39.3" width="136">Stockholm</text></svg>
<div class="recharts-tooltip-wrapper" style="visibility: hidden"></div></div>`;

function drawn() {
  const win = new Window();
  win.document.body.innerHTML = DRAWN;
  return win.document.querySelector(".recharts-wrapper") as unknown as Element;
}

describe("static chart markup", () => {
  it("rounds long decimals in drawing attributes", () => {
    expect(roundNumbers("M 144,28.3333333 h 33.123456 v 23")).toBe("M 144,28.3 h 33.1 v 23");
  });

  it("keeps the drawing, scales it by a viewBox and drops the keyboard layer, ids and spread props", () => {
    const html = staticMarkup(drawn(), { width: 300, axis: "y", count: 2 });
    expect(html).toContain('viewBox="0 0 300 120"');
    expect(html).toContain('d="M 144,28.3 h 33.1 v 23 h -33 Z"');
    expect(html).toContain(">Stockholm</text>");
    for (const gone of ["tabindex", "role=", "aria-label", "clipPath", "<title>", 'name="Antal"', 'display="3"', "tooltip", "recharts-"]) {
      expect(html).not.toContain(gone);
    }
    expect(html).toContain('<g class="sc-bar-rectangle"><path fill=');
    expect(html).toContain('class="sc-cartesian-axis-tick-value"');
    expect(html).not.toContain("<g>");
    expect(html).toContain('aria-hidden="true"');
  });

  it("leaves the drawn tree alone (React still owns it)", () => {
    const el = drawn();
    staticMarkup(el, { width: 300, axis: "y", count: 2 });
    expect(el.querySelector(".recharts-tooltip-wrapper")).not.toBeNull();
    expect(el.querySelector("svg")?.getAttribute("tabindex")).toBe("0");
  });

  it("records each bar row's position from the category ticks", () => {
    const svg = drawn().querySelector("svg")!;
    expect(categoryPositions(svg, "y", 2)).toEqual([39.3, 70]);
    expect(categoryPositions(svg, "y", 3)).toEqual([39.3, 70, null]);
  });

  it("records a line chart's periods from the dots of every series", () => {
    const win = new Window();
    win.document.body.innerHTML = `<svg><g class="recharts-line-dots"><circle cx="10"></circle><circle cx="50.04"></circle></g>
      <g class="recharts-line-dots"><circle cx="10"></circle><circle cx="90"></circle></g></svg>`;
    const svg = win.document.querySelector("svg") as unknown as Element;
    expect(categoryPositions(svg, "x", 3)).toEqual([10, 50, 90]);
  });
});
