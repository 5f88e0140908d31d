/**
 * Step: documented corrections from data/meta/corrections.json (a qualifier the raw file got wrong, the period a
 * record's figures are for, a primary page that confirms a value first read from a mirror). Pure.
 */
import type { Entry, EntryPeriod, IndicatorValue } from "../../schema";
import type { SourceTypeRules } from "./source-type";
import { typedSource } from "./source-type";
import type { StepLog } from "../types";

export type EntryCorrection = {
  reason: string;
  year?: number | null;
  period?: EntryPeriod;
  summaryAppend?: string;
  actor?: string;
  figures?: Record<string, { label?: string; qualifier?: string; text?: string }>;
  /** A primary page that says the same as a news-list or mirror page the record was first read from. */
  source?: { url: string; title: string; note?: string };
};
export type ValueCorrection = { reason: string; url: string; title: string; note?: string };
export type Corrections = { entries?: Record<string, EntryCorrection>; values?: Record<string, ValueCorrection> };

export function applyEntryCorrections(entries: Entry[], rawTitle: Map<string, string>, c: Corrections | undefined, log: StepLog, rules?: SourceTypeRules): void {
  const fixes = c?.entries ?? {};
  const used = new Set<string>();
  for (const e of entries) {
    const key = rawTitle.get(e.id) ?? e.title;
    const fix = fixes[key];
    if (!fix) continue;
    used.add(key);
    if (fix.year !== undefined) e.year = fix.year;
    if (fix.period) e.period = fix.period;
    if (fix.summaryAppend) e.summary = `${e.summary} ${fix.summaryAppend}`;
    if (fix.actor) e.actor = fix.actor;
    if (fix.source) e.source = typedSource(rules, fix.source, "entry");
    for (const [label, f] of Object.entries(fix.figures ?? {})) {
      const fig = e.figures.find((x) => x.label === label);
      if (!fig) {
        log.problems.push(`corrections.json: "${key}" har ingen siffra "${label}"`);
        continue;
      }
      if (f.label) fig.label = f.label;
      if (f.qualifier) fig.qualifier = f.qualifier;
      if (f.text) fig.text = f.text;
    }
    log.report.push(`rättelse: ${e.id} – ${fix.reason}`);
  }
  for (const k of Object.keys(fixes)) if (!used.has(k)) log.problems.push(`corrections.json: posten "${k}" finns inte`);
}

export function applyValueCorrections(values: IndicatorValue[], c: Corrections | undefined, rules: SourceTypeRules | undefined, log: StepLog): void {
  const fixes = c?.values ?? {};
  const byKey = new Map(values.map((v) => [`${v.indicator}|${v.region}|${v.period}`, v]));
  for (const [key, fix] of Object.entries(fixes)) {
    const v = byKey.get(key);
    if (!v) {
      log.problems.push(`corrections.json: värdet "${key}" finns inte`);
      continue;
    }
    v.source = typedSource(rules, { url: fix.url, title: fix.title, note: fix.note }, "value");
    // The value's own note said where it was first read ("via spegelsida"); the source note now says it.
    if (v.note && /spegel/i.test(v.note)) delete v.note;
    log.report.push(`rättelse: ${key} – ${fix.reason}`);
  }
}
