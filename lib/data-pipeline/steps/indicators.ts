/** Step: indicator metadata + values → indicators (fragment flag computed). Pure. */
import { NATIONAL_CODE, type Indicator, type IndicatorValue } from "../../schema";
import type { MetaInput, StepLog } from "../types";
import { typedSource } from "./source-type";

export function buildIndicators(M: MetaInput, values: IndicatorValue[], nonFragmentRows: Set<string>, regionCount: number, log: StepLog): Indicator[] {
  const indicators: Indicator[] = M.indicators.map((m) => {
    const own = values.filter((v) => v.indicator === m.id);
    if (own.length === 0) log.report.push(`varning: indikatorn ${m.id} har inga värden`);
    const perPeriod = new Map<string, number>();
    own.forEach((v) => v.region !== NATIONAL_CODE && perPeriod.set(v.period, (perPeriod.get(v.period) ?? 0) + 1));
    const complete = [...perPeriod.values()].some((n) => n >= regionCount);
    // Fragment: forced in metadata, every row marked FRAGMENT in the source, or no period with all 21 län.
    // (disponibel_inkomst: 2015 and 2020 are complete; only its two 2021 rows are FRAGMENT → not a fragment,
    // those rows carry a value note instead.)
    const fragment = m.fragment === true || !nonFragmentRows.has(m.id) || !complete;
    return {
      id: m.id, nameSv: m.nameSv, nameEn: m.nameEn, shortSv: m.shortSv, unit: m.unit, unitEn: m.unitEn,
      decimals: m.decimals, direction: m.direction, definitionSv: m.definitionSv, definitionEn: m.definitionEn,
      themes: m.themes, source: typedSource(M.sourceTypes, m.source, "value"), credit: m.credit, notes: m.notes, fragment,
      seriesBreaks: m.seriesBreaks ?? [],
      ...(m.sumOfCounties ? { sumOfCounties: true } : {}),
    };
  });
  const fr = indicators.filter((i) => i.fragment);
  log.report.push(`indikatorer: ${indicators.length} (${fr.length} fragment: ${fr.map((i) => i.id).join(", ")})`);
  return indicators;
}
