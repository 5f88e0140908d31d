import type { FundingMeasureId, PeriodKindId, SourceTypeId } from "./kinds";
import type { Kind } from "./schema";

export const KIND_LABELS: Record<Kind, { sv: string; svPlural: string; en: string; enPlural: string }> = {
  insats: { sv: "Insats", svPlural: "Insatser", en: "Activity", enPlural: "Activities" },
  resultat: { sv: "Resultat", svPlural: "Resultat", en: "Result", enPlural: "Results" },
  strategi: { sv: "Strategi", svPlural: "Strategier", en: "Strategy", enPlural: "Strategies" },
  anslag: { sv: "Anslag", svPlural: "Anslag", en: "Funding", enPlural: "Funding" },
  slutsats: { sv: "Slutsats", svPlural: "Slutsatser", en: "Conclusion", enPlural: "Conclusions" },
};


/** Source type labels, and whether a visible caution belongs next to the link (mirror, third party). */
export const SOURCE_TYPE_LABELS: Record<SourceTypeId, { sv: string; en: string; caution?: { sv: string; en: string } }> = {
  "officiell-statistik": { sv: "Officiell statistik", en: "Official statistics" },
  "regionens-egen": { sv: "Regionens egen publikation", en: "The region's own publication" },
  myndighet: { sv: "Myndighet", en: "Public agency" },
  "tredje-part": {
    sv: "Tredje part", en: "Third party",
    caution: { sv: "Källan är varken regionen, en myndighet eller officiell statistik – kontrollera mot originalet.", en: "The source is neither the region, an agency nor official statistics – check against the original." },
  },
  spegel: {
    sv: "Spegelsida", en: "Mirror site",
    caution: { sv: "Kopia av ett dokument på en annan webbplats; originalet fanns inte sparat.", en: "A copy of a document on another site; the original was not stored." },
  },
};

export const PERIOD_KIND_LABELS: Record<PeriodKindId, { sv: string; en: string }> = {
  ar: { sv: "Gjort", en: "Done" },
  period: { sv: "Pågick", en: "Ran" },
  "i-kraft": { sv: "Gäller", en: "In force" },
};

export const FUNDING_MEASURE_LABELS: Record<FundingMeasureId, { sv: string; en: string }> = {
  arsbudget: { sv: "Årsbudget", en: "Yearly budget" },
  "beviljat-ar": { sv: "Beviljat under ett år", en: "Granted in one year" },
  beslut: { sv: "Enskilt beslut", en: "Single decision" },
  flerarigt: { sv: "Flerårig ram eller åtagande", en: "Multi-year frame or commitment" },
  finansiering: { sv: "Finansieringens sammansättning", en: "Funding mix" },
  regler: { sv: "Regler, inget belopp", en: "Rules, no amount" },
  ovrigt: { sv: "Övrigt", en: "Other" },
};
