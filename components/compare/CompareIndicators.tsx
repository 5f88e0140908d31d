/**
 * Every indicator as a dot strip of the 21 län with the chosen regions marked (shape and colour per region, named in
 * the legend and under each strip) and Riket as a dashed tick; the table stays as the twin. Server component.
 */
import Link from "@/components/layout/Link";
import { getDataset } from "@/lib/data";
import { compareIndicators } from "@/lib/derive/compare";
import { indicatorCount } from "@/lib/profile-text";
import { rankingFor } from "@/lib/derive/indicators";
import { extremeOf, groupByFirstTheme } from "@/lib/derive/profile";
import { joinList } from "@/lib/compare-text";
import { formatValue } from "@/lib/format";
import { href, missingText, translator, type Lang } from "@/lib/i18n";
import { indicatorText, riketName, themeName } from "@/lib/indicator-text";
import { OKABE_ITO } from "@/lib/palette";
import { rankText, valueWithUnit } from "@/lib/profile-text";
import type { Region } from "@/lib/schema";
import type { CompareIndicatorRow as CompareRow } from "@/lib/derive/compare";
import { DotStrip, MarkSwatch, MARK_SHAPES, type StripMark } from "@/components/profile/DotStrip";
import { CompareIndicatorsTable } from "./CompareIndicatorsTable";
import { ThemeGroups } from "@/components/profile/ThemeGroups";
import styles from "./compare.module.css";

/** One mark per chosen region, in the order of the address: the same in every strip and in the small multiples. */
export const REGION_COLORS = [OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.green, OKABE_ITO.pink];
export function regionMarks(codes: string[]): StripMark[] {
  return codes.map((code, i) => ({ code, shape: MARK_SHAPES[i % MARK_SHAPES.length], color: REGION_COLORS[i % REGION_COLORS.length] }));
}

export function RegionLegend({ chosen, lang, riket = true }: { chosen: Region[]; lang: Lang; riket?: boolean }) {
  const t = translator(lang);
  const marks = regionMarks(chosen.map((r) => r.code));
  return (
    <ul className={styles.legend} aria-label={t("Förklaring", "Key")}>
      {chosen.map((r, i) => <li key={r.code}><MarkSwatch shape={marks[i].shape} color={marks[i].color} />{r.name}</li>)}
      {riket ? (
        <>
          <li><span className={styles.legendDot} aria-hidden="true" />{t("Övriga län", "Other counties")}</li>
          <li><span className={styles.legendRiket} aria-hidden="true" />{riketName(lang)}</li>
        </>
      ) : null}
    </ul>
  );
}

export function CompareIndicators({ chosen, lang }: { chosen: Region[]; lang: Lang }) {
  const t = translator(lang);
  const d = getDataset();
  const codes = chosen.map((r) => r.code);
  const rows = compareIndicators(codes, d.indicators, d.values, d.regions);
  const names = joinList(chosen.map((r) => r.name), lang);
  const marks = regionMarks(codes);
  const groups = groupByFirstTheme(rows, (r) => r.indicator, d.themes.map((th) => th.slug));
  return (
    <section aria-labelledby="indikatorer">
      <h2 id="indikatorer">{t("Indikatorer: var står regionerna?", "Indicators: where do the regions stand?")}</h2>
      <p>
        {t(
          "Varje indikator som en linje med alla län från lägsta till högsta värde, senaste år med uppgifter för de flesta län. Rang 1 är det högsta värdet; om högt är bra eller dåligt beror på indikatorn.",
          "Each indicator as a line with every county from the lowest to the highest value, in the latest year with data for most counties. Rank 1 is the highest value; whether high is good or bad depends on the indicator. Source titles are in Swedish.",
        )}
      </p>
      {rows.length === 0 ? (
        <p>{missingText(lang)}</p>
      ) : (
        <>
          <RegionLegend chosen={chosen} lang={lang} />
          <ThemeGroups
            groups={groups.map((g) => {
              const theme = g.theme ? d.themes.find((x) => x.slug === g.theme) : undefined;
              const id = `jamfor-${g.theme ?? "bakgrund"}`;
              return {
                id,
                title: theme ? themeName(theme, lang) : t("Bakgrund", "Background"),
                verdict: indicatorCount(g.rows.length, lang),
                body: (
                  <ul className={styles.strips} aria-labelledby={id}>
                    {g.rows.map((row) => <StripRow key={row.indicator.id} row={row} chosen={chosen} marks={marks} lang={lang} />)}
                  </ul>
                ),
              };
            })}
          />
          <details className="table-twin">
            <summary>{t("Visa indikatorerna som tabell", "Show the indicators as a table")}</summary>
            <CompareIndicatorsTable rows={rows} chosen={chosen} names={names} lang={lang} />
          </details>
        </>
      )}
    </section>
  );
}

function StripRow({ row, chosen, marks, lang }: { row: CompareRow; chosen: Region[]; marks: StripMark[]; lang: Lang }) {
  const t = translator(lang);
  const d = getDataset();
  const it = indicatorText(row.indicator, lang);
  const fmt = (v: number) => formatValue(v, row.indicator.unit, row.indicator.decimals, lang);
  const ranking = rankingFor(d.values, row.indicator.id, row.period, d.regions);
  const points = ranking.rows.flatMap((r) => (r.value === null ? [] : [{ code: r.code, name: r.name, value: r.value }]));
  const lo = Math.min(...points.map((p) => p.value));
  const hi = Math.max(...points.map((p) => p.value));
  const riket = row.riket && row.riket.value >= lo && row.riket.value <= hi ? row.riket.value : null;
  const standing = row.cells.map((c, i) =>
    c.value === null || c.rank === null
      ? `${chosen[i].name}: ${missingText(lang)}`
      : `${chosen[i].name} ${fmt(c.value)} (${rankText(c.rank, row.of, extremeOf(c.rank, row.of), lang)})`,
  );
  const label = `${it.name}, ${row.period}, ${it.unit}. ${standing.join("; ")}.` +
    (row.riket ? ` ${riketName(lang)} ${fmt(row.riket.value)}.` : "") +
    t(` Länen från ${fmt(lo)} till ${fmt(hi)}.`, ` Counties from ${fmt(lo)} to ${fmt(hi)}.`);
  return (
    <li className={styles.strip} data-testid="compare-strip">
      <p className={styles.stripHead}>
        <Link href={href(lang, `/indikatorer/${row.indicator.id}`)}>{it.short}</Link>{" "}
        <span className="muted small">{row.period}</span>
      </p>
      <DotStrip points={points} riket={riket} marks={marks} label={label} lowText={fmt(lo)} highText={fmt(hi)} />
      <ul className={styles.values}>
        {row.cells.map((c, i) => (
          <li key={c.code}>
            <MarkSwatch shape={marks[i].shape} color={marks[i].color} />
            {chosen[i].name}{" "}
            <strong>{c.value === null ? missingText(lang) : valueWithUnit(c.value, row.indicator.unit, row.indicator.decimals, lang)}</strong>
            {c.rank !== null ? <span className="muted"> ({rankText(c.rank, row.of, extremeOf(c.rank, row.of), lang)})</span> : null}
          </li>
        ))}
      </ul>
    </li>
  );
}
