import { describe, expect, it } from "vitest";
import { DEFAULT_DATA_VIEW, dataHref, parseDataView, serializeDataView, parseDataLang } from "./data-view";

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
  it("reads the language of /api/data: Swedish unless a known language", () => {
    expect([parseDataLang(new URLSearchParams("lang=en")), parseDataLang(new URLSearchParams("lang=de")), parseDataLang({})]).toEqual(["en", "sv", "sv"]);
  });
});
