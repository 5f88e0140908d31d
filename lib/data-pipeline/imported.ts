/**
 * Imported data (written by `npm run data:import`, read by the build when present): the user's own records, values and
 * indicator metadata, normalised with the same rules as the curated sources. Pure.
 */
import { z } from "zod";
import { KINDS, MAX_YEAR, MIN_YEAR, NATIONAL_CODE, check, entrySchema, indicatorSchema, sourceRefSchema, type Entry, type Figure } from "../schema";
import { parseFigure } from "./figures";
import { cleanText, entryId } from "./text";
import { rawActivitySchema, type BuildInput, type IndicatorMeta, type MetaInput } from "./types";
import { entryPeriod } from "./steps/period";
import { typedSource, type SourceTypeRules } from "./steps/source-type";

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
  ...rawActivitySchema.shape,
  actor: z.string().optional(),
  importedFrom: importedFromSchema,
});
export type ImportedEntry = z.infer<typeof importedEntrySchema>;
export const importedEntriesFileSchema = z.strictObject({ _comment: z.string().optional(), entries: z.array(z.unknown()) });

/** One indicator of imported-indicators.json: the schema's indicator (fragment is computed) plus build-only fields. */
export const importedIndicatorSchema = indicatorSchema.omit({ fragment: true }).extend({
  source: sourceRefSchema,
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
  ctx: { regionCodes: ReadonlySet<string>; themeSlugs: ReadonlySet<string>; sourceTypes?: SourceTypeRules },
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
    period: entryPeriod({ kind: kind as Entry["kind"], title, figures, year: r.year }),
    source: typedSource(ctx.sourceTypes, { url: r.sourceUrl.trim(), title: cleanText(r.sourceTitle) }, "entry"),
  };
  if (entry.kind === "anslag") entry.funding = IMPORTED_FUNDING;
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

/** An imported anslag record: what its amount measures has not been reviewed. */
const IMPORTED_FUNDING: NonNullable<Entry["funding"]> = {
  measure: "ovrigt",
  noteSv: "Egen importerad post: vad beloppet mäter är inte granskat. Det går inte att jämföra med andra regioners anslagsposter.",
  noteEn: "Imported record: what the amount measures has not been reviewed. It cannot be compared with other regions' funding records.",
};

export function mergeImportedEntries(
  src: NonNullable<BuildInput["importedEntries"]>,
  entries: Entry[],
  ctx: { regionCodes: ReadonlySet<string>; themeSlugs: ReadonlySet<string>; sourceTypes?: SourceTypeRules },
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
export function withImportedIndicators(input: BuildInput, problems: string[]): MetaInput {
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

