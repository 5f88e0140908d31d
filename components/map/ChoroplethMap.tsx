/**
 * Choropleth map of Sweden's 21 län, rendered entirely on the server as inline SVG (works with JavaScript off).
 *
 * Server component: no "use client", no hooks, no state. Hover and keyboard focus feedback is pure CSS
 * (map.module.css). Each county is a link (<a href aria-label>) wrapping its <path> with a <title> tooltip.
 * Counties without a value get a hatch pattern (never a palette colour) and "Uppgift saknas" in the legend.
 *
 * Classes: quantile breaks over the non-missing values (lib/derive/classes.ts), at most 5 classes, coloured light →
 * dark with SEQUENTIAL_PALETTE (viridis). Pass `breaks` to use fixed breaks instead (e.g. the same scale for
 * several years).
 */
import { formatNumber } from "@/lib/format";
import { missingText, translator, type Lang } from "@/lib/i18n";
import { SEQUENTIAL_PALETTE, classBreaks, classify, legendLabels, paletteFor } from "@/lib/derive/classes";
import styles from "./map.module.css";
import { MAP_CREDIT, MAP_LICENSE_URL, MAP_PATHS, MAP_VIEWBOX } from "./sweden-paths";

export interface ChoroplethValue {
  /** Two-digit county code, e.g. "09". Codes not among the 21 län are ignored. */
  code: string;
  /** Display name, e.g. "Gotland" or "Gotlands län". Used in the link's accessible name and tooltip. */
  name: string;
  /** The number that is classified and coloured; null = missing (hatched). */
  value: number | null;
  /** Pre-formatted value incl. unit as it should be read, e.g. "12,3 procent" or "Uppgift saknas". */
  display: string;
  /** Link target for the county (e.g. its region page). Empty string = not a link. */
  href: string;
}

export interface ChoroplethMapProps {
  /** Map title (visible caption and the SVG's accessible name). */
  title: string;
  /** One-sentence description (visible under the title and the SVG's accessible description). */
  description: string;
  /** One entry per county. Counties missing from the array are drawn hatched, without a link. */
  values: ChoroplethValue[];
  /** Unit shown as the legend heading, e.g. "Procent" or "Kronor per invånare". */
  unitLabel: string;
  /**
   * Formats a class boundary for the legend. Optional: by default boundaries are formatted Swedish style with
   * `legendDecimals` decimals (lib/format formatNumber). Only usable from server components.
   */
  formatLegend?: (n: number) => string;
  /** Decimals for the default legend formatter. Default: 0 if all values are integers, otherwise 1. */
  legendDecimals?: number;
  /** Number of quantile classes, 1–5. Default 5 (fewer when there are fewer distinct values). */
  classes?: number;
  /** Fixed class boundaries [min, t1, …, max] (see lib/derive/classes.ts) instead of quantiles. */
  breaks?: number[];
  /** Prefix for the ids used inside the SVG. Default derived from the title; set it if two maps share a title. */
  idPrefix?: string;
  /** Show title and description as a visible figcaption (default true). When false they are only exposed to assistive technology. */
  showCaption?: boolean;
  /** Language of the legend, hints and credit. */
  lang: Lang;
  /**
   * "_blank" in embeds: county links open in a new tab, so the host page keeps the map. (HTML links get this from
   * the embed layout's <base target>; SVG links do not follow <base>, so the map sets it itself.)
   */
  linkTarget?: "_blank";
  /** "My region": drawn with a thick outline above the others, and named in the legend. */
  highlight?: string;
}

