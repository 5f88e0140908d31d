import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadMetaInput } from "../io";
import { parseImport } from "./rows";
import type { ImportKind } from "./layout";
import { copyData, DATA, FIX, fx, run, SLOW, snapshot } from "./test-support";

const ALLOWED = "tillåtna kolumner: id, region, tema, typ, titel, sammanfattning, ar, aktor, kalla_url, kalla_titel, siffror";
const BAD_YEAR = (y: string) => `ogiltigt år ${JSON.stringify(y)}: ange ett årtal med fyra siffror, t.ex. 2023, eller lämna tomt`;
const BAD_NUMBER = (v: string) => `ogiltigt tal ${JSON.stringify(v)}: ange ett tal med decimalkomma eller decimalpunkt, t.ex. 3,4`;
const BAD_URL = (u: string) => `ogiltig källadress ${JSON.stringify(u)}: bara http(s)-adresser är tillåtna`;

/** Every malformed file, the flags it is imported with, and exactly the errors it must give. */
const MALFORMED: [file: string, flags: string[], errors: string[]][] = [
  ["empty.csv", [], ["filen är tom"]],
  ["blank-lines.csv", [], ["filen är tom"]],
  ["header-only.csv", [], ["filen har en rubrikrad men inga datarader"]],
  ["only-separators.csv", [], ["rad 1: rubrikraden är tom – första raden ska innehålla kolumnnamnen (id, region, tema, typ, titel, sammanfattning, ar, aktor, kalla_url, kalla_titel, siffror)"]],
  ["broken.json", [], ["ogiltig JSON på rad 3, tecken 1: filen tar slut mitt i ett värde"]],
  ["trailing-comma.json", [], ["ogiltig JSON på rad 5, tecken 3: kommatecken före }"]],
  ["deep.json", [], ["ogiltig JSON på rad 1, tecken 502: för djupt nästlad"]],
  ["not-a-list.json", [], ['JSON-filen ska vara en lista med rader eller ett objekt med listan "entries", t.ex. [{"region": "09", …}]']],
  ["empty-list.json", [], ["filen innehåller inga rader"]],
  ["wrong-types.json", [], [
    "post 1, kolumn region: fel typ (sant/falskt) – ska vara text eller tal",
    "post 1, kolumn siffror: fel typ (lista) – ska vara text eller tal",
    'post 2: ska vara ett objekt med kolumnnamn som nycklar, t.ex. {"region": "09", …} (fick tal)',
    "post 3, kolumn tema: fel typ (objekt) – ska vara text eller tal",
  ]],
  ["dataset-format.json", [], [
    `post 1: okänd kolumn "theme" (menade du tema?) – ${ALLOWED}`,
    `post 1: okänd kolumn "kind" (menade du typ?) – ${ALLOWED}`,
    `post 1: okänd kolumn "title" (menade du titel?) – ${ALLOWED}`,
    `post 1: okänd kolumn "summary" (menade du sammanfattning?) – ${ALLOWED}`,
    `post 1: okänd kolumn "figures" (menade du siffror?) – ${ALLOWED}`,
    `post 1: okänd kolumn "year" (menade du ar?) – ${ALLOWED}`,
    `post 1: okänd kolumn "source" (menade du kalla_url och kalla_titel?) – ${ALLOWED}`,
  ]],
  ["unknown-region.csv", [], ['rad 7, kolumn region: okänd region "Region Sörmlands"']],
  ["unknown-theme.csv", [], [
    'rad 2, kolumn tema: okänt tema "Kultur och fritid"',
    'rad 3, kolumn tema: "Hållbarhet, territoriella perspektiv och samverkan" är tre teman i ett – välj ett av hallbarhet, territoriella-perspektiv, samverkan',
  ]],
  ["unknown-kind.csv", [], ['rad 2, kolumn typ: okänd typ "projekt" (tillåtna: insats, resultat, strategi, anslag, slutsats)']],
  ["utf16le-bom.csv", [], ['filen är kodad som UTF-16 – spara den som "CSV UTF-8 (kommaavgränsad)" eller som Excel-arbetsbok (.xlsx)']],
  ["utf16le-no-bom.csv", [], ["filen innehåller nolltecken (byte 0x00 på textrad 1) – den är binär eller kodad som UTF-16; spara den som CSV UTF-8"]],
  ["invalid-bytes.csv", [], ["ogiltig byte 0x81 på textrad 2: filen är varken giltig UTF-8 eller Windows-1252"]],
  ["mixed-encoding.csv", [], ["filen blandar teckenkodningar: den är mestadels UTF-8 men byte 0xE4 på textrad 3 är inte giltig UTF-8 – spara om den som CSV UTF-8"]],
  ["control-chars.csv", [], ["rad 2, kolumn titel: otillåtet kontrolltecken U+0007"]],
  ["duplicate-ids.csv", [], ['rad 4, kolumn id: dubblett av id "09-test" (samma som rad 2)']],
  ["duplicate-generated-ids.csv", [], ['rad 3: får samma id "09-samma-titel" som rad 2 (samma region och titel) – ange ett eget id i kolumnen id eller slå ihop raderna']],
  ["huge-numbers.csv", [], [
    `rad 2, kolumn ar: ${BAD_YEAR("1e400")}`,
    `rad 3, kolumn ar: ${BAD_YEAR("12345678901234567890")}`,
    'rad 4, kolumn siffror: siffra 1 ("Antal"): talet "12345678901234567890" har fler än 15 värdesiffror och kan inte lagras exakt',
  ]],
  ["year-out-of-range.csv", [], [
    "rad 2, kolumn ar: året 1989 ligger utanför 1990–2035",
    "rad 3, kolumn ar: året 2036 ligger utanför 1990–2035",
    `rad 4, kolumn ar: ${BAD_YEAR("23")}`,
    `rad 5, kolumn ar: ${BAD_YEAR("2023,5")}`,
  ]],
  ["formula-numeric.csv", [], [
    `rad 2, kolumn ar: ${BAD_YEAR("=2020+3")}`,
    `rad 3, kolumn ar: ${BAD_YEAR("-2+3")}`,
    `rad 4, kolumn ar: ${BAD_YEAR("@SUM(A1)")}`,
    `rad 5, kolumn ar: ${BAD_YEAR("+2023")}`,
  ]],
  ["javascript-url.csv", [], [`rad 3, kolumn kalla_url: ${BAD_URL("javascript:alert(1)")}`]],
  ["data-url.csv", [], [
    `rad 2, kolumn kalla_url: ${BAD_URL("data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==")}`,
    `rad 3, kolumn kalla_url: ${BAD_URL("ftp://example.se/fil.pdf")}`,
    `rad 4, kolumn kalla_url: ${BAD_URL("https//example.se")}`,
  ]],
  ["missing-column.csv", [], ["rad 1: obligatorisk kolumn saknas: titel", "rad 1: obligatorisk kolumn saknas: kalla_titel"]],
  ["unknown-column.csv", [], [`rad 1: okänd kolumn "kommentar" – ${ALLOWED}`, `rad 1: okänd kolumn "Title" (menade du titel?) – ${ALLOWED}`]],
  ["column-count.csv", [], ["rad 3: 12 fält, rubrikraden har 11", "rad 4: 9 fält, rubrikraden har 11"]],
  ["unclosed-quote.csv", [], ["rad 3: citattecknet stängs aldrig"]],
  ["junk-after-quote.csv", [], ['rad 2: oväntat tecken " " efter ett citerat fält – ett citattecken i en text ska skrivas dubbelt ("")']],
  ["empty-values.csv", [], [
    "rad 2, kolumn region: får inte vara tom",
    "rad 2, kolumn typ: får inte vara tom (tillåtna: insats, resultat, strategi, anslag, slutsats)",
    "rad 2, kolumn titel: får inte vara tom",
    "rad 2, kolumn sammanfattning: får inte vara tom",
    "rad 2, kolumn kalla_titel: får inte vara tom",
  ]],
  ["bad-figures.csv", [], [
    'rad 2, kolumn siffror: siffran "bara text utan etikett" saknar etikett – skriv "Etikett: värde enhet", t.ex. "Stöd: över 110 MSEK"',
    'rad 3, kolumn siffror: siffran "Stöd:" saknar värde – skriv "Etikett: värde enhet", t.ex. "Stöd: över 110 MSEK"',
    'rad 4, kolumn siffror: siffran "Datum: \\"21 februari datum": citattecknet stängs aldrig',
  ]],
  // Excel hides the "sep=;" line, so the header is still rad 1.
  ["sep-line.csv", [], ['rad 3, kolumn region: okänd region "Region Atlantis"']],
  // Row 2 has a quoted summary over three lines: Excel still shows it as one row, so the bad row is rad 3.
  ["quoted-newlines.csv", [], ['rad 3, kolumn region: okänd region "99"']],
  ["unknown-type.ods", [], ['okänd filtyp ".ods" – använd .csv, .xlsx eller .json']],
  ["zip-named.csv", [], ["filen är ett zip-arkiv (troligen en Excel-arbetsbok) men heter .csv – döp om den till .xlsx"]],
  ["not-a-zip.xlsx", [], ["filen är inte en giltig XLSX-fil (inte ett zip-arkiv) – spara den i Excel som Excel-arbetsbok (.xlsx)"]],
  ["old-excel.xlsx", [], ["filen är en äldre Excel-fil (.xls) – spara den som Excel-arbetsbok (.xlsx) eller CSV UTF-8"]],
  ["zip-without-sheets.xlsx", [], ["XLSX-filen innehåller inget kalkylblad"]],
  ["truncated-zip.xlsx", [], ["XLSX-filen är skadad och går inte att packa upp"]],
  // Shared strings, inline strings, numeric cells, a formula with a cached value, an empty row and sparse cell
  // references; the first sheet in workbook order (not sheet1.xml) is read.
  ["cells.xlsx", [], [
    'rad 5, kolumn region: okänd region "Region Sörmlands"',
    "rad 5, kolumn ar: året 2050 ligger utanför 1990–2035",
    'rad 5, kolumn siffror: siffra 1 ("Andel"): talet "3.2999999999999998" har fler än 15 värdesiffror och kan inte lagras exakt',
    `rad 6, kolumn kalla_url: ${BAD_URL("javascript:alert(1)")}`,
  ]],
  // 200 000 unclosed <c> elements (a damaged or hostile sheet): refused at once instead of scanning for ever.
  ["unclosed-cells.xlsx", [], ["XLSX-filen är skadad: kalkylbladets XML är inte komplett"]],
  // Cross-record check (stage 2): the row is valid on its own, but the region's strategy must stay a strategy.
  ["strategy-kind-changed.csv", [], ['rad 2: strategies.json["09"]: "09-vart-gotland-2040" är inte en RUS-strategipost för region 09']],
  ["values-unknown-indicator.csv", ["--indikatorer"], ['rad 2, kolumn indikator: okänd indikator "lycka_per_invanare" – ny indikator läggs till med --metadata <fil>']],
  ["values-bad.csv", ["--indikatorer"], [
    'rad 2, kolumn region: okänd region "Region Atlantis"',
    'rad 3, kolumn ar: ogiltigt år "2025/26": ange t.ex. 2023 eller 2021-2025',
    "rad 4, kolumn ar: året 2040 ligger utanför 1990–2035",
    "rad 5, kolumn varde: värde saknas",
    `rad 6, kolumn varde: ${BAD_NUMBER("tusen")}`,
    "rad 8: samma indikator, region och period (folkmangd, 09, 2024–2026) som rad 7",
  ]],
  ["values-huge.csv", ["--indikatorer"], [
    `rad 2, kolumn varde: ${BAD_NUMBER("1e400")}`,
    'rad 3, kolumn varde: talet "12345678901234567890" har fler än 15 värdesiffror och kan inte lagras exakt',
  ]],
  // Formula-like text in a numeric column is rejected (in a text column, such as anmarkning on rad 6, it is kept).
  ["values-formulas.csv", ["--indikatorer"], [
    `rad 2, kolumn varde: ${BAD_NUMBER("=1+2")}`,
    `rad 3, kolumn varde: ${BAD_NUMBER("-2+3")}`,
    `rad 4, kolumn varde: ${BAD_NUMBER("@SUM(A1)")}`,
    `rad 5, kolumn varde: ${BAD_NUMBER("+5")}`,
  ]],
  ["values-new-indicator.csv", ["--indikatorer", "--metadata", fx("metadata-invalid.json")], [
    "metadata-invalid.json, indikator 1, fält id: indikator-id ska bestå av gemener, siffror och understreck",
    "metadata-invalid.json, indikator 1, fält nameEn: får inte vara tom",
    "metadata-invalid.json, indikator 1, fält decimals: För stor(t): förväntat number att ha <=3",
    'metadata-invalid.json, indikator 1, fält direction: Ogiltigt val: förväntade en av "hogre-battre"|"lagre-battre"|"neutral"',
    `metadata-invalid.json, indikator 1, fält source.url: ${BAD_URL("javascript:alert(1)")}`,
    'metadata-invalid.json, indikator 2, fält id: indikatorn "folkmangd" finns redan – ändra befintlig metadata i data/meta/indicators.json i stället',
    'rad 2, kolumn indikator: okänd indikator "kulturbudget_kr_per_inv" – ny indikator läggs till med --metadata <fil>',
  ]],
];

