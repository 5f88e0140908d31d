/**
 * Step: indicator CSV rows (and imported values) → values. Checks unit, region, period, number format, source title
 * and vintage; merges identical duplicates and stops on conflicting ones. Pure.
 */
import { NATIONAL_CODE, type IndicatorValue } from "../../schema";
import { cleanText, periodLabel } from "../text";
import { INDICATOR_COLUMNS, type BuildInput, type MetaInput, type StepLog } from "../types";
import { typedSource } from "./source-type";

export type ValuesOut = { values: IndicatorValue[]; nonFragmentRows: Set<string> };

export function buildValues(input: BuildInput, M: MetaInput, regionCodes: Set<string>, log: StepLog): ValuesOut {
  const { problems, report } = log;
  const metaById = new Map(M.indicators.map((m) => [m.id, m]));
  const valueMap = new Map<string, { v: IndicatorValue; where: string; imported: boolean }>();
  /** Indicators with at least one row NOT marked FRAGMENT in source_note. */
  const nonFragmentRows = new Set<string>();
  let duplicatesMerged = 0;
  const valueFiles = [
    ...input.indicatorFiles.map((f) => ({ ...f, imported: false })),
    ...(input.importedValues ? [{ ...input.importedValues, imported: true }] : []),
  ];
  for (const { file, rows, imported } of valueFiles) {
    rows.forEach((row, i) => {
      const where = `${file} rad ${i + 2}`;
      const missing = INDICATOR_COLUMNS.filter((c) => !(c in row));
      if (missing.length) {
        problems.push(`${where}: saknar kolumnerna ${missing.join(", ")}`);
        return;
      }
      const id = row.indicator_id.trim();
      const m = metaById.get(id);
      if (!m) {
        problems.push(`${where}: okänd indikator "${id}" (lägg till den i data/meta/indicators.json)`);
        return;
      }
      const unit = cleanText(row.unit);
      if (!m.sourceUnits.includes(unit)) {
        problems.push(`${where}: enheten "${unit}" för ${id} finns inte i sourceUnits (${m.sourceUnits.join(" | ")})`);
        return;
      }
      const region = row.region_code.trim();
      if (region !== NATIONAL_CODE && !regionCodes.has(region)) {
        problems.push(`${where}: okänd landskod "${region}"`);
        return;
      }
      const p = periodLabel(row.year);
      if (!p) {
        problems.push(`${where}: ogiltigt år/period "${row.year}"`);
        return;
      }
      const raw = row.value.trim();
      if (!/^-?\d+(\.\d+)?$/.test(raw)) {
        problems.push(`${where}: värdet "${row.value}" är inte ett tal med decimalpunkt`);
        return;
      }
      const url = row.source_url.trim();
      // Imported rows carry their own source title (and note); the source CSVs never have these columns.
      const title = (row.source_title ?? "").trim() || M.sourceTitles[url];
      if (!title) {
        problems.push(`${where}: källadressen ${url} saknar titel i data/meta/source-titles.json`);
        return;
      }
      const note = row.source_note;
      const mismatch = vintageMismatch(title, note);
      if (mismatch) {
        problems.push(`${where}: källtiteln "${title}" ${mismatch}`);
        return;
      }
      if (!/FRAGMENT/.test(note)) nonFragmentRows.add(id);
      const notes = (m.valueNotes ?? []).filter((r) => note.includes(r.when)).map((r) => r.note);
      if (cleanText(row.note ?? "")) notes.push(cleanText(row.note));
      const v: IndicatorValue = { indicator: id, region, year: p.year, period: p.period, value: Number(raw), source: typedSource(M.sourceTypes, { url, title }, "value") };
      if (notes.length) v.note = [...new Set(notes)].join(" ");
      const key = `${id}|${region}|${p.period}`;
      const prev = valueMap.get(key);
      if (prev && imported && !prev.imported) {
        valueMap.set(key, { v, where, imported });
        report.push(`import ersätter ${key}: ${prev.v.value} (${prev.where}) → ${v.value} (${where})`);
        return;
      }
      if (prev) {
        if (prev.v.value === v.value) {
          duplicatesMerged++;
          report.push(`samma värde två gånger: ${key} (${prev.where} och ${where}) – behåller det första`);
        } else {
          problems.push(`${where}: motstridigt värde för ${id} ${region} ${p.period}: ${v.value} mot ${prev.v.value} i ${prev.where} – lös det med en dokumenterad regel, välj inte tyst`);
        }
        return;
      }
      valueMap.set(key, { v, where, imported });
    });
  }
  const values = [...valueMap.values()].map((x) => x.v);
  const order = new Map(M.indicators.map((m, i) => [m.id, i]));
  values.sort((a, b) => order.get(a.indicator)! - order.get(b.indicator)! || a.region.localeCompare(b.region) || a.year - b.year || a.period.localeCompare(b.period));
  report.push(`värden: ${values.length} (${duplicatesMerged} identiska dubbletter sammanslagna)`);
  return { values, nonFragmentRows };
}

/**
 * A source title names the table's year and the page's update date ("… per invånare 2019 (…, uppdaterad
 * 2021-12-10)"); the raw row's note names the table it was read from ("tabell '… 2019. …', sidan uppdaterad
 * 2021-12-10"). When both say it, they must agree, so a title can never describe another vintage than the value.
 */
export function vintageMismatch(title: string, note: string): string | null {
  const updated = (s: string) => s.match(/uppdaterad (\d{4}-\d{2}-\d{2})/)?.[1];
  const [tu, nu] = [updated(title), updated(note)];
  if (tu && nu && tu !== nu) return `säger uppdaterad ${tu}, men raden lästes från sidan uppdaterad ${nu}`;
  const tableYear = note.match(/tabell '[^']*?\b((?:19|20)\d\d)\b/)?.[1];
  const titleYears = title.replace(/uppdaterad \d{4}-\d{2}-\d{2}/g, "").match(/\b(?:19|20)\d\d\b/g);
  if (tableYear && titleYears && !titleYears.includes(tableYear)) {
    return `nämner ${titleYears.join(", ")}, men raden lästes från tabellen för ${tableYear}`;
  }
  return null;
}
