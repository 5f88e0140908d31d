import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../schema";
import { parseFigure } from "../figures";
import { significantDigits } from "../normalize";
import { formatFigures, parseFigures } from "./cells";
import { DATA } from "./test-support";

describe("värden i celler", () => {
  it("siffror: tolkning och formatering tur och retur för varje siffra i datamängden", () => {
    expect(parseFigures("Stöd: över 110 MSEK; Antal: 3 st")).toEqual({ figures: [{ label: "Stöd", value: "över 110", unit: "MSEK" }, { label: "Antal", value: "3", unit: "st" }] });
    expect(parseFigures("Anslag 1:1 2023: 1 993 337 tkr\nEU:s index: 158,2 index")).toEqual({ figures: [{ label: "Anslag 1:1 2023", value: "1 993 337", unit: "tkr" }, { label: "EU:s index", value: "158,2", unit: "index" }] });
    expect(parseFigures('Sista dag: "21 februari" datum')).toEqual({ figures: [{ label: "Sista dag", value: "21 februari", unit: "datum" }] });
    expect(parseFigures('"RUS-mål: minska utsläppen": 70 procent')).toEqual({ figures: [{ label: "RUS-mål: minska utsläppen", value: "70", unit: "procent" }] });
    expect(parseFigures("")).toEqual({ figures: [] });
    const d = parseDataset(JSON.parse(fs.readFileSync(path.join(DATA, "dataset.json"), "utf8")));
    for (const e of d.entries) {
      const text = formatFigures(e.figures);
      const back = parseFigures(text);
      expect("figures" in back && back.figures.map(parseFigure), `${e.id}: ${text}`).toEqual(e.figures);
    }
  });
  it("significantDigits", () => {
    expect(significantDigits("12 345,60")).toBe(6);
    expect(significantDigits("2020–2035")).toBe(4);
    expect(significantDigits("12345678901234567890")).toBe(19);
    expect(significantDigits("0,000123")).toBe(3);
  });
});
