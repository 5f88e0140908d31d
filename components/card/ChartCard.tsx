import { Activity, type ReactNode } from "react";
import { SOURCE_TYPE_LABELS } from "@/lib/labels";
import type { Source } from "@/lib/schema";
import type { ExportTable } from "@/lib/export/types";
import { translator, type Lang } from "@/lib/i18n";
import { InSwedish } from "../layout/InSwedish";
import { SortableTable, type TableColumn, type TableRow } from "../table/SortableTable";
import { ChartActions } from "../export/ChartActions";
import { ExportHost } from "../export/ExportHost";

export type ChartTable = { caption: string; columns: TableColumn[]; rows: TableRow[]; initialSort?: { id: string; desc: boolean } };

/**
 * A caveat under a chart. A plain string is written in the page's language; `{ sv }` is text from the dataset that
 * exists only in Swedish (a value's note, a source's caveat): the English UI marks it "(in Swedish)".
 */
export type Note = string | { sv: string };

/** A note as plain text for the downloads: `{ sv }` notes get " (in Swedish)" in English exports. */
export function noteText(note: Note, lang: Lang): string {
  if (typeof note === "string") return note;
  return lang === "en" ? `${note.sv} (in Swedish)` : note.sv;
}

/**
 * Every chart looks like this: title, subtitle (unit, period, selection), the chart, a one-sentence description
 * (also the chart's accessible description), source and caveats, and the same data as a table.
 */
export function ChartCard({ id, title, subtitle, description, sources, credit, notes = [], table, children, level = 2, exportName, embedPath, embedHeight, linkParams = [], data, lang }: {
  /** Unique on the page: the card's anchor (`#id`, what "Kopiera länk" and the view forms point to); every id inside derives from it. */
  id: string;
  title: string;
  subtitle: string;
  description: string;
  /** Source titles are Swedish document names in both languages. */
  sources: Source[];
  /** Credit line as the source asks for it, e.g. "Källa: SCB (via Regionfakta)"; in the page's language. */
  credit?: string;
  notes?: Note[];
  table: ChartTable;
  children: ReactNode;
  level?: 2 | 3;
  /** Parts of the download file names: regionlaget-<page>-<selection>-<year>.png */
  exportName?: { page: string; selection?: string; year?: string };
  /** The chart's /embed route with the same view parameters, without language prefix ("/embed/karta"). */
  embedPath?: string;
  /** The query parameters this chart depends on: "Kopiera länk" keeps only these (and adds `#id`). */
  linkParams?: string[];
  /** Fallback height of the embed frame (lib/export/embed.ts embedFallbackHeight). */
  embedHeight?: number;
  /** Tidy data for the downloads (lib/export/tidy.ts); the table twin when not given. */
  data?: ExportTable;
  lang: Lang;
}) {
  const t = translator(lang);
  const H = level === 2 ? "h2" : "h3";
  return (
    <section id={id} className="chart-card" aria-labelledby={`${id}-title`} data-chart-id={id}>
      <H id={`${id}-title`}>{title}</H>
      <p className="subtitle">{subtitle}</p>
      <figure role="figure" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} style={{ margin: 0 }}>
        <Activity mode="visible"><ExportHost id={id}>{children}</ExportHost></Activity>
        <figcaption id={`${id}-desc`} className="description">{description}</figcaption>
      </figure>
      <details>
        <summary>{t("Visa som tabell", "Show as table")}</summary>
        {/* Activity boundaries let React hydrate each card's islands separately, in short tasks, not one long one
            (a Suspense boundary would do that too, but React streams large ones out of order: hidden until a script
            reveals them). */}
        <Activity mode="visible">
          <SortableTable {...table} lang={lang} />
        </Activity>
      </details>
      <footer>
        {credit ? <p>{credit}</p> : null}
        <p>
          {credit ? t("Hämtat från:", "Retrieved from:") : t("Källa:", "Source:")}{" "}
          {sources.map((s, i) => (
            <span key={s.url + i}>
              {i > 0 ? "; " : ""}
              {/* Source titles are Swedish document names: marked as Swedish in the English UI. */}
              <a href={s.url} rel="noopener noreferrer" lang={lang === "sv" ? undefined : "sv"}>{s.title}</a>
              {s.type ? <>{" "}<span className={`source-type source-type-${s.type}`}>{SOURCE_TYPE_LABELS[s.type][lang]}</span></> : null}
            </span>
          ))}
        </p>
        {notes.map((n, i) => (
          <p key={i}>
            {t("Obs:", "Note:")} {typeof n === "string" ? n : <InSwedish lang={lang}>{n.sv}</InSwedish>}
          </p>
        ))}
      </footer>
      <Activity mode="visible">
      <ChartActions
        cardId={id} title={title} subtitle={subtitle} description={description} sources={sources} credit={credit}
        notes={notes.map((n) => noteText(n, lang))} table={table} page={exportName?.page ?? id} selection={exportName?.selection} year={exportName?.year}
        embedPath={embedPath} embedHeight={embedHeight} linkParams={linkParams} data={data} lang={lang}
      />
      </Activity>
    </section>
  );
}
