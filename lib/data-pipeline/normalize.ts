/**
 * Turns the raw inputs (activities JSON, indicator CSV rows, curated metadata) into a Dataset.
 * Pure: no file access. Problems are collected (never thrown) so the build can print all of them at once.
 */
import { z } from "zod";
import { KINDS, MAX_YEAR, MIN_YEAR, NATIONAL_CODE, check, entrySchema, indicatorSchema, type Dataset, type Entry, type Figure, type Indicator, type IndicatorValue, type Region, type SmartSpecialisation, type Source, type Strategy, type Theme } from "../schema";
import { parseFigure } from "./figures";
import { cleanText, entryId, normaliseTitle, periodLabel, slugify } from "./text";

// ---------- input shapes ----------

export const rawActivitySchema = z.strictObject({
  region: z.string(),
  theme: z.string(),
  kind: z.string(),
  title: z.string(),
  summary: z.string(),
  figures: z.array(z.strictObject({ label: z.string(), value: z.string(), unit: z.string() })),
  year: z.number().int().nullable(),
  sourceUrl: z.string(),
  sourceTitle: z.string(),
});
export type RawActivity = z.infer<typeof rawActivitySchema>;

export const INDICATOR_COLUMNS = [
  "indicator_id", "indicator_name_sv", "unit", "region_code", "region_name", "year", "value", "source_url", "source_note",
] as const;

export type RegionMeta = Omit<Region, "mapId">;
export type ThemeMeta = Theme & { sourceNames: string[] };
export type IndicatorMeta = Omit<Indicator, "fragment" | "seriesBreaks"> & {
  sourceUnits: string[];
  seriesBreaks?: Indicator["seriesBreaks"];
  /** Short value notes: every rule whose `when` occurs in source_note adds its `note`. */
  valueNotes?: { when: string; note: string }[];
  /** Only `true` is honoured: force fragment even when the rule would not. */
  fragment?: boolean;
};
export type MetaInput = {
  meta: { title: string; reportYear: number; description: string; licence: string; builtAt: string };
  regions: RegionMeta[];
  regionNames: Record<string, string>;
  themes: ThemeMeta[];
  themeMap: { sourceTheme: string; byTitle: Record<string, { theme: string; reason: string }> };
  actors: { byTitle: Record<string, { actor: string | null; reason: string }> };
  strategies: Record<string, string>;
  indicators: IndicatorMeta[];
  sourceTitles: Record<string, string>;
  gaps: Dataset["gaps"];
};
export type BuildInput = {
  activities: { file: string; records: unknown[] }[];
  indicatorFiles: { file: string; rows: Record<string, string>[] }[];
  meta: MetaInput;
  /** Rows of sweden-counties.id-to-lan-code.csv. */
  mapIds: Record<string, string>[];
  /** Ids present in the SVG, to check the mapping against. */
  svgIds?: string[];
  /** data/sources/imported-entries.json (parsed JSON), when present: replaces entries with the same id, adds the rest. */
  importedEntries?: { file: string; data: unknown };
  /** Rows of data/sources/imported-values.csv, when present: read after the indicator CSVs and override their values. */
  importedValues?: { file: string; rows: Record<string, string>[] };
  /** data/sources/imported-indicators.json (parsed JSON), when present: indicator metadata added by imports. */
  importedIndicators?: { file: string; data: unknown };
};
export type BuildResult = { dataset: Dataset; problems: string[]; report: string[] };

// ---------- imported data (written by `npm run data:import`, read by the build when present) ----------

/** Files in data/sources/ written by scripts/import-data.ts. When none exists the build is exactly as before. */
export const IMPORTED_ENTRIES_FILE = "imported-entries.json";
export const IMPORTED_VALUES_FILE = "imported-values.csv";
export const IMPORTED_INDICATORS_FILE = "imported-indicators.json";

/** Provenance of every imported record: the user's file (base name), its row ("rad 7" / "post 3") and the import date. */
export const importedFromSchema = z.strictObject({ file: z.string(), row: z.string(), date: z.string() });
export type ImportedFrom = z.infer<typeof importedFromSchema>;

/**
 * One record of imported-entries.json: like a raw activity, but with an explicit id, region as county code, theme as
 * slug and its own actor (imported rows are not reviewed in actors.json). Figures stay raw text; the build parses them.
 */
