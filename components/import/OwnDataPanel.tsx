"use client";
/**
 * "Öppna egen datafil" on /data: the user's own CSV/XLSX/JSON file of records is read and validated in the browser
 * (in a Web Worker; nothing is uploaded), errors are listed row by row, and a valid file replaces the published
 * table *on screen only* until "Tillbaka till publicerade data". The published dataset is never touched.
 */
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { DataExplorer } from "@/components/table/DataExplorer";
import { DEFAULT_DATA_VIEW, type DataViewState } from "@/lib/url-state";
import { fetchImportMeta } from "@/lib/data-pipeline/browser-meta";
import type { DataRow } from "@/lib/derive/table-rows";
import { LOCALE, translator, type Lang } from "@/lib/i18n";
import { formatNumber } from "@/lib/format";
import { NATIONAL_CODE } from "@/lib/kinds";
import { withLabels, type WorkerMessage, type WorkerRequest } from "./own-rows";

type Option = { value: string; label: string };
/** `lang`: the language the row labels were made in (missing in files stored before English existed: Swedish). */
type Own = { name: string; rows: DataRow[]; lang?: Lang };

/** Larger files are refused before reading (a 50 MB file is fine). */
export const MAX_OWN_FILE_BYTES = 60 * 1024 * 1024;
const STORAGE_KEY = "regionlaget:egen-datafil";
/** sessionStorage holds ~5 MB; larger tables live only until the page is reloaded. */
const MAX_STORED_CHARS = 4_500_000;

type Status =
  | { kind: "idle" }
  | { kind: "working"; name: string; percent: number | null; stage: string }
  | { kind: "errors"; name: string; errors: string[] }
  | { kind: "failed"; message: string };

const mb = (n: number, lang: Lang) => new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 }).format(n / 1048576);
const today = () => new Date().toISOString().slice(0, 10);

function readStored(): Own | null {
  try {
    const raw = sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const v = JSON.parse(raw) as Own;
    return typeof v?.name === "string" && Array.isArray(v.rows) ? v : null;
  } catch {
    return null;
  }
}

/**
 * The stored file is shared by /data and /en/data: rows labelled in the other language get the region and theme
 * names (and search text) of this page's language, from the page's own options.
 */
function relabel(own: Own, lang: Lang, regions: Option[], themes: Option[]): Own {
  if ((own.lang ?? "sv") === lang) return own;
  const region = new Map(regions.map((o) => [o.value, o.label]));
  region.set(NATIONAL_CODE, translator(lang)("Alla regioner", "All regions"));
  const theme = new Map(themes.map((o) => [o.value, o.label]));
  // withLabels writes a new search text over the old one.
  const rows = own.rows.map(({ regionLabel, themeLabel, ...r }) =>
    withLabels(r, region.get(r.region) ?? regionLabel, theme.get(r.theme) ?? themeLabel, lang));
  return { ...own, rows, lang };
}

