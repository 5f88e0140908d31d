/** Record kinds and the national code. Kept free of zod so client components can import them without shipping the schema. */
export const KINDS = ["insats", "resultat", "strategi", "anslag", "slutsats"] as const;
export type KindId = (typeof KINDS)[number];

/** Region code of records and values about all regions (Riket). */
export const NATIONAL_CODE = "00" as const;
