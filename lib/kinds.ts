/** Record kinds and the national code. Kept free of zod so client components can import them without shipping the schema. */
export const KINDS = ["insats", "resultat", "strategi", "anslag", "slutsats"] as const;
export type KindId = (typeof KINDS)[number];

/** Region code of records and values about all regions (Riket). */
export const NATIONAL_CODE = "00" as const;

/**
 * How much to trust a source, at a glance (issue 15). officiell-statistik = official statistics (SCB, Tillväxtanalys,
 * Trafikanalys, SMHI …, also when read via an intermediary file); regionens-egen = the region's own publication;
 * myndighet = a public agency (county administrative board, Tillväxtverket, government); tredje-part = anyone else
 * (press, associations, projects, other organisations); spegel = a copy of a document on a mirror site.
 */
export const SOURCE_TYPES = ["officiell-statistik", "regionens-egen", "myndighet", "tredje-part", "spegel"] as const;
export type SourceTypeId = (typeof SOURCE_TYPES)[number];

/** "ar" = done in (or about) one year; "period" = carried out over from–to; "i-kraft" = a strategy/plan in force from–to. */
export const PERIOD_KINDS = ["ar", "period", "i-kraft"] as const;
export type PeriodKindId = (typeof PERIOD_KINDS)[number];

/** What an anslag record's amount measures: never comparable across regions, so never summed, ranked or mapped. */
export const FUNDING_MEASURES = ["arsbudget", "beviljat-ar", "beslut", "flerarigt", "finansiering", "regler", "ovrigt"] as const;
export type FundingMeasureId = (typeof FUNDING_MEASURES)[number];
