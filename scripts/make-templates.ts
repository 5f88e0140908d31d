/**
 * npx tsx scripts/make-templates.ts — writes the import templates in data/templates/ from data/dataset.json:
 *   poster-mall.csv           UTF-8 with BOM, semicolons, CRLF (what Swedish Excel writes and opens)
 *   poster-mall.xlsx          the same rows as an Excel workbook (lib/export/xlsx.ts)
 *   indikatorvarden-mall.csv  indicator values, same encoding and separator, decimal comma
 * The example rows are real records and values of the dataset with their real sources, never invented. Importing a
 * template unchanged therefore changes nothing. Re-run after the examples' records change.
 */
import fs from "node:fs";
import path from "node:path";
import { formatFigures, ENTRY_COLUMNS, VALUE_COLUMNS } from "../lib/data-pipeline/import";
import { writeAtomic } from "../lib/data-pipeline/io";
import { toXlsx } from "../lib/export/xlsx";
import { parseDataset, type Dataset } from "../lib/schema";

export const EXAMPLE_ENTRIES = ["09-uppfoljningskonferens-2024", "09-integrationsstrategi-for-gotland-2017-2023"];
export const EXAMPLE_VALUES = [
  { indicator: "arbetsloshet_bas_20_64", region: "09", period: "2022" },
  { indicator: "disponibel_inkomst_per_invanare", region: "09", period: "2020" },
];

const cell = (s: string) => (/[";\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const csv = (rows: string[][]) => "\uFEFF" + rows.map((r) => r.map(cell).join(";")).join("\r\n") + "\r\n";

export function entryRows(d: Dataset): string[][] {
  const org = (code: string) => (code === "00" ? "Alla regioner" : d.regions.find((r) => r.code === code)!.organisation);
  const theme = (slug: string) => d.themes.find((t) => t.slug === slug)!.nameSv;
  return EXAMPLE_ENTRIES.map((id) => {
    const e = d.entries.find((x) => x.id === id);
    if (!e) throw new Error(`exempelposten ${id} finns inte i dataset.json – välj en annan i scripts/make-templates.ts`);
    const byColumn: Record<(typeof ENTRY_COLUMNS)[number], string> = {
      id: e.id, region: org(e.region), tema: theme(e.theme), typ: e.kind, titel: e.title, sammanfattning: e.summary,
      ar: e.year === null ? "" : String(e.year), aktor: e.actor ?? "", kalla_url: e.source.url, kalla_titel: e.source.title,
      siffror: formatFigures(e.figures),
    };
    return ENTRY_COLUMNS.map((c) => byColumn[c]);
  });
}

export function valueRows(d: Dataset): string[][] {
  return EXAMPLE_VALUES.map(({ indicator, region, period }) => {
    const v = d.values.find((x) => x.indicator === indicator && x.region === region && x.period === period);
    if (!v) throw new Error(`exempelvärdet ${indicator} ${region} ${period} finns inte i dataset.json`);
    const r = d.regions.find((x) => x.code === v.region);
    const byColumn: Record<(typeof VALUE_COLUMNS)[number], string> = {
      indikator: v.indicator, region: r ? r.organisation : "Riket", ar: v.period, varde: String(v.value).replace(".", ","),
      kalla_url: v.source.url, kalla_titel: v.source.title, anmarkning: v.note ?? "",
    };
    return VALUE_COLUMNS.map((c) => byColumn[c]);
  });
}

export function makeTemplates(d: Dataset): Record<string, Uint8Array | string> {
  const entries = entryRows(d);
  const xlsx = toXlsx(
    ENTRY_COLUMNS.map((c) => ({ id: c, label: c, numeric: c === "ar" })),
    entries.map((r, i) => ({
      id: String(i),
      cells: Object.fromEntries(ENTRY_COLUMNS.map((c, j) => [c, { t: r[j], v: c === "ar" && r[j] ? Number(r[j]) : r[j] }])),
    })),
    {
      title: "Mall: importera poster till Regionläget",
      subtitle: "Bladet Data: rad 1 är rubrikraden, en post per rad. Exempelraderna är verkliga poster ur datamängden – ersätt dem med dina egna.",
      description: "Kolumner: id (valfri), region, tema, typ, titel, sammanfattning, ar, aktor (valfri), kalla_url, kalla_titel, siffror (valfri). Importera med npm run data:import -- poster-mall.xlsx --dry-run.",
      sources: EXAMPLE_ENTRIES.map((id) => d.entries.find((e) => e.id === id)!.source),
      notes: [
        "region: landskod (09) eller organisationens namn (Region Gotland); Alla regioner = 00.",
        "tema: temats namn eller slug; typ: insats, resultat, strategi, anslag eller slutsats.",
        "siffror: Etikett: värde enhet; flera skiljs med semikolon, t.ex. Stöd: över 110 MSEK; Antal: 3 st.",
        "Bara det första bladet läses.",
      ],
      link: "data/README.md, avsnittet Importera egna data",
      exportedAt: new Date(`${d.meta.builtAt}T00:00:00Z`),
    },
  );
  return {
    "poster-mall.csv": csv([[...ENTRY_COLUMNS], ...entries]),
    "poster-mall.xlsx": xlsx,
    "indikatorvarden-mall.csv": csv([[...VALUE_COLUMNS], ...valueRows(d)]),
  };
}

if (/make-templates\.ts$/.test(process.argv[1] ?? "")) {
  const root = path.resolve(__dirname, "..");
  const d = parseDataset(JSON.parse(fs.readFileSync(path.join(root, "data", "dataset.json"), "utf8")));
  const dir = path.join(root, "data", "templates");
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(makeTemplates(d))) {
    const file = path.join(dir, name);
    if (typeof content === "string") writeAtomic(file, content);
    else {
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, content);
      fs.renameSync(tmp, file);
    }
    console.log(`✔ skrev ${path.relative(process.cwd(), file)}`);
  }
}
