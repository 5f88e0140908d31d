/** Step: the build report's tables – records per theme and region, indicator-years per indicator, source types. Pure. */
import { NATIONAL_CODE, type Dataset } from "../../schema";

export function coverageReport(d: Pick<Dataset, "regions" | "themes" | "entries" | "indicators" | "values" | "meta">): string[] {
  const lines: string[] = [];
  const count = new Map<string, number>();
  for (const e of d.entries) count.set(`${e.region}|${e.theme}`, (count.get(`${e.region}|${e.theme}`) ?? 0) + 1);
  const themeTotals = d.themes.map((t) => d.entries.filter((e) => e.theme === t.slug).length);
  lines.push(`poster per tema: ${d.themes.map((t, i) => `${t.slug} ${themeTotals[i]}`).join(", ")}`);
  lines.push(`poster per region och tema (kolumner: ${d.themes.map((t) => t.slug.slice(0, 5)).join(" ")}; . = tom):`);
  for (const r of [...d.regions, { code: NATIONAL_CODE, name: "Alla regioner" }]) {
    const cells = d.themes.map((t) => String(count.get(`${r.code}|${t.slug}`) ?? ".").padStart(5));
    const total = d.entries.filter((e) => e.region === r.code).length;
    lines.push(`  ${r.code} ${r.name.padEnd(16)}${cells.join(" ")}  = ${total}`);
  }
  lines.push("indikatorår per indikator (år med värde för alla 21 län markeras *):");
  for (const ind of d.indicators) {
    const years = new Map<string, number>();
    for (const v of d.values) if (v.indicator === ind.id && v.region !== NATIONAL_CODE) years.set(v.period, (years.get(v.period) ?? 0) + 1);
    const list = [...years].sort((a, b) => a[0].localeCompare(b[0])).map(([p, n]) => (n >= d.regions.length ? `${p}*` : `${p}(${n})`));
    lines.push(`  ${ind.id}: ${list.length} år – ${list.join(" ")}`);
  }
  const types = new Map<string, number>();
  for (const s of d.meta.sources) types.set(s.type, (types.get(s.type) ?? 0) + 1);
  lines.push(`källtyper: ${[...types].map(([t, n]) => `${t} ${n}`).join(", ")}`);
  return lines;
}
