import type { Entry } from "@/lib/schema";
import { KIND_LABELS } from "@/lib/labels";
import { MISSING } from "@/lib/format";

/** Records as readable items: kind, year, title, own-words summary, figures as the source wrote them, source link. */
export function RecordList({ entries, showRegion, regionLabel, themeLabel, headingLevel = 3 }: {
  entries: Entry[];
  showRegion?: boolean;
  regionLabel?: (code: string) => string;
  themeLabel?: (slug: string) => string;
  headingLevel?: 3 | 4;
}) {
  const H = headingLevel === 3 ? "h3" : "h4";
  return (
    <ul className="record-list">
      {entries.map((e) => (
        <li key={e.id} className="record" id={`post-${e.id}`}>
          <H style={{ margin: "0 0 0.25rem", fontSize: "1.05rem" }}>{e.title}</H>
          <div className="meta">
            <span className={`tag tag-${e.kind}`}>{KIND_LABELS[e.kind].sv}</span>
            <span>År: {e.year ?? <span title="Källan anger inget år">{MISSING}</span>}</span>
            {showRegion && regionLabel ? <span>{regionLabel(e.region)}</span> : null}
            {themeLabel ? <span>{themeLabel(e.theme)}</span> : null}
            {e.actor ? <span>Aktör: {e.actor}</span> : null}
          </div>
          <p style={{ margin: "0.35rem 0" }}>{e.summary}</p>
          {e.figures.length > 0 ? (
            <ul className="figures" aria-label="Siffror ur källan">
              {e.figures.map((f, i) => (
                <li key={i}>
                  {f.label}: <strong>{f.text}</strong>{f.unit ? ` ${f.unit}` : ""}
                </li>
              ))}
            </ul>
          ) : null}
          <p className="source-line" style={{ margin: 0 }}>
            Källa: <a href={e.source.url} rel="noopener noreferrer">{e.source.title}</a>
          </p>
        </li>
      ))}
    </ul>
  );
}