/** Files that are odd but valid: they must be accepted, with the text kept exactly as written. */
const ACCEPTED = ["bom-semicolon.csv", "windows-1252.csv", "formula-text.csv", "script-tags.csv"];


describe("importen: korpus av trasiga filer", SLOW, () => {
  let dir: string;
  let before: Record<string, string>;
  beforeAll(() => {
    dir = copyData();
    before = snapshot(dir);
  });

  it("korpusen har minst 30 filer och alla används i testerna", () => {
    const files = fs.readdirSync(FIX).sort();
    expect(files.length).toBeGreaterThanOrEqual(30);
    const used = new Set([...MALFORMED.map((m) => m[0]), ...ACCEPTED, "metadata-invalid.json", "metadata.json"]);
    expect(files.filter((f) => !used.has(f))).toEqual([]);
  });

  it.each(MALFORMED)("%s ger exakt de väntade felen, exit 1 och lämnar datakatalogen orörd", (file, flags, errors) => {
    const r = run(dir, [fx(file), ...flags]);
    expect(r.err).toEqual([`✖ importen stoppad – ${errors.length} fel, inget skrevs:`, ...errors.map((e) => `  ${e}`)]);
    expect(r.code).toBe(1);
    expect(r.out).toEqual([]);
    expect(snapshot(dir)).toEqual(before);
  });

  it.each(MALFORMED)("%s ger samma fel från den rena funktionen utan att kasta", (file, flags, errors) => {
    const kind: ImportKind = flags.includes("--indikatorer") ? "values" : "entries";
    const mi = flags.indexOf("--metadata");
    const metadata = mi >= 0 ? { name: path.basename(flags[mi + 1]), bytes: new Uint8Array(fs.readFileSync(flags[mi + 1])) } : undefined;
    const req = { kind, file: { name: file, bytes: new Uint8Array(fs.readFileSync(fx(file))) }, metadata, meta: loadMetaInput(DATA), date: "2026-01-15" };
    const r = parseImport(req);
    if (file === "strategy-kind-changed.csv") {
      // Valid row by row; the cross-record check is stage 2.
      expect(r.ok).toBe(true);
      return;
    }
    expect(r).toEqual({ ok: false, errors });
  });

  it.each(ACCEPTED)("%s godtas (provkörning) och skriver ingenting", (file) => {
    const r = run(dir, [fx(file), "--dry-run"]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out.at(-1)).toMatch(/^provkörning \(--dry-run\): inget skrevs/);
    expect(snapshot(dir)).toEqual(before);
  });
});
