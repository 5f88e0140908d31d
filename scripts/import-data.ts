/**
 * npm run data:import -- <fil> [--dry-run] [--indikatorer [--metadata <fil>]] [--data-dir <katalog>]
 *
 * Imports records (or, with --indikatorer, indicator values) from CSV, XLSX or JSON. Every row is validated; on any
 * error all errors are printed, the exit code is 1 and nothing is written. Otherwise the accepted rows are merged into
 * data/sources/imported-entries.json (or imported-values.csv / imported-indicators.json), the dataset is rebuilt from
 * the sources with the pipeline, the diff is printed and data/dataset.json is written atomically (--dry-run: nothing
 * is written). The logic is in lib/data-pipeline/import/; this file only reads and writes files.
 */
import fs from "node:fs";
import path from "node:path";
import { applyImport, MAX_IMPORT_BYTES, parseImport, type ImportKind, type InputFile } from "../lib/data-pipeline/import";
import { loadBuildInput, loadImported, loadMetaInput, writeAtomic } from "../lib/data-pipeline/io";

export const USAGE = [
  "användning: npm run data:import -- <fil.csv|fil.xlsx|fil.json> [--dry-run]",
  "            npm run data:import -- <fil> --indikatorer [--metadata <indikatorer.json>] [--dry-run]",
  "  --dry-run        validera och visa ändringarna, skriv ingenting",
  "  --indikatorer    filen innehåller indikatorvärden (indikator, region, ar, varde, kalla_url, kalla_titel, anmarkning)",
  "  --metadata <fil> ny indikatormetadata (JSON enligt indicatorSchema), bara med --indikatorer",
  "  --data-dir <kat> annan datakatalog med samma struktur (för att prova på en kopia)",
  "Mallar: data/templates/. Beskrivning: data/README.md, avsnittet \"Importera egna data\".",
];

export type CliOptions = {
  /** The data directory (data/ with meta/, sources/, dataset.json). --data-dir overrides it. */
  dataDir: string;
  /** Directory relative file arguments are resolved against (npm run changes to the package root; INIT_CWD is where the user was). */
  cwd?: string;
  /** Clock for the provenance date (tests pass a fixed one). */
  now?: Date;
  out?: (line: string) => void;
  err?: (line: string) => void;
};

type Args = { file?: string; kind: ImportKind; dryRun: boolean; metadata?: string; dataDir?: string; help: boolean };

function parseArgs(argv: string[]): { args: Args } | { error: string } {
  const args: Args = { kind: "entries", dryRun: false, help: false };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--dry-run") args.dryRun = true;
    else if (a === "--indikatorer") args.kind = "values";
    else if (a === "--help" || a === "-h") args.help = true;
    else if (a === "--metadata" || a === "--data-dir") {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith("--")) return { error: `${a} behöver en sökväg` };
      if (a === "--metadata") args.metadata = v;
      else args.dataDir = v;
      i++;
    } else if (a === "--replace-region" || a.startsWith("--replace-region=")) {
      return { error: "--replace-region stöds inte: importen lägger bara till och ändrar poster, den tar aldrig bort några (se data/README.md, \"Importera egna data\")" };
    } else if (a.startsWith("-")) return { error: `okänd flagga ${JSON.stringify(a)}` };
    else positional.push(a);
  }
  if (args.help) return { args };
  if (positional.length === 0) return { error: "ange filen som ska importeras" };
  if (positional.length > 1) return { error: `ange en fil i taget (fick ${positional.length}: ${positional.join(", ")})` };
  if (args.metadata && args.kind !== "values") return { error: "--metadata gäller bara indikatorvärden: lägg till --indikatorer" };
  args.file = positional[0];
  return { args };
}

function readInput(file: string, shown: string): { file: InputFile } | { error: string } {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return { error: `hittar inte filen ${JSON.stringify(shown)}` };
  }
  if (!stat.isFile()) return { error: `${JSON.stringify(shown)} är inte en fil` };
  if (stat.size > MAX_IMPORT_BYTES) return { error: `filen är för stor (${(stat.size / 1048576).toFixed(1)} MB; högst ${MAX_IMPORT_BYTES / 1048576} MB)` };
  return { file: { name: path.basename(file), bytes: new Uint8Array(fs.readFileSync(file)) } };
}

