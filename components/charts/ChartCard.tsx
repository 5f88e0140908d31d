import type { ReactNode } from "react";
import type { Source } from "@/lib/schema";
import { SortableTable, type TableColumn, type TableRow } from "../table/SortableTable";
import { ChartActions } from "../export/ChartActions";

export type ChartTable = { caption: string; columns: TableColumn[]; rows: TableRow[]; initialSort?: { id: string; desc: boolean } };

/**
 * Every chart looks like this: title, subtitle (unit, period, selection), the chart, a one-sentence description
 * (also the chart's accessible description), source and caveats, and the same data as a table.
 */
export function ChartCard({ id, title, subtitle, description, sources, credit, notes = [], table, children, level = 2, exportName, embedPath }: {
  id: string;
  title: string;
  subtitle: string;
  description: string;
  sources: Source[];
  /** Credit line as the source asks for it, e.g. "Källa: SCB (via Regionfakta)". */
  credit?: string;
  notes?: string[];
  table: ChartTable;
  children: ReactNode;
  level?: 2 | 3;
  /** Parts of the download file names: regionlaget-<page>-<selection>-<year>.png */
  exportName?: { page: string; selection?: string; year?: string };
  /** The chart's /embed route with the same view parameters. */
  embedPath?: string;
}) {
  const H = level === 2 ? "h2" : "h3";
  return (
    <section className="chart-card" aria-labelledby={`${id}-title`} data-chart-id={id}>
      <H id={`${id}-title`}>{title}</H>
      <p className="subtitle">{subtitle}</p>
      <figure role="figure" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} style={{ margin: 0 }}>
        {children}
        <figcaption id={`${id}-desc`} className="description">{description}</figcaption>
      </figure>
      <details>
        <summary>Visa som tabell</summary>
        <SortableTable {...table} />
      </details>
      <footer>
        {credit ? <p>{credit}</p> : null}
        <p>
          {credit ? "Hämtat från:" : "Källa:"}{" "}
          {sources.map((s, i) => (
            <span key={s.url + i}>
              {i > 0 ? "; " : ""}
              <a href={s.url} rel="noopener noreferrer">{s.title}</a>
            </span>
          ))}
        </p>
        {notes.map((n, i) => (
          <p key={i}>Obs: {n}</p>
        ))}
      </footer>
      <ChartActions
        cardId={id} title={title} subtitle={subtitle} description={description} sources={sources} credit={credit}
        notes={notes} table={table} page={exportName?.page ?? id} selection={exportName?.selection} year={exportName?.year}
        embedPath={embedPath}
      />
    </section>
  );
}