export const importedEntrySchema = z.strictObject({
  id: z.string(),
  region: z.string(),
  theme: z.string(),
  kind: z.string(),
  title: z.string(),
  summary: z.string(),
  figures: z.array(z.strictObject({ label: z.string(), value: z.string(), unit: z.string() })),
  year: z.number().int().nullable(),
  actor: z.string().optional(),
  sourceUrl: z.string(),
  sourceTitle: z.string(),
  importedFrom: importedFromSchema,
});
export type ImportedEntry = z.infer<typeof importedEntrySchema>;
export const importedEntriesFileSchema = z.strictObject({ _comment: z.string().optional(), entries: z.array(z.unknown()) });

/** One indicator of imported-indicators.json: the schema's indicator (fragment is computed) plus build-only fields. */
export const importedIndicatorSchema = indicatorSchema.omit({ fragment: true }).extend({
  sourceUnits: z.array(z.string().min(1)).min(1),
  fragment: z.literal(true).optional(),
  importedFrom: importedFromSchema,
});
export type ImportedIndicator = z.infer<typeof importedIndicatorSchema>;
export const importedIndicatorsFileSchema = z.strictObject({ _comment: z.string().optional(), indicators: z.array(z.unknown()) });

/** Extra columns of imported-values.csv (besides INDICATOR_COLUMNS): the value's own source title, note and provenance. */
export const IMPORTED_VALUE_EXTRA_COLUMNS = ["source_title", "note", "imported_from"] as const;

export type ImportedField = Exclude<keyof ImportedEntry, "importedFrom">;
export type FieldIssue = { field: ImportedField; message: string };

/**
 * The most significant digits of any number written in the text ("12 345,60" → 5, "2020–2035" → 4). A double holds
 * 15 exactly; more (a 20-digit id, an account number) would be stored rounded, so imports reject them.
 */
export function significantDigits(text: string): number {
  const numbers = text.match(/\d(?:[\d \u00a0\u202f]*\d)?(?:[.,]\d+)?/g) ?? [];
  return Math.max(0, ...numbers.map((n) => n.replace(/\D/g, "").replace(/^0+/, "").replace(/0+$/, "").length));
}
export const MAX_SIGNIFICANT_DIGITS = 15;

/**
 * Normalises one imported record with the same rules as the activities (cleanText, parseFigure, entryId) and checks it
 * against entrySchema plus region, theme and year range. Pure; returns every problem with the field it belongs to.
 */
export function normaliseImportedEntry(
  r: ImportedEntry,
  ctx: { regionCodes: ReadonlySet<string>; themeSlugs: ReadonlySet<string> },
): { entry?: Entry; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const region = r.region.trim();
  if (region !== NATIONAL_CODE && !ctx.regionCodes.has(region)) issues.push({ field: "region", message: `okänd region ${JSON.stringify(r.region)}` });
  const theme = r.theme.trim();
  if (!ctx.themeSlugs.has(theme)) issues.push({ field: "theme", message: `okänt tema ${JSON.stringify(r.theme)}` });
  const kind = r.kind.trim();
  if (!(KINDS as readonly string[]).includes(kind)) {
    issues.push({ field: "kind", message: kind ? `okänd typ ${JSON.stringify(r.kind)} (tillåtna: ${KINDS.join(", ")})` : `får inte vara tom (tillåtna: ${KINDS.join(", ")})` });
  }
  const figures: Figure[] = [];
  r.figures.forEach((f, j) => {
    const where = `siffra ${j + 1} (${JSON.stringify(cleanText(f.label))})`;
    try {
      const fig = parseFigure(f);
      if (fig.value !== null && significantDigits(fig.text) > MAX_SIGNIFICANT_DIGITS) {
        issues.push({ field: "figures", message: `${where}: talet ${JSON.stringify(fig.text)} har fler än ${MAX_SIGNIFICANT_DIGITS} värdesiffror och kan inte lagras exakt` });
      } else figures.push(fig);
    } catch (e) {
      issues.push({ field: "figures", message: `${where}: ${(e as Error).message}` });
    }
  });
  if (r.year !== null && (r.year < MIN_YEAR || r.year > MAX_YEAR)) {
    issues.push({ field: "year", message: `året ${r.year} ligger utanför ${MIN_YEAR}–${MAX_YEAR}` });
  }
  const title = cleanText(r.title);
  const entry: Entry = {
    id: r.id.trim() || entryId(region, title),
    region,
    theme,
    kind: kind as Entry["kind"],
    title,
    summary: cleanText(r.summary),
    figures,
    year: r.year,
    source: { url: r.sourceUrl.trim(), title: cleanText(r.sourceTitle) },
  };
  const actor = cleanText(r.actor ?? "");
  if (actor) entry.actor = actor;
  const schemaIssues = entrySchema.safeParse(entry);
  if (!schemaIssues.success) {
    for (const iss of schemaIssues.error.issues) {
      const [top, sub] = iss.path;
      const field: ImportedField = top === "source" ? (sub === "title" ? "sourceTitle" : "sourceUrl") : (top as ImportedField);
      // region/theme/kind already have a clearer message above.
      if ((field === "kind" || field === "region" || field === "theme") && issues.some((x) => x.field === field)) continue;
      issues.push({ field, message: iss.message });
    }
  }
  return issues.length ? { issues } : { entry, issues };
}

