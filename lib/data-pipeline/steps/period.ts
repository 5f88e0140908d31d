/**
 * Step: when a record applies. A strategy, plan or programme with a stated span is "in force" over it (adopted 2019
 * with horizon 2030 → i-kraft 2019–2030); other records with a span in the title were carried out over it
 * ("period"); the rest are about the year the source gives ("ar"). Never guessed: no year → from/to null. Pure.
 */
import type { Entry, EntryPeriod } from "../../schema";
import { strategyYears } from "./strategies";

const RANGE = /(?<!\d)((?:19|20)\d{2})\s*[–-]\s*((?:19|20)\d{2})(?!\d)/;
const PERIOD_LABELS = ["tidsperiod", "period", "programperiod", "projektperiod", "planperiod"];
const IN_FORCE_WORDS = /strategi|plan\b|planen|program|överenskommelse|avsiktsförklaring|handlingsplan|färdplan/i;

function span(e: Pick<Entry, "title" | "figures">): [number, number] | null {
  const fig = e.figures.find((f) => PERIOD_LABELS.includes(f.label.toLowerCase()));
  const m = RANGE.exec(e.title) ?? (fig ? RANGE.exec(fig.text) : null);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return b >= a ? [a, b] : null;
}

export function entryPeriod(e: Pick<Entry, "kind" | "title" | "figures" | "year">): EntryPeriod {
  const s = span(e);
  const isInForce = e.kind === "strategi" || IN_FORCE_WORDS.test(e.title);
  if (isInForce) {
    if (s) return { kind: "i-kraft", from: s[0], to: s[1] };
    const { adopted, horizon } = strategyYears(e);
    const from = adopted ?? e.year;
    if (horizon !== null && (from === null || horizon >= from)) return { kind: "i-kraft", from, to: horizon };
  } else if (s) return { kind: "period", from: s[0], to: s[1] };
  return { kind: "ar", from: e.year, to: e.year };
}
