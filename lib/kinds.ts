/** Record kinds. Kept free of zod so client components can import them without shipping the schema. */
export const KINDS = ["insats", "resultat", "strategi", "anslag", "slutsats"] as const;
export type KindId = (typeof KINDS)[number];
