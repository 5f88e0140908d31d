/** Stage 1 of the import: read the file and validate every row on its own, with the same rules as the build. */
import { MAX_YEAR, MIN_YEAR, NATIONAL_CODE, check, indicatorSchema, sourceRefSchema, valueSchema, type IndicatorValue } from "../../schema";
import { typedSource } from "../steps/source-type";
import { plainNumber } from "../../export/cells";
import { importedIndicatorsFileSchema, normaliseImportedEntry, type ImportedEntry, type ImportedField, type ImportedIndicator, type MetaInput } from "../normalize";
import { cleanText, entryId, periodLabel } from "../text";
import { context, key, parseFigures, parseNumber, parseYear, resolveRegion, urlError, type Ctx } from "./cells";
import { decodeText } from "./decode";
import { jsonSyntaxError } from "./json";
import { fail, type ImportKind, type InputFile, type Result, type Table } from "./layout";
import { readTable } from "./table";

export const ENTRY_COLUMN_OF: Record<ImportedField, string> = {
  id: "id", region: "region", theme: "tema", kind: "typ", title: "titel", summary: "sammanfattning", figures: "siffror",
  year: "ar", actor: "aktor", sourceUrl: "kalla_url", sourceTitle: "kalla_titel",
};

export type ImportedValueRow = Record<string, string>;
export type ImportBatch = {
  kind: ImportKind;
  /** The user's file name (no directories). */
  file: string;
  description: string;
  entries: { rec: ImportedEntry; label: string }[];
  values: { row: ImportedValueRow; label: string; key: string }[];
  indicators: { ind: ImportedIndicator; label: string }[];
};

export type ImportRequest = {
  kind: ImportKind;
  file: InputFile;
  /** --metadata: new indicator metadata (JSON), only with kind "values". */
  metadata?: InputFile;
  /** data/meta as loaded by io.ts loadMetaInput. */
  meta: MetaInput;
  /** The current data/sources/imported-indicators.json, so values of earlier imported indicators are known. */
  importedIndicators?: { file: string; data: unknown };
  /** Date of the import (YYYY-MM-DD), stored as provenance. */
  date: string;
};

