/** Short, human-readable difference between two datasets (old may be missing). Pure. */
import type { Dataset } from "../schema";

/** JSON with object keys sorted, so key order never counts as a change. */
export function stableStringify(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableStringify).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stableStringify((v as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(v) ?? "null";
}

type Counts = { added: number; removed: number; changed: number };
const bump = (m: Map<string, Counts>, k: string, f: keyof Counts) => {
  const c = m.get(k) ?? { added: 0, removed: 0, changed: 0 };
  c[f]++;
  m.set(k, c);
};
const fmt = (m: Map<string, Counts>) =>
  [...m.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, c]) => `${k}: +${c.added} −${c.removed} ~${c.changed}`);

export function diffDatasets(oldD: Pick<Dataset, "entries" | "values" | "indicators"> | null, newD: Pick<Dataset, "entries" | "values" | "indicators">): string[] {
  if (!oldD) return [`ny datamängd: ${newD.entries.length} poster, ${newD.indicators.length} indikatorer, ${newD.values.length} värden`];
  const out: string[] = [];
  const byRegion = new Map<string, Counts>();
  const byTheme = new Map<string, Counts>();
  const oldE = new Map(oldD.entries.map((e) => [e.id, e]));
  const newE = new Map(newD.entries.map((e) => [e.id, e]));
  for (const [id, e] of newE) {
    const o = oldE.get(id);
    if (!o) {
      bump(byRegion, e.region, "added");
      bump(byTheme, e.theme, "added");
    } else if (stableStringify(o) !== stableStringify(e)) {
      bump(byRegion, e.region, "changed");
      bump(byTheme, e.theme, "changed");
    }
  }
  for (const [id, o] of oldE) {
    if (!newE.has(id)) {
      bump(byRegion, o.region, "removed");
      bump(byTheme, o.theme, "removed");
    }
  }
  const byInd = new Map<string, Counts>();
  const key = (v: Dataset["values"][number]) => `${v.indicator}|${v.region}|${v.period}`;
  const oldV = new Map(oldD.values.map((v) => [key(v), v]));
  const newV = new Map(newD.values.map((v) => [key(v), v]));
  for (const [k, v] of newV) {
    const o = oldV.get(k);
    if (!o) bump(byInd, v.indicator, "added");
    else if (stableStringify(o) !== stableStringify(v)) bump(byInd, v.indicator, "changed");
  }
  for (const [k, o] of oldV) if (!newV.has(k)) bump(byInd, o.indicator, "removed");
  const oldI = new Set(oldD.indicators.map((i) => i.id));
  const newI = new Set(newD.indicators.map((i) => i.id));
  const addedI = [...newI].filter((i) => !oldI.has(i));
  const removedI = [...oldI].filter((i) => !newI.has(i));

  if (byRegion.size === 0 && byInd.size === 0 && addedI.length === 0 && removedI.length === 0) return ["inga ändringar i poster eller värden jämfört med befintlig dataset.json"];
  if (byRegion.size) out.push("poster per region (+tillagda −borttagna ~ändrade):", ...fmt(byRegion).map((s) => "  " + s));
  if (byTheme.size) out.push("poster per tema:", ...fmt(byTheme).map((s) => "  " + s));
  if (addedI.length) out.push(`nya indikatorer: ${addedI.join(", ")}`);
  if (removedI.length) out.push(`borttagna indikatorer: ${removedI.join(", ")}`);
  if (byInd.size) out.push("värden per indikator:", ...fmt(byInd).map((s) => "  " + s));
  return out;
}

export function summarise(d: Pick<Dataset, "entries" | "values" | "indicators">): string {
  return `${d.entries.length} poster, ${d.indicators.length} indikatorer, ${d.values.length} värden`;
}
