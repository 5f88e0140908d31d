import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { makeTemplates } from "../../../scripts/make-templates";
import { mulberry32 } from "../../../scripts/synthetic/prng";
import { parseDataset, type Dataset } from "../../schema";
import { loadBuildInput, loadMetaInput } from "../io";
import { applyImport } from "./apply";
import { parseImport } from "./rows";
import { bytes, copyData, DATA, ENTRY_HEADER, fx, rebuild, run, SLOW } from "./test-support";

describe("importen: lyckade körningar", SLOW, () => {
  it("utan importfiler bygger pipelinen exakt den incheckade dataset.json", () => {
    const input = loadBuildInput(DATA);
    expect(input.importedEntries).toBeUndefined();
    expect(input.importedValues).toBeUndefined();
    expect(input.importedIndicators).toBeUndefined();
    expect(rebuild(DATA)).toBe(fs.readFileSync(path.join(DATA, "dataset.json"), "utf8"));
  });

  it("mallarna är verkliga poster: import utan ändringar ger inga ändringar och samma bytes", () => {
    const dir = copyData();
    const original = fs.readFileSync(path.join(dir, "dataset.json"));
    for (const [file, flags] of [["poster-mall.csv", []], ["poster-mall.xlsx", []], ["indikatorvarden-mall.csv", ["--indikatorer"]]] as const) {
      const r = run(dir, [path.join(DATA, "templates", file), ...flags]);
      expect(r.err).toEqual([]);
      expect(r.code).toBe(0);
      expect(r.out).toContain("  inga ändringar i poster eller värden jämfört med befintlig dataset.json");
    }
    expect(fs.readFileSync(path.join(dir, "dataset.json")).equals(original)).toBe(true);
    const imported = JSON.parse(fs.readFileSync(path.join(dir, "sources", "imported-entries.json"), "utf8"));
    expect(imported.entries.map((e: { id: string; importedFrom: unknown }) => [e.id, e.importedFrom])).toEqual([
      ["09-uppfoljningskonferens-2024", { file: "poster-mall.xlsx", row: "rad 2", date: "2026-01-15" }],
      ["09-integrationsstrategi-for-gotland-2017-2023", { file: "poster-mall.xlsx", row: "rad 3", date: "2026-01-15" }],
    ]);
    expect(fs.readFileSync(path.join(dir, "sources", "imported-values.csv"), "utf8")).toContain("indikatorvarden-mall.csv, rad 3, 2026-01-15");
  });

  it("mallfilerna i data/templates är det som scripts/make-templates.ts skriver", () => {
    const d = parseDataset(JSON.parse(fs.readFileSync(path.join(DATA, "dataset.json"), "utf8")));
    for (const [name, content] of Object.entries(makeTemplates(d))) {
      const onDisk = fs.readFileSync(path.join(DATA, "templates", name));
      expect(onDisk.equals(Buffer.from(typeof content === "string" ? bytes(content) : content)), name).toBe(true);
    }
    const csv = fs.readFileSync(path.join(DATA, "templates", "poster-mall.csv"));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString("utf8").split("\r\n")[0]).toBe(`\uFEFF${ENTRY_HEADER}`);
  });

  it("sammanfogar: samma id ändras, nytt id läggs till, inget tas bort; data:build ger samma fil", () => {
    const dir = copyData();
    const csv = (rows: string[]) => "\uFEFF" + [ENTRY_HEADER, ...rows].join("\r\n") + "\r\n";
    const first = path.join(dir, "forsta.csv");
    fs.writeFileSync(first, csv([
      "09-uppfoljningskonferens-2024;09;analys-uppfoljning;resultat;Uppföljningskonferens 2024;Ny sammanfattning.;2024;;https://example.se/a;Källa A;Deltagare: cirka 120 personer",
      ";Region Gotland;Integration;insats;Ny integrationsinsats;Text.;;;https://example.se/b;Källa B;",
    ]));
    const r1 = run(dir, [first]);
    expect(r1.err).toEqual([]);
    expect(r1.out).toEqual([
      "forsta.csv (CSV, UTF-8 med BOM, semikolonavgränsad): 2 poster godkända",
      "ny datamängd: 395 poster, 53 indikatorer, 3951 värden",
      "Ändringar mot dataset.json:",
      "  poster per region (+tillagda −borttagna ~ändrade):",
      "    09: +1 −0 ~1",
      "  poster per tema:",
      "    analys-uppfoljning: +0 −0 ~1",
      "    integration: +1 −0 ~0",
      "  tillagda poster: 09-ny-integrationsinsats",
      "  ändrade poster: 09-uppfoljningskonferens-2024",
      `✔ skrev ${path.join(dir, "sources", "imported-entries.json")}, ${path.join(dir, "dataset.json")}`,
    ]);
    const second = path.join(dir, "andra.csv");
    fs.writeFileSync(second, csv([";Region Gotland;Integration;insats;Ny integrationsinsats;Ändrad text.;2024;;https://example.se/b;Källa B;"]));
    expect(run(dir, [second]).code).toBe(0);
    const d = parseDataset(JSON.parse(fs.readFileSync(path.join(dir, "dataset.json"), "utf8")));
    expect(d.entries).toHaveLength(395);
    expect(d.entries.find((e) => e.id === "09-ny-integrationsinsats")).toMatchObject({ summary: "Ändrad text.", year: 2024, region: "09" });
    expect(d.entries.find((e) => e.id === "09-uppfoljningskonferens-2024")?.summary).toBe("Ny sammanfattning.");
    const src = JSON.parse(fs.readFileSync(path.join(dir, "sources", "imported-entries.json"), "utf8"));
    expect(src.entries.map((e: { id: string; importedFrom: { file: string } }) => [e.id, e.importedFrom.file])).toEqual([
      ["09-uppfoljningskonferens-2024", "forsta.csv"],
      ["09-ny-integrationsinsats", "andra.csv"],
    ]);
    // The import is not lost on the next `npm run data:build`: the build reads the import source file.
    expect(fs.readFileSync(path.join(dir, "dataset.json"), "utf8")).toBe(rebuild(dir));
  });

  it("JSON: lista eller { entries: [...] }, tal i årskolumnen, region som namn", () => {
    const row = { region: "Gotlands län", tema: "Integration", typ: "Insats", titel: "JSON-post", sammanfattning: "S.", ar: 2023, kalla_url: "https://example.se", kalla_titel: "K" };
    for (const text of [JSON.stringify([row]), JSON.stringify({ entries: [row] })]) {
      const r = parseImport({ kind: "entries", file: { name: "x.json", bytes: bytes(text) }, meta: loadMetaInput(DATA), date: "2026-01-15" });
      expect(r.ok && r.value.entries.map((e) => [e.label, e.rec.id, e.rec.region, e.rec.kind, e.rec.year])).toEqual([["post 1", "09-json-post", "09", "insats", 2023]]);
    }
  });

  it("indikatorvärden med ny indikator via --metadata; decimalkomma; källfiler och dataset hänger ihop", () => {
    const dir = copyData();
    const r = run(dir, [fx("values-new-indicator.csv"), "--indikatorer", "--metadata", fx("metadata.json")]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    const d = parseDataset(JSON.parse(fs.readFileSync(path.join(dir, "dataset.json"), "utf8")));
    expect(d.indicators.at(-1)).toMatchObject({ id: "kulturbudget_kr_per_inv", fragment: true, themes: ["likvardiga-mojligheter"] });
    expect(d.values.filter((v) => v.indicator === "kulturbudget_kr_per_inv")).toEqual([
      { indicator: "kulturbudget_kr_per_inv", region: "09", year: 2025, period: "2025", value: 812.5, source: { url: "https://example.se/kultur", title: "Exempelkälla", type: "officiell-statistik" } },
    ]);
    expect(fs.existsSync(path.join(dir, "sources", "imported-indicators.json"))).toBe(true);
    expect(fs.readFileSync(path.join(dir, "dataset.json"), "utf8")).toBe(rebuild(dir));
    // A second import of the same metadata is refused: the indicator now exists.
    const again = run(dir, [fx("values-new-indicator.csv"), "--indikatorer", "--metadata", fx("metadata.json")]);
    expect(again.code).toBe(1);
    expect(again.err[1]).toBe('  metadata.json, indikator 1, fält id: indikatorn "kulturbudget_kr_per_inv" finns redan – ändra befintlig metadata i data/meta/indicators.json i stället');
    // …but more values for it are fine without --metadata, and replace the earlier value.
    const more = path.join(dir, "mer.csv");
    fs.writeFileSync(more, "indikator;region;ar;varde;kalla_url;kalla_titel;anmarkning\nkulturbudget_kr_per_inv;09;2025;815;https://example.se/kultur;Exempelkälla;Reviderat\n");
    const r3 = run(dir, [more, "--indikatorer"]);
    expect(r3.out).toContain("    kulturbudget_kr_per_inv: +0 −0 ~1");
    const d3 = parseDataset(JSON.parse(fs.readFileSync(path.join(dir, "dataset.json"), "utf8")));
    expect(d3.values.filter((v) => v.indicator === "kulturbudget_kr_per_inv").map((v) => [v.value, v.note])).toEqual([[815, "Reviderat"]]);
  });

  it("ett importerat värde ersätter källfilens värde för samma indikator, region och period", () => {
    const dir = copyData();
    const file = path.join(dir, "v.csv");
    fs.writeFileSync(file, "indikator,region,ar,varde,kalla_url,kalla_titel,anmarkning\narbetsloshet_bas_20_64,Gotland,2022,\"3,5\",https://example.se/bas,SCB BAS,Ny version\n");
    const r = run(dir, [file, "--indikatorer", "--dry-run"]);
    expect(r.out.slice(2)).toEqual(["Ändringar mot dataset.json:", "  värden per indikator:", "    arbetsloshet_bas_20_64: +0 −0 ~1", `provkörning (--dry-run): inget skrevs (skulle skriva ${path.join(dir, "sources", "imported-values.csv")}, ${path.join(dir, "dataset.json")})`]);
  });

  it("en genererad fil på 5 MB med giltiga rader importeras, och data:build ger samma fil", { timeout: 180_000 }, () => {
    // Seeded generator, so the file is the same on every run; nothing large is committed.
    const rand = mulberry32(20260115);
    const pick = <T,>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
    const meta = loadMetaInput(DATA);
    const regions = meta.regions.map((r) => r.organisation);
    const themes = meta.themes.map((t) => t.nameSv);
    const words = ["regional", "utveckling", "kompetens", "näringsliv", "hållbar", "omställning", "samverkan", "företag", "landsbygd", "innovation", "jämställdhet", "integration", "bredband", "klimat", "vätgas", "älv", "skärgård"];
    const sentence = (n: number) => Array.from({ length: n }, () => pick(words)).join(" ");
    const lines = [ENTRY_HEADER];
    let size = 0;
    let n = 0;
    while (size < 5 * 1024 * 1024) {
      n++;
      const title = `Insats ${n} ${sentence(4)}`;
      const summary = `"${sentence(40)}; ""citat"" och ${sentence(10)}."`;
      const figures = `"Stöd: ${pick(["över ", "cirka ", ""])}${Math.floor(rand() * 1000)},${Math.floor(rand() * 10)} MSEK; Antal: ${Math.floor(rand() * 50)} st"`;
      const line = ["", pick(regions), pick(themes), pick(["insats", "resultat", "anslag"]), title, summary, String(2000 + Math.floor(rand() * 30)), rand() < 0.2 ? "Länsstyrelsen" : "", `https://example.se/${n}`, `Källa ${n}`, figures].join(";");
      lines.push(line);
      size += line.length + 2;
    }
    const dir = copyData();
    const file = path.join(dir, "stor.csv");
    fs.writeFileSync(file, "\uFEFF" + lines.join("\r\n") + "\r\n");
    expect(fs.statSync(file).size).toBeGreaterThan(5 * 1024 * 1024);
    const r = run(dir, [file]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe(`stor.csv (CSV, UTF-8 med BOM, semikolonavgränsad): ${n} poster godkända`);
    const text = fs.readFileSync(path.join(dir, "dataset.json"), "utf8");
    expect((JSON.parse(text) as Dataset).entries).toHaveLength(394 + n);
    expect(text).toBe(rebuild(dir));
  });
});

describe("applyImport", SLOW, () => {
  it("applyImport vägrar när källfilerna inte bygger ens utan importen", () => {
    const input = loadBuildInput(DATA);
    const broken = { ...input, importedEntries: { file: "imported-entries.json", data: { entries: "nej" } } };
    const batch = parseImport({ kind: "entries", file: { name: "m.csv", bytes: new Uint8Array(fs.readFileSync(path.join(DATA, "templates", "poster-mall.csv"))) }, meta: input.meta, date: "2026-01-15" });
    if (!batch.ok) throw new Error(batch.errors.join("\n"));
    const r = applyImport(batch.value, broken, null);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0]).toBe("data/sources och data/meta bygger inte ens utan importen – kör npm run data:build och rätta först:");
  });
});
