import { describe, expect, it } from "vitest";
import { filterRows, toDataRow, figureText } from "./table-rows";
import { DEFAULT_DATA_VIEW } from "../url-state";
import type { Entry } from "../schema";

function entry(over: Partial<Entry>): Entry {
  return {
    id: "x", region: "09", theme: "integration", kind: "insats", title: "Titel", summary: "Text", figures: [], year: 2023, period: { kind: "ar", from: 2023, to: 2023 },
    source: { url: "https://www.gotland.se/", title: "Region Gotland", type: "regionens-egen" as const }, ...over,
  };
}

const rows = [
  toDataRow(entry({ id: "a", title: "Bredband till alla", figures: [{ label: "Stöd", text: "över 110", value: 110, qualifier: "över", unit: "MSEK" }] }), "Region Gotland", "Integration"),
  toDataRow(entry({ id: "b", region: "12", kind: "resultat", year: null, title: "Fler jobb" }), "Region Skåne", "Integration"),
  toDataRow(entry({ id: "c", region: "12", theme: "jamstalldhet", year: 2021, title: "Jämställd tillväxt" }), "Region Skåne", "Jämställdhet"),
];
const f = (o: Partial<typeof DEFAULT_DATA_VIEW>) => ({ ...DEFAULT_DATA_VIEW, ...o });

describe("filterRows", () => {
  it("returns all rows without filters", () => expect(filterRows(rows, f({}))).toHaveLength(3));
  it("filters by region, theme, kind and year", () => {
    expect(filterRows(rows, f({ region: "12" })).map((r) => r.id)).toEqual(["b", "c"]);
    expect(filterRows(rows, f({ tema: "jamstalldhet" })).map((r) => r.id)).toEqual(["c"]);
    expect(filterRows(rows, f({ typ: "resultat" })).map((r) => r.id)).toEqual(["b"]);
    expect(filterRows(rows, f({ ar: 2021 })).map((r) => r.id)).toEqual(["c"]);
    expect(filterRows(rows, f({ ar: "saknas" })).map((r) => r.id)).toEqual(["b"]);
  });
  it("searches all words case-insensitively, including region names and figures", () => {
    expect(filterRows(rows, f({ q: "BREDBAND gotland" })).map((r) => r.id)).toEqual(["a"]);
    expect(filterRows(rows, f({ q: "msek" })).map((r) => r.id)).toEqual(["a"]);
    expect(filterRows(rows, f({ q: "jämställd skåne" })).map((r) => r.id)).toEqual(["c"]);
    expect(filterRows(rows, f({ q: "finns inte" }))).toEqual([]);
  });
  it("writes figures with qualifier and unit as the source did", () => {
    expect(figureText({ label: "Stöd", text: "över 110", value: 110, qualifier: "över", unit: "MSEK" })).toBe("Stöd: över 110 MSEK");
    expect(figureText({ label: "Projekt", text: "26", value: 26, unit: "st" })).toBe("Projekt: 26 st");
    expect(figureText({ label: "Maximal stödperiod", text: "3", value: 3, unit: "år" })).toBe("Maximal stödperiod: 3 år");
  });
  it("leaves out a unit that only names the kind of value: a date, a period, a calendar year, a share in words", () => {
    expect(figureText({ label: "Projektets slutdatum", text: "2019-12-31", value: null, unit: "datum" })).toBe("Projektets slutdatum: 2019-12-31");
    expect(figureText({ label: "Projekttid", text: "augusti 2019–december 2020", value: null, unit: "period" })).toBe("Projekttid: augusti 2019–december 2020");
    expect(figureText({ label: "Antagen", text: "2018", value: 2018, unit: "år" })).toBe("Antagen: 2018");
    expect(figureText({ label: "Period", text: "2022–2024", value: null, unit: "år" })).toBe("Period: 2022–2024");
    expect(figureText({ label: "Andel som trivs", text: "nio av tio", value: null, unit: "andel" })).toBe("Andel som trivs: nio av tio");
    expect(figureText({ label: "Placering bland länen", text: "4", value: 4, unit: "plats" })).toBe("Placering bland länen: 4");
    expect(figureText({ label: "Utan enhet", text: "ja", value: null, unit: "" })).toBe("Utan enhet: ja");
  });
});

describe("toDataRow in English", () => {
  const e = entry({ id: "d", title: "Bredband till alla" });
  it("keeps the Swedish search text unchanged", () => {
    expect(toDataRow(e, "Region Gotland", "Integration").haystack).toBe(
      "region gotland integration insats bredband till alla text   region gotland 2023",
    );
  });
  it("uses the given (English) labels and makes the English kind label searchable", () => {
    const r = toDataRow(e, "Region Gotland", "Gender equality", "en");
    expect(r.themeLabel).toBe("Gender equality");
    expect(filterRows([r], f({ q: "activity gender" })).map((x) => x.id)).toEqual(["d"]);
    expect(filterRows([r], f({ q: "insats bredband" })).map((x) => x.id)).toEqual(["d"]);
  });
});

describe("period and source-type filters (issue 15)", () => {
  const base = { ...DEFAULT_DATA_VIEW };
  const rows = [
    toDataRow(entry({ id: "a", year: 2023 }), "G", "I"),
    toDataRow(entry({ id: "b", year: 2019, kind: "strategi", title: "Strategi 2019–2030", period: { kind: "i-kraft", from: 2019, to: 2030 } }), "G", "I"),
    toDataRow(entry({ id: "c", year: 2016, kind: "strategi", title: "Strategi 2016–2020", period: { kind: "i-kraft", from: 2016, to: 2020 } }), "G", "I"),
    toDataRow(entry({ id: "d", year: 2022, source: { url: "https://docplayer.se/x", title: "Kopia", type: "spegel" } }), "G", "I"),
    toDataRow(entry({ id: "e", year: null, period: { kind: "ar", from: null, to: null } }), "G", "I"),
  ];
  const ids = (patch: Partial<typeof base>) => filterRows(rows, { ...base, ...patch }).map((r) => r.id);
  it("2023, 2022–2024, older than 2022, in force during 2023", () => {
    expect(ids({ period: "2023" })).toEqual(["a"]);
    expect(ids({ period: "2022-2024" })).toEqual(["a", "d"]);
    expect(ids({ period: "aldre" })).toEqual(["b", "c"]);
    expect(ids({ period: "i-kraft" })).toEqual(["b"]);
  });
  it("by source type", () => {
    expect(ids({ kalla: "spegel" })).toEqual(["d"]);
    expect(ids({ kalla: "regionens-egen" })).toEqual(["a", "b", "c", "e"]);
  });
});
