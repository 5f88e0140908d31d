/** Input and output shapes of the data pipeline (lib/data-pipeline/normalize.ts and its steps). */
import { z } from "zod";
import type { Dataset, Indicator, Region, SourceRef, Theme } from "../schema";
import type { SourceTypeRules } from "./steps/source-type";
import type { Corrections } from "./steps/corrections";
import type { FundingMeta } from "./steps/funding";

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
export type IndicatorMeta = Omit<Indicator, "fragment" | "seriesBreaks" | "source"> & {
  source: SourceRef;
  sourceUnits: string[];
  seriesBreaks?: Indicator["seriesBreaks"];
  /** Short value notes: every rule whose `when` occurs in source_note adds its `note`. */
  valueNotes?: { when: string; note: string }[];
  /** Only `true` is honoured: force fragment even when the rule would not. */
  fragment?: boolean;
};
export type ReportMeta = NonNullable<Dataset["meta"]["report"]>;
export type MetaInput = {
  meta: { title: string; reportYear: number; description: string; licence: string; builtAt: string; report?: ReportMeta };
  regions: RegionMeta[];
  regionNames: Record<string, string>;
  themes: ThemeMeta[];
  themeMap: {
    sourceTheme: string;
    byTitle: Record<string, { theme: string; reason: string }>;
    /** Title prefixes (our label, not the source's): the record goes to `theme` and the prefix is dropped from its title. */
    byPrefix?: Record<string, string>;
  };
  actors: { byTitle: Record<string, { actor: string | null; reason: string }> };
  strategies: Record<string, string>;
  indicators: IndicatorMeta[];
  sourceTitles: Record<string, string>;
  gaps: Dataset["gaps"];
  /** data/meta/source-types.json: how each source is classified (optional: unknown hosts are "tredje-part"). */
  sourceTypes?: SourceTypeRules;
  /** data/meta/corrections.json: documented fixes applied after normalisation. */
  corrections?: Corrections;
  /** data/meta/funding.json: what each anslag record's amount measures. */
  funding?: FundingMeta;
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

/** What every step gets: where to put problems (stop the build) and report lines (printed). */
export type StepLog = { problems: string[]; report: string[] };

export const stripComment = <T extends Record<string, unknown>>(o: T): T => {
  const out = { ...o };
  for (const k of Object.keys(out)) if (k.startsWith("_")) delete out[k];
  return out;
};
