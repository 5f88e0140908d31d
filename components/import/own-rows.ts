/** Messages between OwnDataPanel and import.worker.ts, and the plain rows the worker returns. Pure. */
import type { MetaInput } from "@/lib/data-pipeline/normalize";
import { searchText, type DataRow } from "@/lib/derive/table-rows";
import type { Lang } from "@/lib/i18n";

/** `lang` is the page's language: it decides the theme names in the rows and the progress texts. */
export type WorkerRequest = { name: string; bytes: ArrayBuffer; meta: MetaInput; date: string; lang: Lang };
/** A DataRow without the display labels and the search text (added on the main thread from the page's options). */
export type OwnRow = Omit<DataRow, "regionLabel" | "themeLabel" | "haystack">;
export type WorkerMessage =
  | { type: "progress"; percent: number; stage: string }
  | { type: "errors"; errors: string[] }
  | { type: "done"; rows: DataRow[]; chars: number };

export function withLabels(r: OwnRow, regionLabel: string, themeLabel: string, lang: Lang = "sv"): DataRow {
  const row = { ...r, regionLabel, themeLabel };
  return { ...row, haystack: searchText(row, lang) };
}