/** Writes every file atomically; if one write fails, the files already written get their old content back. */
function writeAll(dataDir: string, files: { path: string; content: string }[]): void {
  const done: { file: string; old: string | null }[] = [];
  try {
    for (const f of files) {
      const file = path.join(dataDir, f.path);
      const old = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null;
      writeAtomic(file, f.content);
      done.push({ file, old });
    }
  } catch (e) {
    for (const { file, old } of done.reverse()) {
      try {
        if (old === null) fs.rmSync(file, { force: true });
        else writeAtomic(file, old);
      } catch {
        // Best effort: the error below is what matters.
      }
    }
    throw e;
  }
}

/** Runs the import; returns the exit code (0 = imported or dry run passed, 1 = any error, nothing written). */
export function runImportCli(argv: string[], opts: CliOptions): number {
  const out = opts.out ?? ((s: string) => console.log(s));
  const err = opts.err ?? ((s: string) => console.error(s));
  const stop = (errors: string[]) => {
    err(`✖ importen stoppad – ${errors.length} fel, inget skrevs:`);
    for (const e of errors) err(`  ${e}`);
    return 1;
  };
  try {
    const parsedArgs = parseArgs(argv);
    if ("error" in parsedArgs) {
      for (const line of USAGE) err(line);
      return stop([parsedArgs.error]);
    }
    const { args } = parsedArgs;
    if (args.help) {
      for (const line of USAGE) out(line);
      return 0;
    }
    const cwd = opts.cwd ?? process.cwd();
    const dataDir = args.dataDir ? path.resolve(cwd, args.dataDir) : path.resolve(opts.dataDir);
    const input = readInput(path.resolve(cwd, args.file!), args.file!);
    if ("error" in input) return stop([input.error]);
    let metadata: InputFile | undefined;
    if (args.metadata) {
      const m = readInput(path.resolve(cwd, args.metadata), args.metadata);
      if ("error" in m) return stop([m.error]);
      metadata = m.file;
    }
    const date = (opts.now ?? new Date()).toISOString().slice(0, 10);

    // Stage 1 needs only data/meta (and earlier imported indicators), so a bad file fails fast.
    let meta;
    let imported;
    try {
      meta = loadMetaInput(dataDir);
      imported = loadImported(dataDir);
    } catch (e) {
      return stop([`kan inte läsa ${dataDir}: ${(e as Error).message}`]);
    }
    const batch = parseImport({ kind: args.kind, file: input.file, metadata, meta, importedIndicators: imported.importedIndicators, date });
    if (!batch.ok) return stop(batch.errors);

    let buildInput;
    try {
      buildInput = loadBuildInput(dataDir);
    } catch (e) {
      return stop([`kan inte läsa ${dataDir}: ${(e as Error).message}`]);
    }
    const datasetFile = path.join(dataDir, "dataset.json");
    const currentText = fs.existsSync(datasetFile) ? fs.readFileSync(datasetFile, "utf8") : null;
    const plan = applyImport(batch.value, buildInput, currentText);
    if (!plan.ok) return stop(plan.errors);

    for (const line of plan.value.summary) out(line);
    out("Ändringar mot dataset.json:");
    for (const line of plan.value.diff) out(`  ${line}`);
    const rel = (p: string) => {
      const r = path.relative(cwd, path.join(dataDir, p));
      return r.startsWith("..") || path.isAbsolute(r) ? path.join(dataDir, p) : r;
    };
    if (args.dryRun) {
      out(`provkörning (--dry-run): inget skrevs (skulle skriva ${plan.value.files.map((f) => rel(f.path)).join(", ")})`);
      return 0;
    }
    writeAll(dataDir, plan.value.files);
    out(`✔ skrev ${plan.value.files.map((f) => rel(f.path)).join(", ")}`);
    return 0;
  } catch (e) {
    return stop([`oväntat fel: ${(e as Error).message}`]);
  }
}

// Run only when started as a script (tests import runImportCli).
if (/import-data\.ts$/.test(process.argv[1] ?? "")) {
  process.exitCode = runImportCli(process.argv.slice(2), { dataDir: path.resolve(__dirname, "..", "data"), cwd: process.env.INIT_CWD ?? process.cwd() });
}
