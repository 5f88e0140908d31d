/**
 * Stage 2 of the import: merge the accepted rows into the import source files (data/sources/imported-*), build the
 * whole dataset from those serialised files exactly as `npm run data:build` would, and diff it.
 */
import { check, datasetSchema, type Dataset } from "../../schema";
import { quoteCsvField } from "../../export/csv";
import { parseCsvRecords } from "../csv";
import { diffDatasets, stableStringify, summarise } from "../diff";
import {
  IMPORTED_ENTRIES_FILE, IMPORTED_INDICATORS_FILE, IMPORTED_VALUES_FILE, IMPORTED_VALUE_EXTRA_COLUMNS, INDICATOR_COLUMNS,
  buildDataset, importedEntriesFileSchema, importedIndicatorsFileSchema, type BuildInput, type ImportedEntry, type ImportedField,
} from "../normalize";
import { periodLabel } from "../text";
import { fail, type Result } from "./layout";
import { ENTRY_COLUMN_OF, type ImportBatch } from "./rows";

const ENTRIES_COMMENT = "Poster importerade med `npm run data:import` (se data/README.md, \"Importera egna data\"). Läses av `npm run data:build`: en post med samma id som en post i källfilerna ersätter den, övriga läggs till. importedFrom = importfil, rad och datum.";
const INDICATORS_COMMENT = "Indikatormetadata importerad med `npm run data:import -- <fil> --indikatorer --metadata <fil>`. Läses av `npm run data:build` efter data/meta/indicators.json.";
const VALUE_FILE_COLUMNS = [...INDICATOR_COLUMNS, ...IMPORTED_VALUE_EXTRA_COLUMNS];

const csvField = (s: string) => quoteCsvField(s, ",", true);
const toCsv = (rows: Record<string, string>[]) =>
  [VALUE_FILE_COLUMNS.join(","), ...rows.map((r) => VALUE_FILE_COLUMNS.map((c) => csvField(r[c] ?? "")).join(","))].join("\n") + "\n";
const valueKey = (r: Record<string, string>) => `${(r.indicator_id ?? "").trim()}|${(r.region_code ?? "").trim()}|${periodLabel(r.year ?? "")?.period ?? r.year}`;

/** The text `npm run data:build` writes for a dataset (the schema's output, two-space JSON, final newline). */
export function datasetText(d: Dataset): string {
  return JSON.stringify(d, null, 2) + "\n";
}

export type ImportPlan = {
  /** What was read and what it changes, for the console. */
  summary: string[];
  /** diffDatasets against the current dataset.json, plus the ids added and changed. */
  diff: string[];
  /** Files to write, relative to the data directory, in order (dataset.json last). */
  files: { path: string; content: string }[];
  dataset: Dataset;
  added: string[];
  changed: string[];
};

function build(input: BuildInput): Result<Dataset> {
  const { dataset, problems } = buildDataset(input);
  if (problems.length) return { ok: false, errors: problems };
  const checked = check(datasetSchema, dataset);
  return checked.ok ? { ok: true, value: checked.data } : { ok: false, errors: checked.problems };
}

/**
 * Stage 2: merge the batch into the import source files (same id / same indicator+region+period → replaced), build the
 * dataset from the serialised files exactly as `npm run data:build` would, and diff it against the current file.
 */
