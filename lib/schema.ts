/**
 * The single definition of Regionläget's data format.
 * Every file in data/ is parsed with `parseDataset`; TypeScript types are inferred from these schemas.
 * Messages are Swedish (zod's sv locale plus our own cross-record checks) and always carry the exact path.
 */
import { z } from "zod";

z.config(z.locales.sv());

/** Two-digit county codes of the 21 regions. "00" is Riket / all regions. */
export const REGION_CODES = [
  "01", "03", "04", "05", "06", "07", "08", "09", "10", "12", "13",
  "14", "17", "18", "19", "20", "21", "22", "23", "24", "25",
] as const;
export { NATIONAL_CODE } from "./kinds";
import { NATIONAL_CODE } from "./kinds";

import { FUNDING_MEASURES, KINDS, PERIOD_KINDS, SOURCE_TYPES } from "./kinds";
export { FUNDING_MEASURES, KINDS, PERIOD_KINDS, SOURCE_TYPES };
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2035;

const nonEmpty = z.string().trim().min(1, { error: "får inte vara tom" });

export const httpUrl = z
  .string()
  .refine((s) => /^https?:\/\/[^\s/$.?#][^\s]*$/i.test(s), {
    error: (iss) => `ogiltig källadress ${JSON.stringify(iss.input)}: bara http(s)-adresser är tillåtna`,
  });

/** A source as the raw inputs and metadata give it: address and title. */
export const sourceRefSchema = z.strictObject({
  url: httpUrl,
  title: nonEmpty,
});

export const sourceSchema = z.strictObject({
  url: httpUrl,
  title: nonEmpty,
  /** How much to trust it (see SOURCE_TYPES in lib/kinds.ts); set by the build from data/meta/source-types.json. */
  type: z.enum(SOURCE_TYPES),
  /** Provenance worth showing next to the link, e.g. the mirror copy that was read first. */
  note: z.string().optional(),
});

const countyCode = z.string().regex(/^\d{2}$/, { error: "landskod ska vara två siffror, t.ex. \"09\"" });
const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "ska vara en slug med gemener, siffror och bindestreck" });
/**
 * A number that must be finite. zod 4's z.number() already rejects NaN/±Infinity as an *invalid type*
 * ("förväntat antal, fick antal"), so a message given to .finite() is never shown; put it on the type check.
 */
const finiteNumber = (message: string) =>
  z.number({ error: (iss) => (typeof iss.input === "number" ? message : undefined) });
const year = finiteNumber("år ska vara ett heltal").int({ error: "år ska vara ett heltal" });

export const regionSchema = z.strictObject({
  code: countyCode,
  /** Short name, e.g. "Gotland". */
  name: nonEmpty,
  /** County name, e.g. "Gotlands län". */
  county: nonEmpty,
  /** The regional organisation, e.g. "Region Gotland". */
  organisation: nonEmpty,
  nameEn: nonEmpty,
  /** Id of the path in the outline map (components/map). */
  mapId: slug,
});

export const themeSchema = z.strictObject({
  slug,
  nameSv: nonEmpty,
  nameEn: nonEmpty,
  group: z.enum(["rapportomrade", "genomgaende"]),
  /** One paragraph in our own words on what the theme covers. */
  descriptionSv: nonEmpty,
  descriptionEn: nonEmpty,
});

export const figureSchema = z.strictObject({
  label: nonEmpty,
  /** The value exactly as the source wrote it, e.g. "över 110" or "2020–2035". */
  text: nonEmpty,
  /** Parsed number, when the source states a number; null for dates, periods and words. */
  value: finiteNumber("värdet ska vara ett ändligt tal").nullable(),
  /** Upper end of a range such as "15–20". */
  valueTo: finiteNumber("värdet ska vara ett ändligt tal").optional(),
  /** Qualifier kept from the source: "över", "cirka", "drygt", "minst", … */
  qualifier: z.string().optional(),
  unit: z.string(),
});

export const entrySchema = z.strictObject({
  id: slug,
  /** County code, or "00" for records about all regions (national). */
  region: countyCode,
  theme: slug,
  kind: z.enum(KINDS),
  title: nonEmpty,
  summary: nonEmpty,
  figures: z.array(figureSchema),
  year: year.nullable(),
  /** Who did it, when not the region itself (e.g. "Länsstyrelsen i Gotlands län"). */
  actor: z.string().optional(),
  /**
   * When the record applies: done in one year ("ar", from = to = year), carried out over a period ("period"), or a
   * strategy/plan/programme in force over a period ("i-kraft": adopted 2019 with horizon 2030 → 2019–2030). from/to
   * are null when the source gives no year. Derived by the build from year, kind, title and figures.
   */
  period: z.strictObject({ kind: z.enum(PERIOD_KINDS), from: year.nullable(), to: year.nullable() }),
  /** Anslag records only: what the amount measures (never comparable between regions). */
  funding: z.strictObject({ measure: z.enum(FUNDING_MEASURES), noteSv: nonEmpty, noteEn: nonEmpty }).optional(),
  source: sourceSchema,
});