function mergeImportedEntries(
  src: NonNullable<BuildInput["importedEntries"]>,
  entries: Entry[],
  ctx: { regionCodes: ReadonlySet<string>; themeSlugs: ReadonlySet<string> },
  problems: string[],
  report: string[],
): void {
  const file = check(importedEntriesFileSchema, src.data, src.file);
  if (!file.ok) {
    problems.push(...file.problems);
    return;
  }
  const index = new Map(entries.map((e, i) => [e.id, i]));
  const seen = new Map<string, string>();
  let added = 0;
  let replaced = 0;
  file.data.entries.forEach((rec, i) => {
    const where = `${src.file}.entries[${i}]`;
    const parsed = check(importedEntrySchema, rec, where);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      return;
    }
    const { entry, issues } = normaliseImportedEntry(parsed.data, ctx);
    if (!entry) {
      problems.push(...issues.map((x) => `${where}.${x.field}: ${x.message}`));
      return;
    }
    if (seen.has(entry.id)) {
      problems.push(`${where}.id: dubblett av id "${entry.id}" (samma som ${seen.get(entry.id)})`);
      return;
    }
    seen.set(entry.id, where);
    const at = index.get(entry.id);
    if (at !== undefined) {
      entries[at] = entry;
      replaced++;
    } else {
      index.set(entry.id, entries.length);
      entries.push(entry);
      added++;
    }
  });
  report.push(`importerade poster (${src.file}): ${added} tillagda, ${replaced} ersätter poster ur källfilerna`);
}

/** Indicator metadata from imported-indicators.json, appended after data/meta/indicators.json (ids must be new). */
function withImportedIndicators(input: BuildInput, problems: string[]): MetaInput {
  const src = input.importedIndicators;
  if (!src) return input.meta;
  const file = check(importedIndicatorsFileSchema, src.data, src.file);
  if (!file.ok) {
    problems.push(...file.problems);
    return input.meta;
  }
  const ids = new Set(input.meta.indicators.map((m) => m.id));
  const extra: IndicatorMeta[] = [];
  file.data.indicators.forEach((rec, i) => {
    const parsed = check(importedIndicatorSchema, rec, `${src.file}.indicators[${i}]`);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      return;
    }
    const { importedFrom: _from, ...m } = parsed.data;
    void _from;
    if (ids.has(m.id)) {
      problems.push(`${src.file}.indicators[${i}].id: indikatorn "${m.id}" finns redan`);
      return;
    }
    ids.add(m.id);
    extra.push(m);
  });
  return { ...input.meta, indicators: [...input.meta.indicators, ...extra] };
}

const stripComment = <T extends Record<string, unknown>>(o: T): T => {
  const out = { ...o };
  for (const k of Object.keys(out)) if (k.startsWith("_")) delete out[k];
  return out;
};

// ---------- strategies and smart specialisation ----------

const ADOPTED_LABELS = ["antagen", "beslutad", "antagen (aktualiserad)", "beslutad (reviderad)"];
const HORIZON_LABELS = ["tidshorisont", "gäller till"];
const PERIOD_LABELS = ["tidsperiod"];

