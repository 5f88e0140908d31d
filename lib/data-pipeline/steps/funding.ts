/** Step: say what each anslag record's amount measures (data/meta/funding.json). Pure. */
import type { Entry } from "../../schema";
import type { FundingMeasureId } from "../../kinds";
import type { StepLog } from "../types";

export type FundingMeta = { byTitle: Record<string, FundingMeasureId> };

const NOTES: Record<FundingMeasureId, [string, string]> = {
  arsbudget: ["Beloppet är en årsbudget eller ett årligt anslag.", "The amount is a yearly budget or appropriation."],
  "beviljat-ar": ["Beloppet är vad som beviljades under ett år.", "The amount is what was granted in one year."],
  beslut: ["Beloppet gäller beslut vid ett tillfälle eller om ett enskilt projekt.", "The amount is for decisions at one meeting or on one project."],
  flerarigt: ["Beloppet är en ram eller ett åtagande för flera år.", "The amount is a frame or commitment over several years."],
  finansiering: ["Beloppet beskriver hur en nämnds verksamhet finansieras.", "The amount describes how a committee's work is funded."],
  regler: ["Posten beskriver regler för stödet, inget totalbelopp.", "The record describes the funding rules, not a total amount."],
  ovrigt: ["Beloppet mäter något annat än en budget eller ett beslut.", "The amount measures something other than a budget or decision."],
};
const NOT_COMPARABLE = [" Det går inte att jämföra med andra regioners anslagsposter.", " It cannot be compared with other regions' funding records."];

export function fundingOf(measure: FundingMeasureId): NonNullable<Entry["funding"]> {
  const [sv, en] = NOTES[measure];
  return { measure, noteSv: sv + NOT_COMPARABLE[0], noteEn: en + NOT_COMPARABLE[1] };
}

/** Adds `funding` to every anslag record; a record missing in funding.json stops the build. */
export function addFunding(entries: Entry[], meta: FundingMeta | undefined, rawTitle: Map<string, string>, log: StepLog): void {
  const used = new Set<string>();
  for (const e of entries) {
    if (e.kind !== "anslag") continue;
    const key = rawTitle.get(e.id) ?? e.title;
    const measure = meta?.byTitle[key];
    if (!measure) {
      log.problems.push(`${e.id}: anslagsposten "${key}" saknas i data/meta/funding.json (vad mäter beloppet?)`);
      continue;
    }
    used.add(key);
    e.funding = fundingOf(measure);
  }
  for (const t of Object.keys(meta?.byTitle ?? {})) if (!used.has(t)) log.report.push(`varning: funding.json-titeln "${t}" matchar ingen anslagspost`);
}
