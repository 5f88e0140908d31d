import { describe, expect, it } from "vitest";
import { indicatorViewQuery, parseIndicatorView, type IndicatorViewState } from "./indicator";

const OPTIONS = { periods: ["2019", "2020", "2021–2025"], fallback: "2020", allowed: ["00", "01", "09", "25"], counties: ["01", "09", "24", "25"] };
const query = (q: string) => new URLSearchParams(q.replace(/^\?/, ""));

describe("indicator page URL state", () => {
  it("round-trips year, time-series regions and my region through the query", () => {
    const states: IndicatorViewState[] = [
      { period: "2019", requested: ["09", "25", "00"], myRegion: "24" },
      { period: "2021–2025", requested: [], myRegion: null },
      { period: "2020", requested: ["01"], myRegion: null },
    ];
    for (const s of states) expect(parseIndicatorView(query(indicatorViewQuery(s)), OPTIONS)).toEqual(s);
  });
  it("writes the year always, regions in the comma form, my region last", () => {
    expect(indicatorViewQuery({ period: "2021–2025", requested: [], myRegion: null })).toBe("?ar=2021%E2%80%932025");
    expect(indicatorViewQuery({ period: "2019", requested: ["09", "00"], myRegion: "24" })).toBe("?ar=2019&regioner=09,00&min=24");
  });
  it("reads both list forms and the object form Next gives a page", () => {
    expect(parseIndicatorView(query("regioner=09&regioner=25,00"), OPTIONS).requested).toEqual(["09", "25", "00"]);
    expect(parseIndicatorView({ ar: "2019", regioner: ["01", "09"], min: "09" }, OPTIONS)).toEqual({ period: "2019", requested: ["01", "09"], myRegion: "09" });
  });
  it("falls back on anything broken: unknown year, regions without values, Riket as my region", () => {
    expect(parseIndicatorView(query("ar=1800&regioner=<script>,99,24,09,09&min=00"), OPTIONS)).toEqual({ period: "2020", requested: ["09"], myRegion: null });
    expect(parseIndicatorView({}, OPTIONS)).toEqual({ period: "2020", requested: [], myRegion: null });
  });
});