export function strategyYears(entry: Pick<Entry, "title" | "figures">): { adopted: number | null; horizon: number | null } {
  const byLabel = (labels: string[]) => entry.figures.find((f) => labels.includes(f.label.toLowerCase()));
  const asYear = (f: Figure | undefined) =>
    f && f.value !== null && Number.isInteger(f.value) && f.value >= 1900 && f.value <= 2100 ? f.value : null;
  const adopted = asYear(byLabel(ADOPTED_LABELS));
  let horizon = asYear(byLabel(HORIZON_LABELS));
  if (horizon === null) {
    const p = byLabel(PERIOD_LABELS);
    const m = p && /(\d{4})\s*[–-]\s*(\d{4})/.exec(p.text);
    if (m) horizon = Number(m[2]);
  }
  if (horizon === null) {
    const years = entry.title.match(/(?<!\d)(19|20|21)\d{2}(?!\d)/g);
    if (years) horizon = Number(years[years.length - 1]);
  }
  return { adopted, horizon };
}

export const SMART_TITLE = "smart specialisering – prioriterade områden";
const SMART_RE = /prioriterade områden för smart specialisering:\s*(.+?)\.(?=\s|$)/i;

/** "…prioriterade områden för smart specialisering: A; B; C. Mer text." → ["A","B","C"]; null when no list. */
export function parseSmartAreas(summary: string): string[] | null {
  const m = SMART_RE.exec(cleanText(summary));
  if (!m) return null;
  const areas = m[1].split(";").map((s) => s.trim()).filter(Boolean);
  return areas.length ? areas : null;
}

// ---------- main ----------

