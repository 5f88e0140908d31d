/** Step: the dataset's list of distinct sources (url + title), in the order entries → indicators → values. Pure. */
import type { Entry, Indicator, IndicatorValue, Source } from "../../schema";

export function collectSources(entries: Entry[], indicators: Indicator[], values: IndicatorValue[]): Source[] {
  const out: Source[] = [];
  const seen = new Set<string>();
  const add = (s: Source) => {
    const k = `${s.url}\u0000${s.title}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(s);
    }
  };
  entries.forEach((e) => add(e.source));
  indicators.forEach((i) => add(i.source));
  values.forEach((v) => add(v.source));
  return out;
}