export function OwnDataPanel({ regions, themes, lang, children }: {
  regions: Option[]; themes: Option[]; lang: Lang; children: ReactNode;
}) {
  const t = translator(lang);
  /** Swedish keeps its plain digits, exactly as before; English groups them ("1,234"). */
  const num = (n: number) => (lang === "en" ? formatNumber(n, 0, "en") : String(n));
  const inputId = useId();
  const helpId = useId();
  const [own, setOwn] = useState<Own | null>(null);
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const [view, setView] = useState<DataViewState>(DEFAULT_DATA_VIEW);
  const [stored, setStored] = useState(true);
  const worker = useRef<Worker | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const banner = useRef<HTMLDivElement>(null);

  // The own file survives a reload for the rest of the visit (sessionStorage), until "Tillbaka" clears it.
  useEffect(() => {
    const s = readStored();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- sessionStorage exists only after hydration
    if (s) setOwn(relabel(s, lang, regions, themes));
    // Only on mount: the page's language and options do not change while it is open.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => () => worker.current?.terminate(), []);

  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };

  const accept = (name: string, rows: DataRow[], chars: number) => {
    const next: Own = { name, rows, lang };
    let kept = false;
    try {
      // The worker's size estimate spares stringifying a huge table just to find that it does not fit.
      const json = chars <= MAX_STORED_CHARS * 1.5 ? JSON.stringify(next) : null;
      if (json && json.length <= MAX_STORED_CHARS) {
        sessionStorage.setItem(STORAGE_KEY, json);
        kept = true;
      } else sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      kept = false;
    }
    setStored(kept);
    setView(DEFAULT_DATA_VIEW);
    setOwn(next);
    setStatus({ kind: "idle" });
    requestAnimationFrame(() => banner.current?.focus());
  };

  async function open(file: File) {
    stop();
    if (file.size > MAX_OWN_FILE_BYTES) {
      setStatus({
        kind: "failed",
        message: t(
          `Filen ${file.name} är för stor (${mb(file.size, lang)} MB). Största tillåtna storlek är ${mb(MAX_OWN_FILE_BYTES, lang)} MB.`,
          `The file ${file.name} is too large (${mb(file.size, lang)} MB). The largest size allowed is ${mb(MAX_OWN_FILE_BYTES, lang)} MB.`,
        ),
      });
      return;
    }
    setStatus({ kind: "working", name: file.name, percent: null, stage: t("Öppnar filen", "Opening the file") });
    try {
      const [meta, bytes] = await Promise.all([fetchImportMeta(), file.arrayBuffer()]);
      const w = new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module" });
      worker.current = w;
      w.onmessage = (ev: MessageEvent<WorkerMessage>) => {
        if (worker.current !== w) return;
        const m = ev.data;
        if (m.type === "progress") setStatus({ kind: "working", name: file.name, percent: m.percent, stage: m.stage });
        else {
          stop();
          if (m.type === "errors") setStatus({ kind: "errors", name: file.name, errors: m.errors });
          else accept(file.name, m.rows, m.chars);
        }
      };
      w.onerror = (ev) => {
        if (worker.current !== w) return;
        stop();
        setStatus({ kind: "failed", message: t(`Filen kunde inte läsas: ${ev.message || "okänt fel"}`, `The file could not be read: ${ev.message || "unknown error"}`) });
      };
      const req: WorkerRequest = { name: file.name, bytes, meta, date: today(), lang };
      w.postMessage(req, [bytes]);
    } catch (e) {
      stop();
      const detail = (e as Error).message;
      setStatus({ kind: "failed", message: t(`Filen kunde inte läsas: ${detail}`, `The file could not be read: ${detail}`) });
    }
  }

  const cancel = () => {
    stop();
    setStatus({ kind: "failed", message: t("Inläsningen avbröts.", "Reading the file was cancelled.") });
    if (input.current) input.current.value = "";
  };

  const back = () => {
    stop();
    try {
      sessionStorage.removeItem(STORAGE_KEY);
    } catch {
      /* storage unavailable: nothing to clear */
    }
    setOwn(null);
    setStatus({ kind: "idle" });
    if (input.current) input.current.value = "";
  };

  const years = useMemo(
    () => [...new Set((own?.rows ?? []).map((r) => r.year).filter((y): y is number => y !== null))].sort((a, b) => b - a),
    [own],
  );

  const working = status.kind === "working";
  const percent = (p: number) => (lang === "en" ? `${p}%` : `${p} %`);
  const liveText = working ? `${status.stage}${status.percent !== null ? ` – ${percent(status.percent)}` : ""}` : "";

  return (
    <>
      {/* The own-file box is a secondary action: under the table, not between the page's heading and its data. */}
      {own ? (
        <>
          <div ref={banner} tabIndex={-1} className="notice" aria-labelledby={`${inputId}-own`}>
            {lang === "en" ? (
              <p id={`${inputId}-own`}>
                <strong>You are looking at your own file: {own.name} ({num(own.rows.length)} {own.rows.length === 1 ? "record" : "records"}).</strong>{" "}
                The published dataset is unchanged.
              </p>
            ) : (
              <p id={`${inputId}-own`}>
                <strong>Du tittar på din egen fil: {own.name} ({own.rows.length} poster).</strong> Den publicerade datamängden är oförändrad.
              </p>
            )}
            {stored ? null : (
              <p className="small">
                {t(
                  "Filen är för stor för att sparas under besöket; den försvinner om du laddar om sidan.",
                  "The file is too large to keep for the rest of your visit; it will be gone if you reload the page.",
                )}
              </p>
            )}
            <p>
              <button type="button" className="btn" onClick={back}>{t("Tillbaka till publicerade data", "Back to the published data")}</button>
            </p>
          </div>
          <DataExplorer
            rows={own.rows}
            regions={regions}
            themes={themes}
            years={years}
            caption={t(`Din egen fil: ${own.name}`, `Your own file: ${own.name}`)}
            lang={lang}
            state={view}
            onChange={setView}
          />
        </>
      ) : (
        children
      )}

      <section className="card no-print needs-js" aria-labelledby={`${inputId}-h`} style={{ margin: "2rem 0 1.5rem" }}>
        <h2 id={`${inputId}-h`} style={{ fontSize: "1.15rem" }}>{t("Utforska din egen fil", "Explore your own file")}</h2>
        {lang === "en" ? (
          <p id={helpId} className="small">
            Explore a file of your own records (CSV, XLSX or JSON) in the same table. The file is read only in your browser and is
            sent nowhere. The columns are the same as in the template, which is in <code>data/templates</code> in the project’s
            source code; like the dataset, the template is in Swedish (column names, themes and kinds). Largest file size:{" "}
            {mb(MAX_OWN_FILE_BYTES, lang)} MB.
          </p>
        ) : (
          <p id={helpId} className="small">
            Utforska en egen fil med poster (CSV, XLSX eller JSON) i samma tabell. Filen läses bara i din webbläsare och skickas
            ingenstans. Kolumnerna är desamma som i mallen – mallen finns i <code>data/templates</code> i projektets källkod.
            Största filstorlek: {mb(MAX_OWN_FILE_BYTES, lang)} MB.
          </p>
        )}
        <div className="field">
          <label htmlFor={inputId}>{t("Öppna egen datafil", "Open your own data file")}</label>
          <input
            ref={input}
            id={inputId}
            type="file"
            accept=".csv,.xlsx,.json,.txt"
            aria-describedby={helpId}
            disabled={working}
            onChange={(e) => {
              const f = e.target.files?.[0];
              if (f) void open(f);
            }}
          />
        </div>

        <div role="status" aria-live="polite" aria-atomic="true" className="small">
          {working ? <span>{t("Läser din fil", "Reading your file")}: {liveText}</span> : null}
        </div>
        {working ? (
          <div style={{ display: "flex", gap: "0.75rem", alignItems: "center", marginTop: "0.4rem" }}>
            <progress max={100} value={status.percent ?? undefined} aria-label={t(`Inläsning av ${status.name}`, `Reading ${status.name}`)} style={{ flex: "1 1 12rem" }} />
            <button type="button" className="btn" onClick={cancel}>{t("Avbryt", "Cancel")}</button>
          </div>
        ) : null}

        {status.kind === "failed" ? <p className="notice" role="alert">{status.message}</p> : null}
        {status.kind === "errors" ? (
          <div className="notice" role="alert">
            {lang === "en" ? (
              <>
                <h3 style={{ marginTop: 0 }}>
                  The file has {num(status.errors.length)} {status.errors.length === 1 ? "error" : "errors"}
                </h3>
                <p>
                  {status.name} is not shown. Correct the rows below and open the file again (row 1 is the header row).
                  {own ? "" : " The table above still shows the published data."} Error messages are in Swedish
                  (“rad” is row, “kolumn” is column).
                </p>
              </>
            ) : (
              <>
                <h3 style={{ marginTop: 0 }}>Filen har {status.errors.length} fel</h3>
                <p>
                  {status.name} visas inte. Rätta raderna nedan och öppna filen igen (rad 1 är rubrikraden).
                  {own ? "" : " Tabellen ovan visar fortfarande de publicerade uppgifterna."}
                </p>
              </>
            )}
            <ul lang={lang === "en" ? "sv" : undefined}>
              {status.errors.map((e, i) => <li key={i}>{e}</li>)}
            </ul>
          </div>
        ) : null}
      </section>

    </>
  );
}