export function buildDataset(input: BuildInput): BuildResult {
  const problems: string[] = [];
  const report: string[] = [];
  const M = withImportedIndicators(input, problems);

  // Regions
  const regions: Region[] = M.regions.map((r, i) => {
    const row = input.mapIds.find((m) => m.region_code === r.code);
    if (!row) {
      problems.push(`regions[${i}].mapId: landskod "${r.code}" saknas i sweden-counties.id-to-lan-code.csv`);
      return { ...r, mapId: "saknas" };
    }
    if (row.region_name !== r.county) problems.push(`regions[${i}].county: "${r.county}" men kartfilen säger "${row.region_name}"`);
    if (input.svgIds && !input.svgIds.includes(row.svg_id)) problems.push(`regions[${i}].mapId: id "${row.svg_id}" finns inte i SVG-kartan`);
    return { code: r.code, name: r.name, county: r.county, organisation: r.organisation, nameEn: r.nameEn, mapId: slugify(row.svg_id) };
  });
  const regionCodes = new Set(regions.map((r) => r.code));
  const regionNames = stripComment(M.regionNames);

  // Themes
  const themes: Theme[] = M.themes.map((t) => ({
    slug: t.slug, nameSv: t.nameSv, nameEn: t.nameEn, group: t.group, descriptionSv: t.descriptionSv, descriptionEn: t.descriptionEn,
  }));
  const themeBySourceName = new Map<string, string>();
  M.themes.forEach((t) => t.sourceNames.forEach((n) => themeBySourceName.set(n, t.slug)));
  const themeSlugs = new Set(themes.map((t) => t.slug));
  for (const [title, m] of Object.entries(M.themeMap.byTitle)) {
    if (!themeSlugs.has(m.theme)) problems.push(`theme-map.json: "${title}" pekar på okänt tema "${m.theme}"`);
  }

  // Entries
  const entries: Entry[] = [];
  const seenKey = new Map<string, string>();
  const idOrigin = new Map<string, string>();
  const usedThemeMap = new Set<string>();
  const usedActors = new Set<string>();
  let dropped = 0;
  for (const { file, records } of input.activities) {
    records.forEach((rec, i) => {
      const where = `${file}[${i}]`;
      const parsed = check(rawActivitySchema, rec, where);
      if (!parsed.ok) {
        problems.push(...parsed.problems);
        return;
      }
      const r = parsed.data;
      const title = cleanText(r.title);
      let ok = true;
      const region = regionNames[cleanText(r.region)];
      if (region === undefined) {
        problems.push(`${where}.region: okänd region ${JSON.stringify(r.region)} (lägg till den i data/meta/region-names.json)`);
        ok = false;
      } else if (region !== NATIONAL_CODE && !regionCodes.has(region)) {
        problems.push(`${where}.region: ${JSON.stringify(r.region)} pekar på okänd landskod "${region}"`);
        ok = false;
      }
      let theme: string | undefined;
      if (cleanText(r.theme) === M.themeMap.sourceTheme) {
        theme = M.themeMap.byTitle[title]?.theme;
        if (theme) usedThemeMap.add(title);
        else {
          problems.push(`${where}.theme: posten "${title}" har det kombinerade temat men saknas i data/meta/theme-map.json`);
          ok = false;
        }
      } else {
        theme = themeBySourceName.get(cleanText(r.theme));
        if (!theme) {
          problems.push(`${where}.theme: okänt tema ${JSON.stringify(r.theme)}`);
          ok = false;
        }
      }
      if (!(KINDS as readonly string[]).includes(r.kind)) {
        problems.push(`${where}.kind: okänd typ ${JSON.stringify(r.kind)}`);
        ok = false;
      }
      const figures: Figure[] = [];
      r.figures.forEach((f, j) => {
        try {
          figures.push(parseFigure(f));
        } catch (e) {
          problems.push(`${where}.figures[${j}]: ${(e as Error).message}`);
          ok = false;
        }
      });
      const actorReview = M.actors.byTitle[title];
      if (actorReview) usedActors.add(title);
      else if (/länsstyrelse/i.test(r.summary + " " + r.sourceTitle)) {
        problems.push(`${where}: "${title}" nämner länsstyrelsen men är inte granskad i data/meta/actors.json`);
        ok = false;
      }
      if (!ok || region === undefined || theme === undefined) return;

      const key = `${region}|${normaliseTitle(title)}|${r.sourceUrl.trim()}`;
      if (seenKey.has(key)) {
        dropped++;
        report.push(`dubblett borttagen: ${where} "${title}" (samma region, titel och källa som ${seenKey.get(key)})`);
        return;
      }
      seenKey.set(key, where);
      const id = entryId(region, title);
      if (idOrigin.has(id)) {
        problems.push(`${where}: id "${id}" krockar med ${idOrigin.get(id)} (samma region och titel men annan källa – byt titel eller slå ihop posterna)`);
        return;
      }
      idOrigin.set(id, where);
      const entry: Entry = {
        id,
        region,
        theme,
        kind: r.kind as Entry["kind"],
        title,
        summary: cleanText(r.summary),
        figures,
        year: r.year,
        source: { url: r.sourceUrl.trim(), title: cleanText(r.sourceTitle) },
      };
      if (actorReview?.actor) entry.actor = actorReview.actor;
      entries.push(entry);
    });
  }
  report.push(`poster: ${entries.length} (${dropped} dubbletter borttagna)`);
  for (const t of Object.keys(M.themeMap.byTitle)) if (!usedThemeMap.has(t)) report.push(`varning: theme-map.json-titeln "${t}" matchar ingen post`);
  for (const t of Object.keys(M.actors.byTitle)) if (!usedActors.has(t)) report.push(`varning: actors.json-titeln "${t}" matchar ingen post`);
  if (input.importedEntries) mergeImportedEntries(input.importedEntries, entries, { regionCodes, themeSlugs }, problems, report);
  const entryById = new Map(entries.map((e) => [e.id, e]));

  // Strategies
  const strategies: Strategy[] = [];
  const strategyIds = stripComment(M.strategies);
  for (const r of regions) {
    const id = strategyIds[r.code];
    if (!id) {
      problems.push(`strategies.json: region ${r.code} (${r.name}) saknar vald strategi`);
      continue;
    }
    const e = entryById.get(id);
    if (!e) {
      problems.push(`strategies.json["${r.code}"]: okänd post "${id}"`);
      continue;
    }
    if (e.region !== r.code || e.kind !== "strategi" || e.theme !== "regionala-utvecklingsstrategier") {
      problems.push(`strategies.json["${r.code}"]: "${id}" är inte en RUS-strategipost för region ${r.code}`);
      continue;
    }
    strategies.push({ region: r.code, name: e.title, ...strategyYears(e), entryId: e.id, source: e.source });
  }
  for (const code of Object.keys(strategyIds)) if (!regionCodes.has(code)) problems.push(`strategies.json: okänd landskod "${code}"`);

  // Smart specialisation
  const smartSpecialisation: SmartSpecialisation[] = [];
  for (const e of entries) {
    if (e.region === NATIONAL_CODE || normaliseTitle(e.title) !== normaliseTitle(SMART_TITLE)) continue;
    const areas = parseSmartAreas(e.summary);
    if (!areas) {
      report.push(`smart specialisering: ${e.id} har ingen lista över områden – ingen rad`);
      continue;
    }
    const count = e.figures.find((f) => f.label === "Antal områden");
    if (count && count.value !== areas.length) {
      problems.push(`entries[${entries.indexOf(e)}] (${e.id}): ${areas.length} områden i texten men figuren "Antal områden" säger ${count.text}`);
    }
    if (smartSpecialisation.some((s) => s.region === e.region)) {
      problems.push(`${e.id}: region ${e.region} har redan en rad för smart specialisering`);
      continue;
    }
    smartSpecialisation.push({ region: e.region, areas, entryId: e.id, source: e.source });
  }
  smartSpecialisation.sort((a, b) => a.region.localeCompare(b.region));
  const noSmart = regions.filter((r) => !smartSpecialisation.some((s) => s.region === r.code));

  // Indicators and values
  const metaById = new Map(M.indicators.map((m) => [m.id, m]));
  const valueMap = new Map<string, { v: IndicatorValue; where: string; imported: boolean }>();
  /** Indicators with at least one row NOT marked FRAGMENT in source_note. */
  const nonFragmentRows = new Set<string>();
  let duplicatesMerged = 0;
  const valueFiles = [
    ...input.indicatorFiles.map((f) => ({ ...f, imported: false })),
    ...(input.importedValues ? [{ ...input.importedValues, imported: true }] : []),
  ];
  for (const { file, rows, imported } of valueFiles) {
    rows.forEach((row, i) => {
      const where = `${file} rad ${i + 2}`;
      const missing = INDICATOR_COLUMNS.filter((c) => !(c in row));
      if (missing.length) {
        problems.push(`${where}: saknar kolumnerna ${missing.join(", ")}`);
        return;
      }
      const id = row.indicator_id.trim();
      const m = metaById.get(id);
      if (!m) {
        problems.push(`${where}: okänd indikator "${id}" (lägg till den i data/meta/indicators.json)`);
        return;
      }
      const unit = cleanText(row.unit);
      if (!m.sourceUnits.includes(unit)) {
        problems.push(`${where}: enheten "${unit}" för ${id} finns inte i sourceUnits (${m.sourceUnits.join(" | ")})`);
        return;
      }
      const region = row.region_code.trim();
      if (region !== NATIONAL_CODE && !regionCodes.has(region)) {
        problems.push(`${where}: okänd landskod "${region}"`);
        return;
      }
      const p = periodLabel(row.year);
      if (!p) {
        problems.push(`${where}: ogiltigt år/period "${row.year}"`);
        return;
      }
      const raw = row.value.trim();
      if (!/^-?\d+(\.\d+)?$/.test(raw)) {
        problems.push(`${where}: värdet "${row.value}" är inte ett tal med decimalpunkt`);
        return;
      }
      const url = row.source_url.trim();
      // Imported rows carry their own source title (and note); the source CSVs never have these columns.
      const title = (row.source_title ?? "").trim() || M.sourceTitles[url];
      if (!title) {
        problems.push(`${where}: källadressen ${url} saknar titel i data/meta/source-titles.json`);
        return;
      }
      const note = row.source_note;
      const mismatch = vintageMismatch(title, note);
      if (mismatch) {
        problems.push(`${where}: källtiteln "${title}" ${mismatch}`);
        return;
      }
      const isFragmentRow = /FRAGMENT/.test(note);
      if (!isFragmentRow) nonFragmentRows.add(id);
      const notes = (m.valueNotes ?? []).filter((r) => note.includes(r.when)).map((r) => r.note);
      if (cleanText(row.note ?? "")) notes.push(cleanText(row.note));
      const v: IndicatorValue = { indicator: id, region, year: p.year, period: p.period, value: Number(raw), source: { url, title } };
      if (notes.length) v.note = [...new Set(notes)].join(" ");
      const key = `${id}|${region}|${p.period}`;
      const prev = valueMap.get(key);
      if (prev && imported && !prev.imported) {
        valueMap.set(key, { v, where, imported });
        report.push(`import ersätter ${key}: ${prev.v.value} (${prev.where}) → ${v.value} (${where})`);
        return;
      }
      if (prev) {
        if (prev.v.value === v.value) {
          duplicatesMerged++;
          report.push(`samma värde två gånger: ${key} (${prev.where} och ${where}) – behåller det första`);
        } else {
          problems.push(`${where}: motstridigt värde för ${id} ${region} ${p.period}: ${v.value} mot ${prev.v.value} i ${prev.where} – lös det med en dokumenterad regel, välj inte tyst`);
        }
        return;
      }
      valueMap.set(key, { v, where, imported });
    });
  }
  const values = [...valueMap.values()].map((x) => x.v);
  const order = new Map(M.indicators.map((m, i) => [m.id, i]));
  values.sort((a, b) => order.get(a.indicator)! - order.get(b.indicator)! || a.region.localeCompare(b.region) || a.year - b.year || a.period.localeCompare(b.period));

  const indicators: Indicator[] = M.indicators.map((m) => {
    const own = values.filter((v) => v.indicator === m.id);
    if (own.length === 0) report.push(`varning: indikatorn ${m.id} har inga värden`);
    const perPeriod = new Map<string, number>();
    own.forEach((v) => v.region !== NATIONAL_CODE && perPeriod.set(v.period, (perPeriod.get(v.period) ?? 0) + 1));
    const complete = [...perPeriod.values()].some((n) => n >= regions.length);
    // Fragment: forced in metadata, every row marked FRAGMENT in the source, or no period with all 21 län.
    // (disponibel_inkomst: 2015 and 2020 are complete; only its two 2021 rows are FRAGMENT → not a fragment,
    // those rows carry a value note instead.)
    const fragment = m.fragment === true || !nonFragmentRows.has(m.id) || !complete;
    return {
      id: m.id, nameSv: m.nameSv, nameEn: m.nameEn, shortSv: m.shortSv, unit: m.unit, unitEn: m.unitEn,
      decimals: m.decimals, direction: m.direction, definitionSv: m.definitionSv, definitionEn: m.definitionEn,
      themes: m.themes, source: m.source, credit: m.credit, notes: m.notes, fragment, seriesBreaks: m.seriesBreaks ?? [],
    };
  });
  report.push(`indikatorer: ${indicators.length} (${indicators.filter((i) => i.fragment).length} fragment: ${indicators.filter((i) => i.fragment).map((i) => i.id).join(", ")})`);
  report.push(`värden: ${values.length} (${duplicatesMerged} identiska dubbletter sammanslagna)`);

  // Gaps
  const gaps = [...M.gaps];
  if (noSmart.length) {
    gaps.push({
      topic: "Smart specialisering: prioriterade områden saknas för " + noSmart.map((r) => r.county).join(", "),
      reasonSv: "Underlaget har ingen post med en lista över prioriterade områden för smart specialisering för dessa län. Det betyder inte att länen saknar en strategi för smart specialisering.",
      reasonEn: "The source material has no record listing priority areas for smart specialisation for these counties. This does not mean the counties lack a smart specialisation strategy.",
    });
  }

  // Sources
  const sources: Source[] = [];
  const seenSource = new Set<string>();
  const addSource = (s: Source) => {
    const k = `${s.url}\u0000${s.title}`;
    if (!seenSource.has(k)) {
      seenSource.add(k);
      sources.push(s);
    }
  };
  entries.forEach((e) => addSource(e.source));
  indicators.forEach((i) => addSource(i.source));
  values.forEach((v) => addSource(v.source));

  const dataset: Dataset = {
    meta: { ...stripComment(M.meta), sources },
    regions,
    themes,
    entries,
    indicators,
    values,
    strategies,
    smartSpecialisation,
    gaps,
  };
  return { dataset, problems, report };
}


/**
 * A source title names the table's year and the page's update date ("… per invånare 2019 (…, uppdaterad
 * 2021-12-10)"); the raw row's note names the table it was read from ("tabell '… 2019. …', sidan uppdaterad
 * 2021-12-10"). When both say it, they must agree, so a title can never describe another vintage than the value.
 */
export function vintageMismatch(title: string, note: string): string | null {
  const updated = (s: string) => s.match(/uppdaterad (\d{4}-\d{2}-\d{2})/)?.[1];
  const [tu, nu] = [updated(title), updated(note)];
  if (tu && nu && tu !== nu) return `säger uppdaterad ${tu}, men raden lästes från sidan uppdaterad ${nu}`;
  const tableYear = note.match(/tabell '[^']*?\b((?:19|20)\d\d)\b/)?.[1];
  const titleYears = title.replace(/uppdaterad \d{4}-\d{2}-\d{2}/g, "").match(/\b(?:19|20)\d\d\b/g);
  if (tableYear && titleYears && !titleYears.includes(tableYear)) {
    return `nämner ${titleYears.join(", ")}, men raden lästes från tabellen för ${tableYear}`;
  }
  return null;
}
