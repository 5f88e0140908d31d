/** The 21 regional development strategies on one time axis: the card's words, table twin and the bars' labels. */
import { periodText, timelineDescription, type Timeline, type TimelineRow } from "../derive/strategy-timeline";
import { href, missingText, translator, type Lang } from "../i18n";
import type { CardModel } from "./types";

/** The label after a bar: "2018–2050, reviderad 2022", "2021– (tidshorisont saknas)". */
export function timelineLabel(r: TimelineRow, lang: Lang): string {
  const t = translator(lang);
  const p = periodText(r);
  const rev = r.revisions.length ? t(`, reviderad ${r.revisions.join(", ")}`, `, revised ${r.revisions.join(", ")}`) : "";
  if (p === null) return missingText(lang);
  if (r.adopted === null) return `${p} (${t("antagen: uppgift saknas", "adopted: not available")})`;
  if (r.horizon === null) return `${p}${rev} (${t("tidshorisont saknas", "no time horizon")})`;
  return p + rev;
}

/** The short label on a phone: "2018–2050 ◆2022". */
export function timelineShortLabel(r: TimelineRow, lang: Lang): string {
  const p = periodText(r) ?? missingText(lang);
  return r.revisions.length ? `${p} ◆${r.revisions.join(", ")}` : p;
}

/** The drawing is the timeline itself (components/strategies/StrategyTimelineCard). */
export function strategyTimelineCard(tl: Timeline, lang: Lang): CardModel<Timeline> {
  const t = translator(lang);
  const MISSING = missingText(lang);
  const year = (y: number | null) => (y === null ? { t: MISSING, v: null } : { t: String(y), v: y });
  return {
    id: "strategier-tidslinje",
    title: t("Regionernas utvecklingsstrategier: antagen och tidshorisont", "The regions' development strategies: adopted and time horizon"),
    subtitle: t(`År, ${tl.from}–${tl.to}. En stapel per region, från året strategin antogs till dess tidshorisont; ◆ = reviderad.`, `Years, ${tl.from}–${tl.to}. One bar per region, from the year the strategy was adopted to its time horizon; ◆ = revised.`),
    description: timelineDescription(tl, lang),
    sources: tl.rows.map((r) => r.source),
    notes: [t(
      "Årtalen är strategiernas egna uppgifter. En punkt betyder att bara ett av åren finns i källan; en ring att bara tidshorisonten finns.",
      "The years are the strategies' own. A dot means only the year adopted is in the source; a ring that only the time horizon is.",
    )],
    table: {
      caption: t("Regionala utvecklingsstrategier: antagen, reviderad och tidshorisont", "Regional development strategies: adopted, revised and time horizon"),
      columns: [
        { id: "region", label: "Region" },
        { id: "strategy", label: t("Strategi", "Strategy") },
        { id: "adopted", label: t("Antagen", "Adopted"), numeric: true },
        { id: "revised", label: t("Reviderad", "Revised") },
        { id: "horizon", label: t("Tidshorisont", "Time horizon"), numeric: true },
        { id: "source", label: t("Källa", "Source") },
      ],
      rows: tl.rows.map((r) => ({
        id: r.region,
        cells: {
          region: { t: r.organisation, v: r.regionName, href: href(lang, `/regioner/${r.region}`) },
          strategy: { t: r.strategy, v: r.strategy },
          adopted: year(r.adopted),
          revised: r.revisions.length ? { t: r.revisions.join(", "), v: r.revisions[0] } : { t: "–", v: null },
          horizon: year(r.horizon),
          source: { t: r.source.title, v: r.source.title, href: r.source.url },
        },
      })),
    },
    fileName: { page: "regioner", selection: "strategier" },
    linkParams: [],
    chart: tl,
  };
}
