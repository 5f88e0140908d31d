/**
 * The 21 regional development strategies on one time axis: adopted → horizon, with revisions where the strategy's
 * record names one (a figure labelled "Reviderad" or "Uppdaterad" with a year). Pure: the dataset's parts are
 * parameters. A missing year stays missing (null), and is said so; nothing is estimated.
 */
import type { Entry, Region, Source, Strategy } from "../schema";

export type TimelineRow = {
  region: string;
  regionName: string;
  organisation: string;
  strategy: string;
  adopted: number | null;
  horizon: number | null;
  revisions: number[];
  source: Source;
};

export type Timeline = {
  rows: TimelineRow[];
  /** Axis from the first to the last year shown, rounded out to whole five-year steps. */
  from: number;
  to: number;
  ticks: number[];
};

const REVISION = /^(reviderad|uppdaterad)$/i;

/** Revision years named in a strategy record's figures, after its adoption year. */
export function revisionsOf(entry: Pick<Entry, "figures"> | undefined, adopted: number | null): number[] {
  if (!entry) return [];
  const years = entry.figures
    .filter((f) => REVISION.test(f.label.trim()) && f.value !== null && Number.isInteger(f.value) && f.value >= 1990 && f.value <= 2100)
    .map((f) => f.value as number)
    .filter((y) => adopted === null || y > adopted);
  return [...new Set(years)].sort((a, b) => a - b);
}

/** Adopted first (earliest at the top), then horizon, then name; strategies without an adoption year last. */
function compareRows(a: TimelineRow, b: TimelineRow): number {
  const ka = a.adopted ?? a.horizon ?? Infinity;
  const kb = b.adopted ?? b.horizon ?? Infinity;
  if ((a.adopted === null) !== (b.adopted === null)) return a.adopted === null ? 1 : -1;
  return ka - kb || (a.horizon ?? Infinity) - (b.horizon ?? Infinity) || a.regionName.localeCompare(b.regionName, "sv");
}

export function strategyTimeline(
  strategies: Strategy[],
  entries: Pick<Entry, "id" | "figures">[],
  regions: Pick<Region, "code" | "name" | "organisation">[],
  reportYear: number,
): Timeline {
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const rows = strategies
    .map((s): TimelineRow | null => {
      const r = regions.find((x) => x.code === s.region);
      if (!r) return null;
      return {
        region: s.region, regionName: r.name, organisation: r.organisation, strategy: s.name,
        adopted: s.adopted, horizon: s.horizon, revisions: revisionsOf(entryById.get(s.entryId), s.adopted), source: s.source,
      };
    })
    .filter((x): x is TimelineRow => x !== null)
    .sort(compareRows);
  const years = [reportYear, ...rows.flatMap((r) => [r.adopted, r.horizon, ...r.revisions]).filter((y): y is number => y !== null)];
  const from = Math.floor(Math.min(...years) / 5) * 5;
  const to = Math.ceil(Math.max(...years) / 5) * 5;
  const ticks: number[] = [];
  for (let y = from; y <= to; y += 5) ticks.push(y);
  return { rows, from, to, ticks };
}

/** "2018–2050", "2021–", "–2035", or null when neither year is known. */
export function periodText(r: Pick<TimelineRow, "adopted" | "horizon">): string | null {
  if (r.adopted === null && r.horizon === null) return null;
  return `${r.adopted ?? ""}–${r.horizon ?? ""}`;
}

/** The chart's one-sentence description (also its accessible description), in sv or en. */
export function timelineDescription(tl: Timeline, lang: "sv" | "en"): string {
  const both = tl.rows.filter((r) => r.adopted !== null && r.horizon !== null).length;
  const noAdopted = tl.rows.filter((r) => r.adopted === null).length;
  const noHorizon = tl.rows.filter((r) => r.horizon === null).length;
  const adopted = tl.rows.map((r) => r.adopted).filter((y): y is number => y !== null);
  const horizons = tl.rows.map((r) => r.horizon).filter((y): y is number => y !== null);
  const revised = tl.rows.filter((r) => r.revisions.length > 0).length;
  const n = tl.rows.length;
  const names = (pred: (r: TimelineRow) => boolean) => tl.rows.filter(pred).map((r) => r.regionName).join(", ");
  const first = adopted.length ? Math.min(...adopted) : null;
  const last = horizons.length ? Math.max(...horizons) : null;
  if (lang === "en") {
    return [
      `${n} strategies; ${both} state both the year adopted and the time horizon.`,
      first !== null ? `The earliest was adopted in ${first} (${names((r) => r.adopted === first)}), the furthest horizon is ${last} (${names((r) => r.horizon === last)}).` : "",
      revised ? `${revised} ${revised === 1 ? "was" : "were"} revised or updated after adoption.` : "",
      noAdopted || noHorizon ? `Not available in the sources: the year adopted for ${noAdopted}, the time horizon for ${noHorizon}.` : "",
    ].filter(Boolean).join(" ");
  }
  return [
    `${n} strategier; ${both} anger både antagandeår och tidshorisont.`,
    first !== null ? `Den tidigaste antogs ${first} (${names((r) => r.adopted === first)}), den längsta tidshorisonten är ${last} (${names((r) => r.horizon === last)}).` : "",
    revised ? `${revised} har reviderats eller uppdaterats efter att de antogs.` : "",
    noAdopted || noHorizon ? `Uppgift saknas i källorna om antagandeår för ${noAdopted} och om tidshorisont för ${noHorizon}.` : "",
  ].filter(Boolean).join(" ");
}