export function applyImport(batch: ImportBatch, input: BuildInput, currentText: string | null): Result<ImportPlan> {
  const baseline = build(input);
  if (!baseline.ok) {
    return fail("data/sources och data/meta bygger inte ens utan importen – kör npm run data:build och rätta först:", ...baseline.errors.map((e) => `  ${e}`));
  }
  const files: { path: string; content: string }[] = [];
  const next: BuildInput = { ...input };
  const labelOfEntry = new Map<number, string>();
  const labelOfValueRow = new Map<number, string>();

  if (batch.entries.length) {
    const old = importedEntriesFileSchema.safeParse(input.importedEntries?.data);
    const list = (old.success ? old.data.entries : []) as ImportedEntry[];
    const at = new Map(list.map((e, i) => [e.id, i]));
    for (const { rec, label } of batch.entries) {
      const i = at.get(rec.id);
      if (i !== undefined) list[i] = rec;
      else {
        at.set(rec.id, list.length);
        list.push(rec);
      }
      labelOfEntry.set(at.get(rec.id)!, label);
    }
    const content = JSON.stringify({ _comment: ENTRIES_COMMENT, entries: list }, null, 2) + "\n";
    files.push({ path: `sources/${IMPORTED_ENTRIES_FILE}`, content });
    next.importedEntries = { file: IMPORTED_ENTRIES_FILE, data: JSON.parse(content) };
  }
  if (batch.indicators.length) {
    const old = importedIndicatorsFileSchema.safeParse(input.importedIndicators?.data);
    const list = [...(old.success ? old.data.indicators : []), ...batch.indicators.map((x) => x.ind)];
    const content = JSON.stringify({ _comment: INDICATORS_COMMENT, indicators: list }, null, 2) + "\n";
    files.push({ path: `sources/${IMPORTED_INDICATORS_FILE}`, content });
    next.importedIndicators = { file: IMPORTED_INDICATORS_FILE, data: JSON.parse(content) };
  }
  if (batch.values.length) {
    const rows = [...(input.importedValues?.rows ?? [])];
    const at = new Map(rows.map((r, i) => [valueKey(r), i]));
    for (const { row, key: k, label } of batch.values) {
      const i = at.get(k);
      if (i !== undefined) rows[i] = row;
      else {
        at.set(k, rows.length);
        rows.push(row);
      }
      labelOfValueRow.set(at.get(k)!, label);
    }
    const content = toCsv(rows);
    files.push({ path: `sources/${IMPORTED_VALUES_FILE}`, content });
    next.importedValues = { file: IMPORTED_VALUES_FILE, rows: parseCsvRecords(content) };
  }

  const built = build(next);
  if (!built.ok) {
    const entryLabelById = new Map(batch.entries.map((e) => [e.rec.id, e.label]));
    const valueLabelByKey = new Map(batch.values.map((v) => [v.key, v.label]));
    const { dataset } = buildDataset(next);
    const errors = built.errors.map((p) => {
      let m = new RegExp(`^${IMPORTED_ENTRIES_FILE.replace(".", "\\.")}\\.entries\\[(\\d+)\\](?:\\.(\\w+))?: (.*)$`).exec(p);
      if (m && labelOfEntry.has(Number(m[1]))) {
        const col = m[2] ? ENTRY_COLUMN_OF[m[2] as ImportedField] : undefined;
        return `${labelOfEntry.get(Number(m[1]))}${col ? `, kolumn ${col}` : ""}: ${m[3]}`;
      }
      m = new RegExp(`^${IMPORTED_VALUES_FILE.replace(".", "\\.")} rad (\\d+): (.*)$`).exec(p);
      if (m && labelOfValueRow.has(Number(m[1]) - 2)) return `${labelOfValueRow.get(Number(m[1]) - 2)}: ${m[2]}`;
      m = /^entries\[(\d+)\](?:\.(\w+))?[^:]*: (.*)$/.exec(p);
      const e = m ? dataset.entries[Number(m[1])] : undefined;
      if (m && e && entryLabelById.has(e.id)) {
        const field = m[2] === "source" ? "sourceUrl" : m[2];
        const col = field ? ENTRY_COLUMN_OF[field as ImportedField] : undefined;
        return `${entryLabelById.get(e.id)}${col ? `, kolumn ${col}` : ""}: ${m[3]}`;
      }
      m = /^values\[(\d+)\][^:]*: (.*)$/.exec(p);
      const v = m ? dataset.values[Number(m[1])] : undefined;
      const vk = v ? `${v.indicator}|${v.region}|${v.period}` : "";
      if (m && valueLabelByKey.has(vk)) return `${valueLabelByKey.get(vk)}: ${m[2]}`;
      const mentioned = batch.entries.find((x) => p.includes(`"${x.rec.id}"`));
      return mentioned ? `${mentioned.label}: ${p}` : `hela datamängden: ${p}`;
    });
    return { ok: false, errors: [...new Set(errors)] };
  }

  const dataset = built.value;
  const text = datasetText(dataset);
  files.push({ path: "dataset.json", content: text });
  let current: Dataset | null = null;
  if (currentText !== null) {
    try {
      const parsed = JSON.parse(currentText) as Dataset;
      if (Array.isArray(parsed.entries) && Array.isArray(parsed.values) && Array.isArray(parsed.indicators)) current = parsed;
    } catch {
      current = null;
    }
  }
  const before = new Map((current?.entries ?? []).map((e) => [e.id, stableStringify(e)]));
  const added = batch.entries.filter((e) => !before.has(e.rec.id)).map((e) => e.rec.id);
  const after = new Map(dataset.entries.map((e) => [e.id, e]));
  const changed = batch.entries
    .filter((e) => before.has(e.rec.id) && before.get(e.rec.id) !== stableStringify(after.get(e.rec.id)))
    .map((e) => e.rec.id);
  const diff = diffDatasets(current, dataset);
  const short = (ids: string[]) => (ids.length > 20 ? `${ids.slice(0, 20).join(", ")} … (+${ids.length - 20})` : ids.join(", "));
  if (added.length) diff.push(`tillagda poster: ${short(added)}`);
  if (changed.length) diff.push(`ändrade poster: ${short(changed)}`);
  const summary = [
    `${batch.file} (${batch.description}): ${batch.kind === "entries" ? `${batch.entries.length} poster` : `${batch.values.length} indikatorvärden${batch.indicators.length ? `, ${batch.indicators.length} nya indikatorer` : ""}`} godkända`,
    `ny datamängd: ${summarise(dataset)}`,
  ];
  if (currentText !== null && currentText !== datasetText(baseline.value)) {
    summary.push("obs: data/dataset.json var inte byggd från nuvarande data/sources – diffen visar även de ändringarna");
  }
  return { ok: true, value: { summary, diff, files, dataset, added, changed } };
}
