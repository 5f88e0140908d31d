import type { Kind } from "./schema";

export const KIND_LABELS: Record<Kind, { sv: string; svPlural: string; en: string; enPlural: string }> = {
  insats: { sv: "Insats", svPlural: "Insatser", en: "Activity", enPlural: "Activities" },
  resultat: { sv: "Resultat", svPlural: "Resultat", en: "Result", enPlural: "Results" },
  strategi: { sv: "Strategi", svPlural: "Strategier", en: "Strategy", enPlural: "Strategies" },
  anslag: { sv: "Anslag", svPlural: "Anslag", en: "Funding", enPlural: "Funding" },
  slutsats: { sv: "Slutsats", svPlural: "Slutsatser", en: "Conclusion", enPlural: "Conclusions" },
};