export const indicatorSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9_]+$/, { error: "indikator-id ska bestå av gemener, siffror och understreck" }),
  nameSv: nonEmpty,
  nameEn: nonEmpty,
  /** Short label for charts, e.g. "BRP per invånare". */
  shortSv: nonEmpty,
  unit: nonEmpty,
  unitEn: nonEmpty,
  /** Number of decimals to show. */
  decimals: z.number().int().min(0).max(3),
  /** Whether a higher value is better, worse, or neither (for plain-language text only). */
  direction: z.enum(["hogre-battre", "lagre-battre", "neutral"]),
  definitionSv: nonEmpty,
  definitionEn: nonEmpty,
  themes: z.array(slug),
  source: sourceSchema,
  credit: nonEmpty,
  /** Caveats shown to users: series breaks, revised vintages, missing regions. */
  notes: z.array(nonEmpty),
  /** A fragment has values for only a few regions and must not be drawn as a map or ranking of 21. */
  fragment: z.boolean(),
  /** Years between which the series is not comparable (break lies after `after`). */
  seriesBreaks: z.array(z.strictObject({ after: year, noteSv: nonEmpty })).default([]),
  /** True when the 21 län add up to a meaningful total (tonnes, counts, kronor): the change over the period may then be told for their sum. */
  sumOfCounties: z.boolean().optional(),
});

export const valueSchema = z.strictObject({
  indicator: z.string(),
  region: countyCode,
  /** Sort key: the (last) year of the period. */
  year,
  /** Display label of the period: "2021" or "2021–2025". */
  period: nonEmpty,
  value: finiteNumber("värdet ska vara ett ändligt tal"),
  source: sourceSchema,
  note: z.string().optional(),
});

export const strategySchema = z.strictObject({
  region: countyCode,
  name: nonEmpty,
  adopted: year.nullable(),
  /** The year the strategy looks towards, when stated. */
  horizon: year.nullable(),
  entryId: slug,
  source: sourceSchema,
});

export const smartSpecialisationSchema = z.strictObject({
  region: countyCode,
  areas: z.array(nonEmpty),
  entryId: slug,
  source: sourceSchema,
});

export const gapSchema = z.strictObject({
  topic: nonEmpty,
  reasonSv: nonEmpty,
  reasonEn: nonEmpty,
});