function entryRows(table: Table, ctx: Ctx, file: string, date: string): Result<ImportBatch["entries"]> {
  const errors: string[] = [];
  const out: ImportBatch["entries"] = [];
  const idRow = new Map<string, string>();
  for (const { label, cells } of table.rows) {
    const own: string[] = [];
    const bad = new Set<ImportedField>();
    const at = (field: ImportedField, msg: string) => {
      own.push(`${label}, kolumn ${ENTRY_COLUMN_OF[field]}: ${msg}`);
      bad.add(field);
    };
    const get = (c: string) => cells[c] ?? "";
    const region = resolveRegion(get("region"), ctx);
    if (region === null) at("region", cleanText(get("region")) ? `okänd region ${JSON.stringify(cleanText(get("region")))}` : "får inte vara tom");
    const themeText = cleanText(get("tema"));
    const theme = ctx.themeByName.get(themeText.toLowerCase());
    if (!theme) {
      if (!themeText) at("theme", "får inte vara tom");
      else if (key(themeText) === key(ctx.meta.themeMap.sourceTheme)) {
        at("theme", `${JSON.stringify(themeText)} är tre teman i ett – välj ett av ${ctx.meta.themes.filter((t) => t.group === "genomgaende").map((t) => t.slug).join(", ")}`);
      } else at("theme", `okänt tema ${JSON.stringify(themeText)}`);
    }
    const year = parseYear(get("ar"));
    if ("error" in year) at("year", year.error);
    const figs = parseFigures(get("siffror"));
    if ("error" in figs) at("figures", figs.error);
    const givenId = get("id").trim();
    const rec: ImportedEntry = {
      id: givenId || (region !== null ? entryId(region, cleanText(get("titel"))) : ""),
      region: region ?? NATIONAL_CODE,
      theme: theme ?? [...ctx.themeSlugs][0] ?? "",
      kind: cleanText(get("typ")).toLowerCase(),
      title: get("titel"),
      summary: get("sammanfattning"),
      figures: "figures" in figs ? figs.figures : [],
      year: "year" in year ? year.year : null,
      sourceUrl: get("kalla_url").trim(),
      sourceTitle: get("kalla_titel"),
      importedFrom: { file, row: label, date },
    };
    if (cleanText(get("aktor"))) rec.actor = get("aktor");
    const { issues } = normaliseImportedEntry(rec, ctx);
    for (const iss of issues) {
      if (bad.has(iss.field)) continue;
      // A generated id is only wrong because the title or region is; say that instead.
      if (iss.field === "id" && !givenId) continue;
      at(iss.field, iss.message);
    }
    if (own.length) {
      errors.push(...own);
      continue;
    }
    const first = idRow.get(rec.id);
    if (first) {
      errors.push(givenId
        ? `${label}, kolumn id: dubblett av id "${rec.id}" (samma som ${first})`
        : `${label}: får samma id "${rec.id}" som ${first} (samma region och titel) – ange ett eget id i kolumnen id eller slå ihop raderna`);
      continue;
    }
    idRow.set(rec.id, label);
    out.push({ rec, label });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}

const metadataSchema = indicatorSchema.extend({ fragment: indicatorSchema.shape.fragment.optional(), source: sourceRefSchema });

function readMetadata(req: ImportRequest, known: Set<string>, ctx: Ctx): Result<ImportBatch["indicators"]> {
  if (!req.metadata) return { ok: true, value: [] };
  const name = req.metadata.name;
  if (!/\.json$/i.test(name)) return fail(`${name}: metadatafilen ska vara JSON (.json)`);
  const decoded = decodeText(req.metadata.bytes);
  if (!decoded.ok) return fail(...decoded.errors.map((e) => `${name}: ${e}`));
  const text = decoded.value.text.replace(/^\uFEFF/, "");
  if (text.trim() === "") return fail(`${name}: filen är tom`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail(`${name}: ${jsonSyntaxError(text)}`);
  }
  const list = Array.isArray(data) ? data
    : data && typeof data === "object" && Array.isArray((data as Record<string, unknown>).indicators) ? ((data as Record<string, unknown>).indicators as unknown[])
    : data && typeof data === "object" ? [data] : null;
  if (!list || list.length === 0) return fail(`${name}: ska vara ett indikatorobjekt, en lista av dem eller {"indicators": [...]}`);
  const errors: string[] = [];
  const out: ImportBatch["indicators"] = [];
  list.forEach((item, i) => {
    const label = `${name}, indikator ${i + 1}`;
    const r = metadataSchema.safeParse(item);
    if (!r.success) {
      for (const iss of r.error.issues) {
        const p = iss.path.map((x) => (typeof x === "number" ? `[${x}]` : `.${String(x)}`)).join("").replace(/^\./, "");
        errors.push(p ? `${label}, fält ${p}: ${iss.message}` : `${label}: ${iss.message}`);
      }
      return;
    }
    const m = r.data;
    let ok = true;
    m.themes.forEach((t, j) => {
      if (!ctx.themeSlugs.has(t)) {
        errors.push(`${label}, fält themes[${j}]: okänt tema "${t}"`);
        ok = false;
      }
    });
    if (known.has(m.id)) {
      errors.push(`${label}, fält id: indikatorn "${m.id}" finns redan – ändra befintlig metadata i data/meta/indicators.json i stället`);
      ok = false;
    }
    if (!ok) return;
    known.add(m.id);
    const ind: ImportedIndicator = {
      id: m.id, nameSv: m.nameSv, nameEn: m.nameEn, shortSv: m.shortSv, unit: m.unit, unitEn: m.unitEn, decimals: m.decimals,
      direction: m.direction, definitionSv: m.definitionSv, definitionEn: m.definitionEn, themes: m.themes, source: m.source,
      credit: m.credit, notes: m.notes, seriesBreaks: m.seriesBreaks, sourceUnits: [m.unit], importedFrom: { file: name, row: `indikator ${i + 1}`, date: req.date },
    };
    if (m.fragment) ind.fragment = true;
    out.push({ ind, label });
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}

function importedIndicatorList(src: ImportRequest["importedIndicators"]): ImportedIndicator[] {
  if (!src) return [];
  const file = importedIndicatorsFileSchema.safeParse(src.data);
  return file.success ? (file.data.indicators as ImportedIndicator[]) : [];
}

function valueRows(table: Table, ctx: Ctx, req: ImportRequest, metadata: ImportBatch["indicators"]): Result<ImportBatch["values"]> {
  const indicators = new Map<string, { nameSv: string; sourceUnits: string[] }>();
  for (const m of [...ctx.meta.indicators, ...importedIndicatorList(req.importedIndicators), ...metadata.map((x) => x.ind)]) indicators.set(m.id, m);
  const errors: string[] = [];
  const out: ImportBatch["values"] = [];
  const seen = new Map<string, string>();
  const file = basename(req.file.name);
  for (const { label, cells } of table.rows) {
    const own: string[] = [];
    const at = (col: string, msg: string) => own.push(`${label}, kolumn ${col}: ${msg}`);
    const get = (c: string) => cells[c] ?? "";
    const id = cleanText(get("indikator"));
    const ind = indicators.get(id);
    if (!id) at("indikator", "får inte vara tom");
    else if (!ind) at("indikator", `okänd indikator ${JSON.stringify(id)} – ny indikator läggs till med --metadata <fil>`);
    const region = resolveRegion(get("region"), ctx);
    if (region === null) at("region", cleanText(get("region")) ? `okänd region ${JSON.stringify(cleanText(get("region")))}` : "får inte vara tom");
    const period = periodLabel(get("ar"));
    if (!cleanText(get("ar"))) at("ar", "får inte vara tom");
    else if (!period) at("ar", `ogiltigt år ${JSON.stringify(get("ar"))}: ange t.ex. 2023 eller 2021-2025`);
    else if (period.year < MIN_YEAR || period.year > MAX_YEAR || Number(period.period.slice(0, 4)) < MIN_YEAR) {
      at("ar", `året ${period.period} ligger utanför ${MIN_YEAR}–${MAX_YEAR}`);
    }
    const num = parseNumber(get("varde"));
    if ("error" in num) at("varde", num.error);
    const url = get("kalla_url").trim();
    const uerr = urlError(url);
    if (uerr) at("kalla_url", uerr);
    const title = cleanText(get("kalla_titel"));
    if (!title) at("kalla_titel", "får inte vara tom");
    const note = cleanText(get("anmarkning"));
    if (own.length) {
      errors.push(...own);
      continue;
    }
    const v: IndicatorValue = { indicator: id, region: region!, year: period!.year, period: period!.period, value: (num as { value: number }).value, source: typedSource(ctx.meta.sourceTypes, { url, title }, "value") };
    if (note) v.note = note;
    const checked = check(valueSchema, v);
    if (!checked.ok) {
      errors.push(...checked.problems.map((p) => `${label}: ${p}`));
      continue;
    }
    const k = `${id}|${region}|${period!.period}`;
    if (seen.has(k)) {
      errors.push(`${label}: samma indikator, region och period (${id}, ${region}, ${period!.period}) som ${seen.get(k)}`);
      continue;
    }
    seen.set(k, label);
    const regionMeta = ctx.meta.regions.find((r) => r.code === region);
    out.push({
      label,
      key: k,
      row: {
        indicator_id: id, indicator_name_sv: ind!.nameSv, unit: ind!.sourceUnits[0], region_code: region!,
        region_name: regionMeta?.county ?? "Riket", year: period!.period, value: plainNumber(v.value), source_url: url,
        source_note: "", source_title: title, note, imported_from: `${file}, ${label}, ${req.date}`,
      },
    });
  }
  for (const m of metadata) {
    if (!out.some((v) => v.row.indicator_id === m.ind.id)) errors.push(`${m.label}: indikatorn "${m.ind.id}" har inga värden i ${file}`);
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: out };
}

const basename = (name: string) => name.split(/[\\/]/).pop() ?? name;

/** Stage 1: read the file and validate every row on its own. */
export function parseImport(req: ImportRequest): Result<ImportBatch> {
  const table = readTable(req.file, req.kind);
  const ctx = context(req.meta);
  const file = basename(req.file.name);
  const batch: ImportBatch = { kind: req.kind, file, description: "", entries: [], values: [], indicators: [] };
  if (req.kind === "entries") {
    if (req.metadata) return fail("--metadata gäller bara indikatorvärden (--indikatorer)");
    if (!table.ok) return table;
    const rows = entryRows(table.value, ctx, file, req.date);
    if (!rows.ok) return rows;
    return { ok: true, value: { ...batch, description: table.value.description, entries: rows.value } };
  }
  const known = new Set([...req.meta.indicators.map((m) => m.id), ...importedIndicatorList(req.importedIndicators).map((m) => m.id)]);
  const meta = readMetadata(req, known, ctx);
  if (!table.ok) return meta.ok ? table : fail(...meta.errors, ...table.errors);
  const rows = valueRows(table.value, ctx, req, meta.ok ? meta.value : []);
  if (!meta.ok || !rows.ok) return fail(...(meta.ok ? [] : meta.errors), ...(rows.ok ? [] : rows.errors));
  return { ok: true, value: { ...batch, description: table.value.description, values: rows.value, indicators: meta.value } };
}

