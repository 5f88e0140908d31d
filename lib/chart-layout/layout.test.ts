import { describe, expect, it } from "vitest";
import { barLayout, rowHeightFor } from "./bars";
import { legendLayout } from "./legend";
import { textWidth } from "./measure";
import { niceTicks, yearTicks } from "./ticks";
import { timeSeriesLayout } from "./time-series";

describe("niceTicks", () => {
  it("gives one tick per whole number when the longest bar is short, so the axis ends at the longest bar", () => {
    expect(niceTicks(0, 2, 6, true).ticks).toEqual([0, 1, 2]);
    expect(niceTicks(0, 3, 6, true).ticks).toEqual([0, 1, 2, 3]);
    expect(niceTicks(0, 1, 6, true).ticks).toEqual([0, 1]);
    expect(niceTicks(0, 0, 6, true).ticks).toEqual([0, 1]);
  });
  it("uses nice steps and covers the data", () => {
    expect(niceTicks(0, 729, 5)).toEqual({ ticks: [0, 200, 400, 600, 800], domain: [0, 800] });
    expect(niceTicks(298, 729, 5).domain).toEqual([200, 800]);
    expect(niceTicks(0, 12.3, 4).ticks).toEqual([0, 5, 10, 15]);
  });
});

describe("yearTicks", () => {
  it("labels every year when they fit, so 2014 → 2019 is five steps wide and 2019 → 2021 two", () => {
    expect(yearTicks(2014, 2021, 600, 13)).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021]);
  });
  it("thins whole-year ticks on a narrow chart so the labels never touch", () => {
    const ticks = yearTicks(2008, 2020, 250, 13);
    expect(ticks[0]).toBe(2008);
    expect(ticks.every((y) => Number.isInteger(y))).toBe(true);
    const px = 250 / 12;
    expect((ticks[1] - ticks[0]) * px).toBeGreaterThanOrEqual(textWidth("2020", 13) + 12);
  });
});

describe("legendLayout", () => {
  it("puts items in one row when they fit and wraps onto a second row when they do not", () => {
    expect(legendLayout(["Anslag", "Resultat"], 600, 13, 14).height).toBe(20);
    const narrow = legendLayout(["Anslag", "Resultat", "Strategier"], 180, 13, 14);
    expect(narrow.height).toBe(40);
    expect(narrow.items.every((i) => i.x + i.width <= 180)).toBe(true);
  });
});

const ranked = {
  labels: ["Stockholm", "Norrbotten", "Västra Götaland", "Kronoberg", "Uppsala"],
  totals: [729, 648, 517, 508, 482],
  valueLabels: ["729", "648", "517", "508", "482"],
  labelWidth: 130,
  reference: { value: 527, text: "Riket: 527" },
  integer: true,
};

describe("barLayout", () => {
  it("moves a value label that the reference line would cross past the line, and leaves the others at their bar", () => {
    for (const width of [330, 560, 760]) {
      const l = barLayout({ ...ranked, width });
      const x = (v: number) => l.plot.left + ((v - l.domain[0]) / (l.domain[1] - l.domain[0])) * (l.plot.right - l.plot.left);
      const refX = l.reference!.x;
      l.valueLabelX.forEach((start, i) => {
        const end = start + textWidth(ranked.valueLabels[i], 13);
        expect(refX < start - 3 || refX > end + 3, `${width}: ${ranked.valueLabels[i]}`).toBe(true);
        expect(end).toBeLessThanOrEqual(width);
      });
      expect(l.valueLabelX[0]).toBeCloseTo(x(729) + 6, 6);
    }
  });
  it("keeps the reference label inside the chart", () => {
    const l = barLayout({ ...ranked, totals: [10, 9, 8, 7, 6], reference: { value: 10, text: "Riket: 10 000 000" }, width: 330 });
    const w = textWidth("Riket: 10 000 000", 13);
    const r = l.reference!;
    const left = r.anchor === "end" ? r.labelX - w : r.anchor === "middle" ? r.labelX - w / 2 : r.labelX;
    expect(left).toBeGreaterThanOrEqual(0);
    expect(left + w).toBeLessThanOrEqual(330);
  });
  it("wraps long theme names into the label column and makes every row tall enough for the tallest", () => {
    const themes = ["Regionala utvecklingsstrategier", "Innovation och förnyelse samt företagande och entreprenörskap", "Integration"];
    const phone = barLayout({ labels: themes, totals: [1, 2, 0], valueLabels: ["1", "2", "0"], labelWidth: 230, integer: true, width: 330, legend: ["Anslag", "Resultat", "Strategier"] });
    expect(phone.labelColumn).toBe(132);
    phone.labels.forEach((l) => expect(l.lines.every((line) => textWidth(line, 13) <= phone.labelColumn - 8)).toBe(true));
    const most = Math.max(...phone.labels.map((l) => l.lines.length));
    expect(most).toBe(3);
    expect(phone.rowHeight).toBe(rowHeightFor(3));
    expect(phone.rowHeight).toBeGreaterThanOrEqual(3 * 16);
    const desktop = barLayout({ labels: themes, totals: [1, 2, 0], valueLabels: ["1", "2", "0"], labelWidth: 230, integer: true, width: 1100 });
    expect(desktop.labels.map((l) => l.lines.length)).toEqual([1, 2, 1]);
    expect(desktop.ticks).toEqual([0, 1, 2]);
  });
  it("gives the same layout every time (no DOM measurement)", () => {
    expect(barLayout({ ...ranked, width: 400 })).toEqual(barLayout({ ...ranked, width: 400 }));
  });
});

describe("timeSeriesLayout", () => {
  it("puts a series break between its years, its label inside the chart, and a y axis as wide as its labels", () => {
    const l = timeSeriesLayout({
      width: 330, height: 340, years: [2018, 2022], values: [70.1, 85.2], format: (v) => v.toFixed(0),
      legend: ["Stockholm", "Gotland", "Riket"], breaks: [{ between: [2018, 2022], label: "Serieavbrott" }],
    });
    expect(l.xDomain).toEqual([2018, 2022]);
    expect(l.breaks[0].year).toBe(2020);
    const w = textWidth("Serieavbrott", 13);
    const b = l.breaks[0];
    const left = b.anchor === "middle" ? b.labelX - w / 2 : b.anchor === "end" ? b.labelX - w : b.labelX;
    expect(left).toBeGreaterThanOrEqual(l.plot.left);
    expect(left + w).toBeLessThanOrEqual(330);
    expect(l.yAxisWidth).toBeGreaterThanOrEqual(textWidth("90", 13));
    expect(l.margin.top).toBeGreaterThan(l.legend.height + 16);
  });
});

describe("barLayout at any width", () => {
  it("always gives a layout, even for a chart not measured yet (width 1) or a very narrow one", () => {
    for (const width of [1, 100, 200]) {
      const l = barLayout({ ...ranked, width });
      expect(l.height).toBeGreaterThan(0);
      expect(l.valueLabelX).toHaveLength(5);
    }
  });
});
