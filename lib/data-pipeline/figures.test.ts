import { describe, expect, it } from "vitest";
import { parseFigure, parseSwedishNumber } from "./figures";

const fig = (value: string, unit = "st", label = "Etikett") => parseFigure({ label, value, unit });

describe("parseSwedishNumber", () => {
  it.each([
    ["1993337", 1993337],
    ["3,4", 3.4],
    ["93,95", 93.95],
    ["1 993 337", 1993337],
    ["1\u00a0090", 1090],
    ["0", 0],
    ["−2,5", -2.5],
  ])("%s → %s", (s, n) => expect(parseSwedishNumber(s)).toBe(n));
  it.each(["21 februari", "2 av 3", "15–20", "", "abc", "1,2,3"])("%s → null", (s) => expect(parseSwedishNumber(s)).toBeNull());
});

describe("parseFigure", () => {
  it("heltal", () => expect(fig("1993337", "tkr")).toEqual({ label: "Etikett", text: "1993337", value: 1993337, unit: "tkr" }));
  it("decimalkomma", () => expect(fig("3,4", "miljoner invånare")).toMatchObject({ text: "3,4", value: 3.4 }));
  it("intervall ger value och valueTo", () => expect(fig("15–20", "TWh")).toEqual({ label: "Etikett", text: "15–20", value: 15, valueTo: 20, unit: "TWh" }));
  it("period i år ger null", () => expect(fig("2020–2035", "år")).toEqual({ label: "Etikett", text: "2020–2035", value: null, unit: "år" }));
  it("datumperiod ger null", () => expect(fig("2023-11-01–2026-10-31", "")).toMatchObject({ value: null, text: "2023-11-01–2026-10-31" }));
  it("datum ger null", () => expect(fig("21 februari", "datum")).toEqual({ label: "Etikett", text: "21 februari", value: null, unit: "datum" }));
  it("ord ger null", () => expect(fig("2 av 3", "")).toMatchObject({ value: null, text: "2 av 3" }));
  it("år som figur behåller värdet", () => expect(fig("2018", "år", "Antagen")).toEqual({ label: "Antagen", text: "2018", value: 2018, unit: "år" }));
  it("kvalificerare i värdet: 80 (minst)", () =>
    expect(fig("80 (minst)", "%")).toEqual({ label: "Etikett", text: "minst 80", value: 80, qualifier: "minst", unit: "%" }));
  it("kvalificerare i värdet: 160000 (drygt)", () =>
    expect(fig("160000 (drygt)", "personer")).toMatchObject({ text: "drygt 160000", value: 160000, qualifier: "drygt", unit: "personer" }));
  it("kvalificerare och decimal: 7,7 (drygt)", () => expect(fig("7,7 (drygt)", "mdkr")).toMatchObject({ text: "drygt 7,7", value: 7.7, qualifier: "drygt" }));
  it("kvalificerare i enheten: MSEK (över)", () =>
    expect(fig("110", "MSEK (över)")).toEqual({ label: "Etikett", text: "över 110", value: 110, qualifier: "över", unit: "MSEK" }));
  it("kvalificerare i enheten: personer (cirka)", () => expect(fig("120", "personer (cirka)")).toMatchObject({ text: "cirka 120", qualifier: "cirka", unit: "personer" }));
  it("kvalificerare i enheten: MSEK (närmare)", () => expect(fig("16", "MSEK (närmare)")).toMatchObject({ qualifier: "närmare", unit: "MSEK" }));
  it("kvalificerare i enheten: st (över)", () => expect(fig("50", "st (över)")).toMatchObject({ qualifier: "över", unit: "st", value: 50 }));
  it("ungefär och nästan", () => {
    expect(fig("50 (ungefär)", "%")).toMatchObject({ qualifier: "ungefär", text: "ungefär 50" });
    expect(fig("99 (nästan)", "%")).toMatchObject({ qualifier: "nästan", text: "nästan 99" });
  });
  it("längre parentes i enheten behålls i texten", () =>
    expect(fig("67", "% (cirka två tredjedelar)")).toEqual({ label: "Etikett", text: "67 (cirka två tredjedelar)", value: 67, qualifier: "cirka", unit: "%" }));
  it("kvalificerare före talet: över 110", () => expect(fig("över 110", "MSEK")).toMatchObject({ text: "över 110", value: 110, qualifier: "över" }));
  it("parentes som inte är en kvalificerare lämnas orörd", () => expect(fig("5", "st (per år)")).toMatchObject({ unit: "st (per år)", value: 5 }));
  it("två olika kvalificerare är ett fel", () => expect(() => fig("80 (minst)", "% (cirka)")).toThrowError(/två olika kvalificerare/));
  it("trimmar etikett och text", () => expect(fig("  12 ", " st ", " Mål ")).toEqual({ label: "Mål", text: "12", value: 12, unit: "st" }));
});
