import { Activity, type ReactNode } from "react";
import { SOURCE_TYPE_LABELS } from "@/lib/labels";
import { noteText, type CardModel } from "@/lib/cards/types";
import { packTable } from "@/lib/export/packed";
import { translator, type Lang } from "@/lib/i18n";
import { InSwedish } from "../layout/InSwedish";
import { SortableTable } from "../table/SortableTable";
import { ChartActions } from "../export/ChartActions";
import { ExportHost } from "../export/ExportHost";

/**
 * Every chart looks like this: title, subtitle (unit, period, selection), the chart, a one-sentence description
 * (also the chart's accessible description), source and caveats, and the same data as a table. The words and the
 * table come from the card's model (lib/cards/); this component only renders them.
 */
export function ChartCard({ model, children, level = 2, embedPath, linkParams, lang }: {
  /** Everything the card and its downloads show (lib/cards/types.ts). Its `id` is unique on the page: the card's anchor. */
  model: CardModel<unknown>;
  children: ReactNode;
  level?: 2 | 3;
  /** The chart's /embed route with the same view parameters, without language prefix; the model's when not given. */
  embedPath?: string;
  /** The query parameters this chart depends on on this page; the model's when not given. */
  linkParams?: string[];
  lang: Lang;
}) {
  const { id, title, subtitle, description, standings, sources, credit, notes, table, fileName, embedHeight, data } = model;
  const t = translator(lang);
  const H = level === 2 ? "h2" : "h3";
  return (
    <section id={id} className="chart-card" aria-labelledby={`${id}-title`} data-chart-id={id}>
      <H id={`${id}-title`}>{title}</H>
      <p className="subtitle">{subtitle}</p>
      <figure role="figure" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} style={{ margin: 0 }}>
        <Activity mode="visible"><ExportHost id={id}>{children}</ExportHost></Activity>
        <figcaption id={`${id}-desc`} className="description">
          {/* Static pages: every region's "my region" sentence, hidden; MyRegionCarry shows the chosen one's (?min). */}
          {standings?.map((s) => <span key={s.code} className="my-region-note" data-code={s.code} hidden>{s.text}</span>)}
          {description}
        </figcaption>
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
        notes={notes.map((n) => noteText(n, lang))} table={table} page={fileName.page} selection={fileName.selection} year={fileName.year}
        embedPath={embedPath ?? model.embedPath} embedHeight={embedHeight} linkParams={linkParams ?? model.linkParams} data={data ? packTable(data) : undefined} lang={lang}
      />
      </Activity>
    </section>
  );
}
