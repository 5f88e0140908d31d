import type { Kind } from "./schema";

export const KIND_LABELS: Record<Kind, { sv: string; svPlural: string; en: string }> = {
  insats: { sv: "Insats", svPlural: "Insatser", en: "Activity" },
  resultat: { sv: "Resultat", svPlural: "Resultat", en: "Result" },
  strategi: { sv: "Strategi", svPlural: "Strategier", en: "Strategy" },
  anslag: { sv: "Anslag", svPlural: "Anslag", en: "Funding" },
  slutsats: { sv: "Slutsats", svPlural: "Slutsatser", en: "Conclusion" },
};
