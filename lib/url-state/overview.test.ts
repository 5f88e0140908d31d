import { describe, expect, it } from "vitest";
import { overviewHref, parseOverview, RECORDS_MAP } from "./overview";

const INDICATORS = ["arbetsloshet_bas_20_64", "brp_per_invanare"];
const COUNTIES = ["01", "09", "24"];
const query = (href: string) => new URLSearchParams(href.split("?")[1] ?? "");

describe("overview URL state", () => {
  it("round-trips the map choice", () => {
    for (const map of [RECORDS_MAP, ...INDICATORS]) expect(parseOverview(query(overviewHref(map)), INDICATORS, COUNTIES).map).toBe(map);
    expect(overviewHref(RECORDS_MAP)).toBe("/");
    expect(overviewHref("brp_per_invanare")).toBe("/?karta=brp_per_invanare");
  });
  it("reads my region; unknown maps and regions fall back", () => {
    expect(parseOverview({ karta: "brp_per_invanare", min: "24" }, INDICATORS, COUNTIES)).toEqual({ map: "brp_per_invanare", myRegion: "24" });
    expect(parseOverview(query("karta=finns_inte&min=99"), INDICATORS, COUNTIES)).toEqual({ map: "poster", myRegion: null });
    expect(parseOverview({}, INDICATORS, COUNTIES)).toEqual({ map: "poster", myRegion: null });
  });
});
