/** What the ranked-bars card and the map card of one indicator and period share: the ranking, its words and its table. */
import type { Indicator, IndicatorValue, Region } from "../schema";
import { rankingFor, type RankedRow } from "../derive/indicators";
import { myRegionStanding } from "../derive/my-region";
import { uniqueSources } from "../derive/sources";
import { formatRank, formatValue } from "../format";
import { href, translator, type Lang } from "../i18n";
import { indicatorText } from "../indicator-text";
import type { ExportColumn, ExportRow } from "../export/types";

export type IndicatorCardInput = {
  indicator: Indicator;
  values: IndicatorValue[];
  regions: Pick<Region, "code" | "name">[];
  period: string;
  /** "My region": marked in the chart and table, and named first in the description. */
  highlight?: string | null;
  /**
   * Pages that do not read ?min (the static theme pages and overview): every region's "my region" sentence, for the
   * card to carry hidden and MyRegionCarry to show for the chosen one.
   */
  everyStanding?: boolean;
};

/** The ranking of the 21 län in `period`, with the formatter, sources and "my region" sentence both cards use. */
export function indicatorRanking({ indicator, values, regions, period, highlight, everyStanding }: IndicatorCardInput, lang: Lang) {
  const r = rankingFor(values, indicator.id, period, regions);
  const present = r.rows.filter((x) => x.value !== null);
  const sources = uniqueSources(present.map((x) => x.source));
  const standing = myRegionStanding(r, indicator, highlight, lang);
  const standings = everyStanding
    ? present.flatMap((x) => {
        const text = myRegionStanding(r, indicator, x.code, lang);
        return text ? [{ code: x.code, text: `${text}. ` }] : [];
      })
    : undefined;
  return {
    r,
    it: indicatorText(indicator, lang),
    present,
    fmt: (v: number | null) => formatValue(v, indicator.unit, indicator.decimals, lang),
    /** At most two sources; the indicator's own when no value has one. */
    sources: sources.length ? sources.slice(0, 2) : [indicator.source],
    /** "Västerbotten: 3,3 % (rang 21 av 21, lägst). " or "". */
    lead: standing ? `${standing}. ` : "",
    /** With everyStanding: that sentence for every region with a value. */
    standings,
    year: values.find((v) => v.indicator === indicator.id && v.period === period)?.year ?? null,
  };
}

/** The caption of both table twins: "Arbetslöshet 20–64 år 2022, per län (procent)". */
export function rankingCaption(name: string, period: string, unit: string, lang: Lang): string {
  return `${name} ${period}, ${translator(lang)("per län", "by county")} (${unit})`;
}

export function rankingColumns(lang: Lang): ExportColumn[] {
  const t = translator(lang);
  return [
    { id: "lan", label: t("Län", "County") },
    { id: "value", label: t("Värde", "Value"), numeric: true },
    { id: "rank", label: t("Rang", "Rank"), numeric: true },
  ];
}

/** One county's row: name (linked; "my region" said), value, "3 av 21". */
export function rankingRow(x: RankedRow, count: number, fmt: (v: number | null) => string, highlight: string | null | undefined, lang: Lang): ExportRow {
  const t = translator(lang);
  return {
    id: x.code,
    cells: {
      lan: { t: x.code === highlight ? `${x.name} (${t("min region", "my region")})` : x.name, v: x.name, href: href(lang, `/regioner/${x.code}`) },
      value: { t: fmt(x.value), v: x.value },
      rank: { t: formatRank(x.rank, count, lang), v: x.rank },
    },
  };
}
