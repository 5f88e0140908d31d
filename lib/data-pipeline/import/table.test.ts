import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../schema";
import { parseFigure } from "../figures";
import { loadMetaInput } from "../io";
import { parseImport } from "./rows";
import { readTable } from "./table";
import { copyData, DATA, fx, rebuild, run, SLOW } from "./test-support";

describe("importen: det som godtas lagras som text", SLOW, () => {
  const meta = loadMetaInput(DATA);
  const parse = (file: string) => {
    const r = parseImport({ kind: "entries", file: { name: file, bytes: new Uint8Array(fs.readFileSync(fx(file))) }, meta, date: "2026-01-15" });
    if (!r.ok) throw new Error(r.errors.join("\n"));
    return r.value.entries.map((e) => e.rec);
  };

  it("BOM + semikolon, siffror enligt figures.ts", () => {
    const [e] = parse("bom-semicolon.csv");
    expect(e).toMatchObject({ id: "09-satsning-pa-jamstalld-regional-utveckling", region: "09", theme: "jamstalldhet", kind: "insats", year: 2023 });
    expect(e.figures.map(parseFigure)).toEqual([
      { label: "Stöd", text: "över 110", value: 110, qualifier: "över", unit: "MSEK" },
      { label: "Antal", text: "3", value: 3, unit: "st" },
    ]);
  });

  it("Windows-1252 med åäö, €, typografiska citattecken och tankstreck", () => {
    const [e] = parse("windows-1252.csv");
    expect(e.region).toBe("18");
    expect(e.title).toBe("Jämställdhetssatsning i Örebro län – åtgärder");
    expect(e.summary).toBe("Stöd på 2 € per invånare; ”särskilt” för unga.");
    expect(e.figures.map(parseFigure)[0]).toEqual({ label: "Stöd", text: "2,5", value: 2.5, unit: "MSEK" });
  });

  it("formelliknande text (=, +, -, @) behålls ordagrant i textkolumner", () => {
    const [e] = parse("formula-text.csv");
    expect(e.title).toBe('=HYPERLINK("http://evil.example";"klicka")');
    expect(e.summary).toBe("+cmd|' /C calc'!A0");
    expect(e.actor).toBe("@SUM(A1:A2)");
    expect(e.sourceTitle).toBe("-2+3");
    expect(e.figures.map(parseFigure)).toEqual([{ label: "Resultat", text: "-2+3", value: null, unit: "" }]);
  });

  it("<script> och HTML behålls som text", () => {
    const [e] = parse("script-tags.csv");
    expect(e.title).toBe("<script>alert(1)</script>");
    expect(e.summary).toBe('<img src=x onerror="alert(1)"> och <b>fet</b> text');
    expect(e.actor).toBe("</td><script>document.cookie</script>");
  });

  it("skriver formelliknande text och <script> oförändrat till dataset.json och källfilen", () => {
    const dir = copyData();
    for (const f of ["formula-text.csv", "script-tags.csv"]) expect(run(dir, [fx(f)]).code).toBe(0);
    const d = parseDataset(JSON.parse(fs.readFileSync(path.join(dir, "dataset.json"), "utf8")));
    const byId = new Map(d.entries.map((e) => [e.id, e]));
    expect(byId.get("09-hyperlink-http-evil-example-klicka")?.title).toBe('=HYPERLINK("http://evil.example";"klicka")');
    expect(byId.get("09-script-alert-1-script")?.title).toBe("<script>alert(1)</script>");
    expect(fs.readFileSync(path.join(dir, "dataset.json"), "utf8")).toBe(rebuild(dir));
  });
});

describe("readTable", () => {
  it("readTable: för stor fil avvisas innan den tolkas", () => {
    const big = new Uint8Array(60 * 1024 * 1024 + 1);
    expect(readTable({ name: "x.csv", bytes: big }, "entries")).toEqual({ ok: false, errors: ["filen är för stor (60.0 MB; högst 60 MB)"] });
  });
});
