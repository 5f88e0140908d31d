import { describe, expect, it } from "vitest";
import { CsvError, parseCsv, parseCsvRecords } from "./csv";

describe("parseCsv", () => {
  it("läser enkla rader", () => {
    expect(parseCsv("a,b\n1,2\n")).toEqual([["a", "b"], ["1", "2"]]);
  });
  it("hanterar CRLF, BOM och saknad avslutande radbrytning", () => {
    expect(parseCsv("\ufeffa,b\r\n1,2")).toEqual([["a", "b"], ["1", "2"]]);
  });
  it("hanterar citerade fält med komma, radbrytning och dubblerade citattecken", () => {
    const text = 'id,note\n1,"Regionfakta, tabell ""BRP""\nrad två"\n';
    expect(parseCsv(text)).toEqual([["id", "note"], ["1", 'Regionfakta, tabell "BRP"\nrad två']]);
  });
  it("behåller tomma fält", () => {
    expect(parseCsv("a,,c\n,,\n")).toEqual([["a", "", "c"], ["", "", ""]]);
  });
  it("hoppar över tomma rader", () => {
    expect(parseCsv("a\n\n1\n")).toEqual([["a"], ["1"]]);
  });
  it("felar med radnummer när ett citattecken aldrig stängs", () => {
    expect(() => parseCsv('a\n"öppen\n')).toThrowError(new CsvError("citattecknet stängs aldrig", 2));
  });
  it("felar på skräp efter citerat fält", () => {
    expect(() => parseCsv('"a"b,c')).toThrowError(/rad 1: oväntat tecken "b"/);
  });
});

describe("parseCsvRecords", () => {
  it("gör objekt av raderna", () => {
    expect(parseCsvRecords("indicator_id,value\nbrp,576\n")).toEqual([{ indicator_id: "brp", value: "576" }]);
  });
  it("felar när en rad har fel antal fält", () => {
    expect(() => parseCsvRecords("a,b\n1,2\n3\n")).toThrowError("rad 3: 1 fält, rubrikraden har 2");
  });
  it("felar på dubblerad kolumn", () => {
    expect(() => parseCsvRecords("a,a\n1,2\n")).toThrowError('rad 1: kolumnen "a" finns två gånger i rubrikraden');
  });
  it("ger tom lista för tom fil", () => {
    expect(parseCsvRecords("")).toEqual([]);
  });
});