/** Stable short hash (djb2) so ids are deterministic across server renders. */
function hash(s: string): string {
  let h = 5381;
  for (let i = 0; i < s.length; i++) h = ((h << 5) + h + s.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

function defaultDecimals(values: number[]): number {
  return values.every((v) => Number.isInteger(v)) ? 0 : 1;
}

export function ChoroplethMap({
  title,
  description,
  values,
  unitLabel,
  formatLegend,
  legendDecimals,
  classes = 5,
  breaks: fixedBreaks,
  idPrefix,
  showCaption = true,
  lang,
  linkTarget,
  highlight,
}: ChoroplethMapProps) {
  const t = translator(lang);
  const MISSING_LABEL = missingText(lang);
  const prefix = (idPrefix ?? `karta-${hash(title)}`).replace(/[^A-Za-z0-9_-]/g, "-");
  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const legendId = `${prefix}-legend`;
  const hatchId = `${prefix}-hatch`;
  const pathId = (code: string) => `${prefix}-lan-${code}`;

  const byCode = new Map(values.map((v) => [v.code, v]));
  const regions = MAP_PATHS.map((p) => {
    const v = byCode.get(p.code);
    const value = v && v.value !== null && Number.isFinite(v.value) ? v.value : null;
    return {
      code: p.code,
      d: p.d,
      name: v?.name ?? p.name,
      value,
      display: v?.display ?? MISSING_LABEL,
      href: v?.href ?? "",
    };
  });

  const present = regions.flatMap((r) => (r.value === null ? [] : [r.value]));
  const k = Math.min(Math.max(1, Math.floor(classes)), SEQUENTIAL_PALETTE.length);
  const breaks = fixedBreaks ?? classBreaks(present, k);
  const colors = paletteFor(breaks.length - 1);
  const decimals = legendDecimals ?? defaultDecimals(present);
  const format = formatLegend ?? ((n: number) => formatNumber(n, decimals, lang));
  // Whole numbers (counts): each label lists exactly the values it holds. Otherwise the legend says where a boundary
  // value goes.
  const integers = [...present, ...breaks].every((v) => Number.isInteger(v));
  const labels = legendLabels(breaks, format, { integers });
  const hatchFill = `url(#${hatchId})`;

  const rendered = regions.map((r) => {
    const cls = classify(r.value, breaks);
    const newTab = linkTarget && r.href ? ` ${t("(öppnas i ny flik)", "(opens in a new tab)")}` : "";
    return { ...r, cls, fill: cls >= 0 && colors[cls] ? colors[cls] : hatchFill, label: `${r.name}: ${r.display}`, newTab };
  });

  return (
    <figure className={styles.figure} data-testid="choropleth-map">
      {showCaption ? (
        <figcaption className={styles.caption}>
          <span id={titleId} className={styles.title}>
            {title}
          </span>
          <span id={descId} className={styles.description}>
            {description}
          </span>
        </figcaption>
      ) : null}
      <div className={styles.body}>
        <div className={styles.mapColumn}>
          <svg
            className={styles.svg}
            viewBox={MAP_VIEWBOX}
            width="100%"
            preserveAspectRatio="xMidYMid meet"
            role="group"
            aria-labelledby={titleId}
            aria-describedby={descId}
          >
            {showCaption ? null : (
              <>
                <desc id={titleId}>{title}</desc>
                <desc id={descId}>{description}</desc>
              </>
            )}
            <defs>
              <pattern id={hatchId} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
                <rect className={styles.hatchBackground} width="5" height="5" />
                <line className={styles.hatchLine} x1="0" y1="0" x2="0" y2="5" />
              </pattern>
            </defs>
            <g className={styles.regions}>
              {rendered.map((r) => (
                <a
                  key={r.code}
                  className={styles.region}
                  href={r.href || undefined}
                  target={r.href ? linkTarget : undefined}
                  rel={r.href && linkTarget ? "noopener" : undefined}
                  aria-label={r.label + r.newTab}
                  role={r.href ? undefined : "img"}
                  data-testid="map-region"
                  data-code={r.code}
                  data-class={r.cls >= 0 ? r.cls : "missing"}
                  style={{ fill: r.fill }}
                >
                  <path id={pathId(r.code)} d={r.d} vectorEffect="non-scaling-stroke">
                    <title>{r.label}</title>
                  </path>
                </a>
              ))}
            </g>
            {highlight && rendered.some((r) => r.code === highlight) ? (
              <g aria-hidden="true" data-testid="map-highlight" data-code={highlight}>
                <use href={`#${pathId(highlight)}`} className={styles.mineHalo} />
                <use href={`#${pathId(highlight)}`} className={styles.mine} />
              </g>
            ) : null}
            {/* Focus/hover rings, painted above all regions; shown by CSS for the hovered/focused county. */}
            <g aria-hidden="true">
              {rendered.map((r) => (
                <g key={r.code} className={styles.ring} data-ring={r.code}>
                  <use href={`#${pathId(r.code)}`} className={styles.ringHalo} />
                  <use href={`#${pathId(r.code)}`} className={styles.ringLine} />
                </g>
              ))}
            </g>
          </svg>
          <p className={styles.info} aria-hidden="true">
            <span className={styles.hint}>{t("Peka på eller tabba till ett län för att se värdet.", "Point at or tab to a county to see its value.")}</span>
            {rendered.map((r) => (
              <span key={r.code} className={styles.infoItem} data-info={r.code}>
                {r.label}
              </span>
            ))}
          </p>
        </div>
        <div className={styles.legend}>
          <p className={styles.legendTitle} id={legendId}>
            {unitLabel}
          </p>
          <ul className={styles.legendList} aria-labelledby={legendId} data-testid="map-legend">
            {labels.map((label, i) => (
              <li key={i} className={styles.legendItem} data-class={i}>
                <svg className={styles.swatch} viewBox="0 0 28 18" aria-hidden="true">
                  <rect className={styles.swatchRect} x="0.5" y="0.5" width="27" height="17" style={{ fill: colors[i] }} />
                </svg>
                <span>{label}</span>
              </li>
            ))}
            {highlight && rendered.some((r) => r.code === highlight) ? (
              <li className={styles.legendItem} data-class="mine">
                <svg className={styles.swatch} viewBox="0 0 28 18" aria-hidden="true">
                  <rect x="2" y="2" width="24" height="14" fill="none" className={styles.mine} />
                </svg>
                <span>{rendered.find((r) => r.code === highlight)!.name} ({t("min region", "my region")})</span>
              </li>
            ) : null}
            <li className={styles.legendItem} data-class="missing">
              <svg className={styles.swatch} viewBox="0 0 28 18" aria-hidden="true">
                <defs>
                  <pattern id={`${hatchId}-legend`} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
                    <rect className={styles.hatchBackground} width="5" height="5" />
                    <line className={styles.hatchLine} x1="0" y1="0" x2="0" y2="5" />
                  </pattern>
                </defs>
                <rect className={styles.swatchRect} x="0.5" y="0.5" width="27" height="17" style={{ fill: `url(#${hatchId}-legend)` }} />
              </svg>
              <span>{MISSING_LABEL}</span>
            </li>
          </ul>
          {!integers && labels.length > 1 ? (
            <p className={styles.legendNote}>
              {t("Ett värde som ligger på en gräns hör till den högre klassen.", "A value on a boundary belongs to the higher class.")}
            </p>
          ) : null}
        </div>
      </div>
      <p className={styles.credit}>
        {lang === "en" ? MAP_CREDIT.replace(/^Karta:/, "Map:").replace(/CC BY 4\.0$/, "") : MAP_CREDIT.replace(/CC BY 4\.0$/, "")}
        <a href={MAP_LICENSE_URL} rel="license noopener noreferrer">
          CC BY 4.0
        </a>
      </p>
    </figure>
  );
}

export default ChoroplethMap;
