import { describe, expect, it } from "vitest";
import { normaliseColumn } from "./layout";
import { columnLetter, decodeXmlText, parseCellRef } from "./xlsx";

describe("XLSX-hjälpare", () => {
  it("cellreferenser och kolumnnamn", () => {
    expect(parseCellRef("C12")).toEqual({ col: 2, row: 12 });
    expect(parseCellRef("AA1")).toEqual({ col: 26, row: 1 });
    expect(parseCellRef("$B$3")).toEqual({ col: 1, row: 3 });
    expect(parseCellRef("XFE1")).toBeNull();
    expect(parseCellRef("1A")).toBeNull();
    expect(normaliseColumn(" Källa URL ")).toBe("kalla_url");
    expect(normaliseColumn("År")).toBe("ar");
    expect(normaliseColumn("Anmärkning")).toBe("anmarkning");
  });
  it("kolumnbokstäver och XML-text", () => {
    expect([0, 25, 26, 16383].map(columnLetter)).toEqual(["A", "Z", "AA", "XFD"]);
    expect(decodeXmlText("a &amp; b &#229;&#x00E4; _x000D_")).toBe("a & b åä \r");
  });
});
