import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_VIEW, dataHref, parseDataView, pickList, pickParam, serializeDataView } from "./url-state";

const known = { regions: ["09", "12"], themes: ["integration", "jamstalldhet"] };

describe("data view URL state", () => {
  it("parses a full deep link", () => {
    const s = parseDataView(new URLSearchParams("region=09&tema=integration&typ=insats&ar=2023&q=bredband&sort=-ar&sida=2&antal=50&dolj=sammanfattning,kalla"), known);
    expect(s).toEqual({
      region: "09", tema: "integration", typ: "insats", ar: 2023, period: null, kalla: null, q: "bredband",
      sort: { id: "ar", desc: true }, sida: 2, antal: 50, dolj: ["sammanfattning", "kalla"],
    });
  });
  it("falls back to defaults for broken parameters", () => {
    const s = parseDataView(
      { region: "99", tema: "<script>", typ: "okand", ar: "20x3", sort: "-hack", sida: "-4", antal: "7", dolj: "titel,xyz" },
      known,
    );
    expect(s).toEqual(DEFAULT_DATA_VIEW);
  });
  it("accepts records without a year", () => {
    expect(parseDataView({ ar: "saknas" }, known).ar).toBe("saknas");
  });
  it("caps free text length", () => {
    expect(parseDataView({ q: "a".repeat(1000) }, known).q).toHaveLength(200);
  });
  it("round-trips and omits defaults", () => {
    expect(serializeDataView(DEFAULT_DATA_VIEW)).toBe("");
    const url = "?region=09&typ=resultat&sort=titel&sida=3&dolj=kalla,siffror";
    const s = parseDataView(new URLSearchParams(url.slice(1)), known);
    expect(serializeDataView(s)).toBe("?region=09&typ=resultat&sort=titel&sida=3&dolj=kalla%2Csiffror");
  });
  it("builds links to the filtered data view", () => {
    expect(dataHref({ region: "09", tema: "integration" })).toBe("/data?region=09&tema=integration");
  });
});

describe("pickParam / pickList", () => {
  it("picks allowed values or the fallback", () => {
    expect(pickParam({ ar: "2021" }, "ar", [2019, 2021], 2019)).toBe(2021);
    expect(pickParam({ ar: "1800" }, "ar", [2019, 2021], 2019)).toBe(2019);
  });
  it("keeps valid list items in order, deduplicated and capped", () => {
    expect(pickList({ regioner: "12,xx,09,12,01" }, "regioner", ["01", "09", "12"], 2)).toEqual(["12", "09"]);
  });
});

import { listParam, pickListParam } from "./url-state";
describe("list parameters in both forms", () => {
  it("accepts repeated and comma-separated values", () => {
    expect(listParam(new URLSearchParams("r=01&r=12,14"), "r")).toEqual(["01", "12", "14"]);
    expect(listParam({ r: ["01", "09"] }, "r")).toEqual(["01", "09"]);
    expect(listParam({}, "r")).toEqual([]);
  });
  it("keeps only allowed values, deduplicated and capped", () => {
    expect(pickListParam({ r: ["01", "xx", "01", "09", "12"] }, "r", ["01", "09", "12"], 2)).toEqual(["01", "09"]);
  });
});

describe("period and source-type filters on /data (issue 15)", () => {
  it("parses and serialises period= and kalla=; unknown values fall back to all", () => {
    const s = parseDataView(new URLSearchParams("period=i-kraft&kalla=spegel"), known);
    expect(s.period).toBe("i-kraft");
    expect(s.kalla).toBe("spegel");
    expect(serializeDataView(s)).toBe("?period=i-kraft&kalla=spegel");
    const bad = parseDataView(new URLSearchParams("period=1999&kalla=blogg"), known);
    expect([bad.period, bad.kalla]).toEqual([null, null]);
    expect(dataHref({ kalla: "tredje-part" })).toBe("/data?kalla=tredje-part");
  });
});
