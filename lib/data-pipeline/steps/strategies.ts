/** Steps: one strategy per region (data/meta/strategies.json) and the smart-specialisation areas. Pure. */
import { NATIONAL_CODE, type Entry, type Figure, type Region, type SmartSpecialisation, type Strategy } from "../../schema";
import { cleanText, normaliseTitle } from "../text";
import type { StepLog } from "../types";

const ADOPTED_LABELS = ["antagen", "beslutad", "antagen (aktualiserad)", "beslutad (reviderad)"];
const HORIZON_LABELS = ["tidshorisont", "gäller till"];
const PERIOD_LABELS = ["tidsperiod"];

export function strategyYears(entry: Pick<Entry, "title" | "figures">): { adopted: number | null; horizon: number | null } {
  const byLabel = (labels: string[]) => entry.figures.find((f) => labels.includes(f.label.toLowerCase()));
  const asYear = (f: Figure | undefined) =>
    f && f.value !== null && Number.isInteger(f.value) && f.value >= 1900 && f.value <= 2100 ? f.value : null;
  const adopted = asYear(byLabel(ADOPTED_LABELS));
  let horizon = asYear(byLabel(HORIZON_LABELS));
  if (horizon === null) {
    const p = byLabel(PERIOD_LABELS);
    const m = p && /(\d{4})\s*[–-]\s*(\d{4})/.exec(p.text);
    if (m) horizon = Number(m[2]);
  }
  if (horizon === null) {
    const years = entry.title.match(/(?<!\d)(19|20|21)\d{2}(?!\d)/g);
    if (years) horizon = Number(years[years.length - 1]);
  }
  return { adopted, horizon };
}

export const SMART_TITLE = "smart specialisering – prioriterade områden";
const SMART_RE = /prioriterade områden för smart specialisering:\s*(.+?)\.(?=\s|$)/i;

/** "…prioriterade områden för smart specialisering: A; B; C. Mer text." → ["A","B","C"]; null when no list. */
export function parseSmartAreas(summary: string): string[] | null {
  const m = SMART_RE.exec(cleanText(summary));
  if (!m) return null;
  const areas = m[1].split(";").map((s) => s.trim()).filter(Boolean);
  return areas.length ? areas : null;
}

export function buildStrategies(regions: Region[], strategyIds: Record<string, string>, entries: Entry[], log: StepLog): Strategy[] {
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const regionCodes = new Set(regions.map((r) => r.code));
  const out: Strategy[] = [];
  for (const r of regions) {
    const id = strategyIds[r.code];
    if (!id) {
      log.problems.push(`strategies.json: region ${r.code} (${r.name}) saknar vald strategi`);
      continue;
    }
    const e = entryById.get(id);
    if (!e) {
      log.problems.push(`strategies.json["${r.code}"]: okänd post "${id}"`);
      continue;
    }
    if (e.region !== r.code || e.kind !== "strategi" || e.theme !== "regionala-utvecklingsstrategier") {
      log.problems.push(`strategies.json["${r.code}"]: "${id}" är inte en RUS-strategipost för region ${r.code}`);
      continue;
    }
    out.push({ region: r.code, name: e.title, ...strategyYears(e), entryId: e.id, source: e.source });
  }
  for (const code of Object.keys(strategyIds)) if (!regionCodes.has(code)) log.problems.push(`strategies.json: okänd landskod "${code}"`);
  return out;
}

export function buildSmartSpecialisation(entries: Entry[], log: StepLog): SmartSpecialisation[] {
  const out: SmartSpecialisation[] = [];
  for (const e of entries) {
    if (e.region === NATIONAL_CODE || normaliseTitle(e.title) !== normaliseTitle(SMART_TITLE)) continue;
    const areas = parseSmartAreas(e.summary);
    if (!areas) {
      log.report.push(`smart specialisering: ${e.id} har ingen lista över områden – ingen rad`);
      continue;
    }
    const count = e.figures.find((f) => f.label === "Antal områden");
    if (count && count.value !== areas.length) {
      log.problems.push(`entries[${entries.indexOf(e)}] (${e.id}): ${areas.length} områden i texten men figuren "Antal områden" säger ${count.text}`);
    }
    if (out.some((s) => s.region === e.region)) {
      log.problems.push(`${e.id}: region ${e.region} har redan en rad för smart specialisering`);
      continue;
    }
    out.push({ region: e.region, areas, entryId: e.id, source: e.source });
  }
  return out.sort((a, b) => a.region.localeCompare(b.region));
}
