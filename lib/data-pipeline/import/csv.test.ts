import { describe, expect, it } from "vitest";
import { detectSeparator, tokenizeCsv } from "./csv";
import { readTable } from "./table";
import { bytes, ENTRY_HEADER } from "./test-support";

describe("CSV i importen", () => {
  it("detectSeparator och radnummer som i Excel", () => {
    expect(detectSeparator("a;b;c\n1,2;3")).toBe(";");
    expect(detectSeparator('"a;b",c,d\n')).toBe(",");
    expect(detectSeparator("a\tb\n")).toBe("\t");
    const t = readTable({ name: "x.csv", bytes: bytes(`${ENTRY_HEADER}\n   \n;;;;;;;;;;\n`) }, "entries");
    expect(t).toEqual({ ok: false, errors: ["filen har en rubrikrad men inga datarader"] });
    expect(tokenizeCsv('a;b\r\n\r\n"x\ny";2\r\n3;4', ";")).toEqual({ ok: true, value: [{ row: 1, cells: ["a", "b"] }, { row: 3, cells: ["x\ny", "2"] }, { row: 4, cells: ["3", "4"] }] });
  });
  it("fel i citattecken anges med raden som Excel visar", () => {
    expect(tokenizeCsv('a;b\n"x\ny"z;2', ";")).toEqual({ ok: false, errors: ['rad 2: oväntat tecken "z" efter ett citerat fält – ett citattecken i en text ska skrivas dubbelt ("")'] });
    expect(tokenizeCsv('a;b\n\n"öppen', ";")).toEqual({ ok: false, errors: ["rad 3: citattecknet stängs aldrig"] });
    expect(tokenizeCsv('a;b"c', ";")).toEqual({ ok: true, value: [{ row: 1, cells: ["a", 'b"c'] }] });
  });
});