export const datasetSchema = z
  .strictObject({
    meta: z.strictObject({
      title: nonEmpty,
      reportYear: year,
      description: nonEmpty,
      licence: nonEmpty,
      builtAt: nonEmpty,
      /** The report the dataset follows (Tillväxtverket's publication): number and ISBN as printed on its page. */
      report: z
        .strictObject({ title: nonEmpty, publisher: nonEmpty, year, number: nonEmpty, isbn: nonEmpty, url: httpUrl })
        .optional(),
      sources: z.array(sourceSchema),
    }),
    regions: z.array(regionSchema),
    themes: z.array(themeSchema),
    entries: z.array(entrySchema),
    indicators: z.array(indicatorSchema),
    values: z.array(valueSchema),
    strategies: z.array(strategySchema),
    smartSpecialisation: z.array(smartSpecialisationSchema),
    gaps: z.array(gapSchema),
  })
  .superRefine((d, ctx) => {
    const add = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    const regionCodes = new Set(d.regions.map((r) => r.code));
    const themeSlugs = new Set(d.themes.map((t) => t.slug));
    const entryIds = new Set(d.entries.map((e) => e.id));
    const indicatorIds = new Set(d.indicators.map((i) => i.id));

    d.regions.forEach((r, i) => {
      if (!(REGION_CODES as readonly string[]).includes(r.code)) add(["regions", i, "code"], `okänd landskod "${r.code}"`);
    });
    dupes(d.regions.map((r) => r.code)).forEach((i) => add(["regions", i, "code"], `dubblett av landskod "${d.regions[i].code}"`));
    dupes(d.themes.map((t) => t.slug)).forEach((i) => add(["themes", i, "slug"], `dubblett av tema "${d.themes[i].slug}"`));
    dupes(d.entries.map((e) => e.id)).forEach((i) => add(["entries", i, "id"], `dubblett av id "${d.entries[i].id}"`));
    dupes(d.indicators.map((e) => e.id)).forEach((i) => add(["indicators", i, "id"], `dubblett av id "${d.indicators[i].id}"`));

    const knownRegion = (code: string) => code === NATIONAL_CODE || regionCodes.has(code);
    const yearOk = (y: number | null) => y === null || (y >= MIN_YEAR && y <= MAX_YEAR);

    d.entries.forEach((e, i) => {
      if (!knownRegion(e.region)) add(["entries", i, "region"], `okänd region "${e.region}"`);
      if (!themeSlugs.has(e.theme)) add(["entries", i, "theme"], `okänt tema "${e.theme}"`);
      if (!yearOk(e.year)) add(["entries", i, "year"], `året ${e.year} ligger utanför ${MIN_YEAR}–${MAX_YEAR}`);
      if (e.period.from !== null && e.period.to !== null && e.period.to < e.period.from) add(["entries", i, "period"], `perioden slutar (${e.period.to}) före start (${e.period.from})`);
      if (e.kind === "anslag" && !e.funding) add(["entries", i, "funding"], "en anslagspost ska säga vad beloppet mäter (data/meta/funding.json)");
      if (e.kind !== "anslag" && e.funding) add(["entries", i, "funding"], "bara anslagsposter har funding");
    });
    d.indicators.forEach((ind, i) => {
      ind.themes.forEach((t, j) => {
        if (!themeSlugs.has(t)) add(["indicators", i, "themes", j], `okänt tema "${t}"`);
      });
    });
    const seen = new Map<string, number>();
    d.values.forEach((v, i) => {
      if (!indicatorIds.has(v.indicator)) add(["values", i, "indicator"], `okänd indikator "${v.indicator}"`);
      if (!knownRegion(v.region)) add(["values", i, "region"], `okänd region "${v.region}"`);
      if (!yearOk(v.year)) add(["values", i, "year"], `året ${v.year} ligger utanför ${MIN_YEAR}–${MAX_YEAR}`);
      const key = `${v.indicator}|${v.region}|${v.period}`;
      if (seen.has(key)) add(["values", i], `dubblett: ${v.indicator} för ${v.region} ${v.period} finns redan i values[${seen.get(key)}]`);
      else seen.set(key, i);
    });
    dupes(d.strategies.map((s) => s.region)).forEach((i) =>
      add(["strategies", i, "region"], `region "${d.strategies[i].region}" har redan en strategi`),
    );
    dupes(d.smartSpecialisation.map((s) => s.region)).forEach((i) =>
      add(["smartSpecialisation", i, "region"], `region "${d.smartSpecialisation[i].region}" har redan en rad`),
    );
    d.strategies.forEach((s, i) => {
      if (!regionCodes.has(s.region)) add(["strategies", i, "region"], `okänd region "${s.region}"`);
      if (!entryIds.has(s.entryId)) add(["strategies", i, "entryId"], `okänd post "${s.entryId}"`);
    });
    d.smartSpecialisation.forEach((s, i) => {
      if (!regionCodes.has(s.region)) add(["smartSpecialisation", i, "region"], `okänd region "${s.region}"`);
      if (!entryIds.has(s.entryId)) add(["smartSpecialisation", i, "entryId"], `okänd post "${s.entryId}"`);
    });
  });

function dupes(keys: string[]): number[] {
  const first = new Set<string>();
  const out: number[] = [];
  keys.forEach((k, i) => (first.has(k) ? out.push(i) : first.add(k)));
  return out;
}

export type Source = z.infer<typeof sourceSchema>;
export type SourceRef = z.infer<typeof sourceRefSchema>;
export type SourceType = Source["type"];
export type EntryPeriod = z.infer<typeof entrySchema>["period"];
export type Region = z.infer<typeof regionSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Entry = z.infer<typeof entrySchema>;
export type Kind = Entry["kind"];
export type Indicator = z.infer<typeof indicatorSchema>;
export type IndicatorValue = z.infer<typeof valueSchema>;
export type Strategy = z.infer<typeof strategySchema>;
export type SmartSpecialisation = z.infer<typeof smartSpecialisationSchema>;
export type Dataset = z.infer<typeof datasetSchema>;

export { check, DatasetError, formatPath, type ParseResult } from "./schema-check";
import { check, DatasetError } from "./schema-check";

export function parseDataset(input: unknown): Dataset {
  const r = check(datasetSchema, input);
  if (!r.ok) throw new DatasetError(r.problems);
  return r.data;
}
