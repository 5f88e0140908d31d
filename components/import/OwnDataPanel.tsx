"use client";
/**
 * "Öppna egen datafil" on /data: the user's own CSV/XLSX/JSON file of records is read and validated in the browser
 * (in a Web Worker; nothing is uploaded), errors are listed row by row, and a valid file replaces the published
 * table *on screen only* until "Tillbaka till publicerade data". The published dataset is never touched.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from "react";
import { DataExplorer } from "@/components/table/DataExplorer";
import { DEFAULT_DATA_VIEW, type DataViewState } from "@/lib/url-state";
import { fetchImportMeta } from "@/lib/data-pipeline/browser-meta";
import type { DataRow } from "@/lib/derive/table-rows";
import type { WorkerMessage, WorkerRequest } from "./own-rows";

type Option = { value: string; label: string };
type Own = { name: string; rows: DataRow[] };

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

const mb = (n: number) => new Intl.NumberFormat("sv-SE", { maximumFractionDigits: 1 }).format(n / 1048576);
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

export function OwnDataPanel({ regions, themes, children }: { regions: Option[]; themes: Option[]; children: ReactNode }) {
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
    if (s) setOwn(s);
  }, []);
  useEffect(() => () => worker.current?.terminate(), []);

  const stop = () => {
    worker.current?.terminate();
    worker.current = null;
  };

  const accept = useCallback((name: string, rows: DataRow[], chars: number) => {
    const next = { name, rows };
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
  }, []);

  async function open(file: File) {
    stop();
    if (file.size > MAX_OWN_FILE_BYTES) {
      setStatus({ kind: "failed", message: `Filen ${file.name} är för stor (${mb(file.size)} MB). Största tillåtna storlek är ${mb(MAX_OWN_FILE_BYTES)} MB.` });
      return;
    }
    setStatus({ kind: "working", name: file.name, percent: null, stage: "Öppnar filen" });
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
        setStatus({ kind: "failed", message: `Filen kunde inte läsas: ${ev.message || "okänt fel"}` });
      };
      const req: WorkerRequest = { name: file.name, bytes, meta, date: today() };
      w.postMessage(req, [bytes]);
    } catch (e) {
      stop();
      setStatus({ kind: "failed", message: `Filen kunde inte läsas: ${(e as Error).message}` });
    }
  }

  const cancel = () => {
    stop();
    setStatus({ kind: "failed", message: "Inläsningen avbröts." });
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
  const liveText = working ? `${status.stage}${status.percent !== null ? ` – ${status.percent} %` : ""}` : "";

  return (
    <>
      <section className="card no-print" aria-labelledby={`${inputId}-h`} style={{ margin: "1rem 0 1.5rem" }}>
        <h2 id={`${inputId}-h`} style={{ fontSize: "1.15rem" }}>Utforska din egen fil</h2>
        <p id={helpId} className="small">
          Utforska en egen fil med poster (CSV, XLSX eller JSON) i samma tabell. Filen läses bara i din webbläsare och skickas
          ingenstans. Kolumnerna är desamma som i mallen – mallen finns i <code>data/templates</code> i projektets källkod.
          Största filstorlek: {mb(MAX_OWN_FILE_BYTES)} MB.
        </p>
        <div className="field">
          <label htmlFor={inputId}>Öppna egen datafil</label>
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
          {working ? <span>Läser din fil: {liveText}</span> : null}
        </div>
        {working ? (
          <div style={{ display: "flex", gap: "0.75rem", alignItems: "center", marginTop: "0.4rem" }}>
            <progress max={100} value={status.percent ?? undefined} aria-label={`Inläsning av ${status.name}`} style={{ flex: "1 1 12rem" }} />
            <button type="button" className="btn" onClick={cancel}>Avbryt</button>
          </div>
        ) : null}

        {status.kind === "failed" ? <p className="notice" role="alert">{status.message}</p> : null}
        {status.kind === "errors" ? (
          <div className="notice" role="alert">
            <h3 style={{ marginTop: 0 }}>Filen har {status.errors.length} fel</h3>
            <p>
              {status.name} visas inte. Rätta raderna nedan och öppna filen igen (rad 1 är rubrikraden).
              {own ? "" : " Tabellen nedan visar fortfarande de publicerade uppgifterna."}
            </p>
            <ul>
              {status.errors.map((e, i) => <li key={i}>{e}</li>)}
            </ul>
          </div>
        ) : null}
      </section>

      {own ? (
        <>
          <div ref={banner} tabIndex={-1} className="notice" aria-labelledby={`${inputId}-own`}>
            <p id={`${inputId}-own`}>
              <strong>Du tittar på din egen fil: {own.name} ({own.rows.length} poster).</strong> Den publicerade datamängden är oförändrad.
            </p>
            {stored ? null : <p className="small">Filen är för stor för att sparas under besöket; den försvinner om du laddar om sidan.</p>}
            <p>
              <button type="button" className="btn" onClick={back}>Tillbaka till publicerade data</button>
            </p>
          </div>
          <DataExplorer
            rows={own.rows}
            regions={regions}
            themes={themes}
            years={years}
            caption={`Din egen fil: ${own.name}`}
            state={view}
            onChange={setView}
          />
        </>
      ) : (
        children
      )}
    </>
  );
}
