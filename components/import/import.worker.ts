/**
 * Parses and validates the user's own file off the main thread, so a large file never freezes the page.
 * Receives WorkerRequest, posts progress, then either every error or the accepted rows. Cancel = worker.terminate().
 */
import { parseImport } from "@/lib/data-pipeline/import";
import { normaliseImportedEntry } from "@/lib/data-pipeline/normalize";
import { figureText, type DataRow } from "@/lib/derive/table-rows";
import { NATIONAL_CODE } from "@/lib/schema";
import { translator } from "@/lib/i18n";
import { withLabels, type WorkerMessage, type WorkerRequest } from "./own-rows";

const post = (m: WorkerMessage) => (self as unknown as { postMessage(m: WorkerMessage): void }).postMessage(m);

self.onmessage = (ev: MessageEvent<WorkerRequest>) => {
  const { name, bytes, meta, date, lang = "sv" } = ev.data;
  const t = translator(lang);
  try {
    post({ type: "progress", percent: 10, stage: t("Läser filen", "Reading the file") });
    const file = { name, bytes: new Uint8Array(bytes) };
    post({ type: "progress", percent: 40, stage: t("Kontrollerar raderna", "Checking the rows") });
    const res = parseImport({ kind: "entries", file, meta, date });
    if (!res.ok) {
      post({ type: "progress", percent: 100, stage: t("Klart", "Done") });
      post({ type: "errors", errors: res.errors });
      return;
    }
    post({ type: "progress", percent: 90, stage: t("Förbereder tabellen", "Preparing the table") });
    const ctx = { regionCodes: new Set(meta.regions.map((r) => r.code)), themeSlugs: new Set(meta.themes.map((th) => th.slug)), sourceTypes: meta.sourceTypes };
    // Same labels as the published table (lib/records-table-data dataRows: organisation, theme name in the page's language);
    // done here so the page never stalls.
    const regionLabel = new Map(meta.regions.map((r) => [r.code, r.organisation]));
    regionLabel.set(NATIONAL_CODE, t("Alla regioner", "All regions"));
    const themeLabel = new Map(meta.themes.map((th) => [th.slug, lang === "en" ? th.nameEn : th.nameSv]));
    const rows: DataRow[] = [];
    let chars = 0;
    const errors: string[] = [];
    for (const { rec, label } of res.value.entries) {
      const { entry, issues } = normaliseImportedEntry(rec, ctx);
      if (!entry) {
        errors.push(...issues.map((i) => `${label}: ${i.message}`));
        continue;
      }
      const row = withLabels({
        id: entry.id, region: entry.region, theme: entry.theme, kind: entry.kind, title: entry.title, summary: entry.summary,
        figures: entry.figures.map(figureText).join("; "), year: entry.year, period: entry.period, actor: entry.actor ?? null,
        sourceUrl: entry.source.url, sourceTitle: entry.source.title, sourceType: entry.source.type,
      }, regionLabel.get(entry.region) ?? entry.region, themeLabel.get(entry.theme) ?? entry.theme, lang);
      chars += row.haystack.length * 2 + row.id.length + row.sourceUrl.length + 200;
      rows.push(row);
    }
    post({ type: "progress", percent: 100, stage: t("Klart", "Done") });
    post(errors.length ? { type: "errors", errors } : { type: "done", rows, chars });
  } catch (e) {
    post({ type: "errors", errors: [`filen kunde inte läsas: ${(e as Error).message}`] });
  }
};
