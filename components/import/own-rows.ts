/** Messages between OwnDataPanel and import.worker.ts, and the plain rows the worker returns. Pure. */
import type { MetaInput } from "@/lib/data-pipeline/normalize";
import type { DataRow } from "@/lib/derive/table-rows";

export type WorkerRequest = { name: string; bytes: ArrayBuffer; meta: MetaInput; date: string };
/** A DataRow without the display labels and the search text (added on the main thread from the page's options). */
export type OwnRow = Omit<DataRow, "regionLabel" | "themeLabel" | "haystack">;
export type WorkerMessage =
  | { type: "progress"; percent: number; stage: string }
  | { type: "errors"; errors: string[] }
  | { type: "done"; rows: DataRow[]; chars: number };

export function withLabels(r: OwnRow, regionLabel: string, themeLabel: string): DataRow {
  return {
    ...r, regionLabel, themeLabel,
    haystack: [regionLabel, themeLabel, r.kind, r.title, r.summary, r.figures, r.actor ?? "", r.sourceTitle, r.year ?? ""].join(" ").toLocaleLowerCase("sv-SE"),
  };
}
