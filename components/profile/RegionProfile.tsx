/**
 * The region page's profile: every indicator with a value for the region, grouped by theme, each row a dot strip of
 * the 21 län with the region marked and Riket as a dashed tick, the value, year, rank (with "highest"/"lowest"), the
 * comparison with Riket where the indicator's direction is known, and the change since the earliest year.
 * Server component; the full table stays below as the profile's table twin.
 */
import Link from "@/components/layout/Link";
import type { ProfileGroup, ProfileRow } from "@/lib/derive/profile";
import { formatValue } from "@/lib/format";
import { href, translator, type Lang } from "@/lib/i18n";
import { indicatorText, riketName, themeName } from "@/lib/indicator-text";
import { OKABE_ITO } from "@/lib/palette";
import { changeText, comparisonText, groupVerdict, rankText, valueWithUnit } from "@/lib/profile-text";
import { withMyRegion } from "@/lib/url-state/my-region";
import type { Region, Theme } from "@/lib/schema";
import { DotStrip, MarkSwatch } from "./DotStrip";
import { ThemeGroups } from "./ThemeGroups";
import styles from "./profile.module.css";

/** The region's mark: green when better than Riket, vermillion when worse, blue otherwise (words say the same). */
export const COMPARISON_COLOR = { better: OKABE_ITO.green, worse: OKABE_ITO.vermillion, none: OKABE_ITO.blue } as const;

export function markColor(row: Pick<ProfileRow, "comparison">): string {
  return row.comparison === "better" ? COMPARISON_COLOR.better : row.comparison === "worse" ? COMPARISON_COLOR.worse : COMPARISON_COLOR.none;
}

/** The strip's accessible name: "Västerbotten 3,3 % (rang 21 av 21, lägst), 2022. Riket 6,6 %. Länen från 3,3 % till 9,1 %." */
export function stripLabel(row: ProfileRow, name: string, lang: Lang): string {
  const fmt = (v: number) => formatValue(v, row.indicator.unit, row.indicator.decimals, lang);
  const lo = Math.min(...row.points.map((p) => p.value));
  const hi = Math.max(...row.points.map((p) => p.value));
  const t = translator(lang);
  return (
    `${name} ${fmt(row.value)} (${rankText(row.rank, row.of, row.extreme, lang)}), ${row.period}, ${indicatorText(row.indicator, lang).unit}.` +
    (row.riket !== null ? ` ${riketName(lang)} ${fmt(row.riket)}.` : "") +
    t(` Länen från ${fmt(lo)} till ${fmt(hi)}.`, ` Counties from ${fmt(lo)} to ${fmt(hi)}.`)
  );
}

export function ProfileLegend({ name, lang }: { name: string; lang: Lang }) {
  const t = translator(lang);
  return (
    <ul className={styles.legend} aria-label={t("Förklaring", "Key")}>
      <li><MarkSwatch shape="circle" color={COMPARISON_COLOR.better} />{t(`${name}, bättre än riket`, `${name}, better than Sweden`)}</li>
      <li><MarkSwatch shape="circle" color={COMPARISON_COLOR.worse} />{t(`${name}, sämre än riket`, `${name}, worse than Sweden`)}</li>
      <li><MarkSwatch shape="circle" color={COMPARISON_COLOR.none} />{t(`${name}, neutral eller utan riket`, `${name}, neutral or no value for Sweden`)}</li>
      <li><span className={styles.legendDot} aria-hidden="true" />{t("Övriga län", "Other counties")}</li>
      <li><span className={styles.legendRiket} aria-hidden="true" />{riketName(lang)}</li>
    </ul>
  );
}

function Row({ row, region, lang }: { row: ProfileRow; region: Region; lang: Lang }) {
  const t = translator(lang);
  const it = indicatorText(row.indicator, lang);
  const cmp = comparisonText(row.comparison, lang);
  const neutral = row.indicator.direction === "neutral";
  return (
    <li className={styles.row} data-testid="profile-row" data-indicator={row.indicator.id}>
      <Link href={href(lang, withMyRegion(`/indikatorer/${row.indicator.id}`, region.code))} className={styles.name}>{it.short}</Link>
      <span className={styles.value}>
        {valueWithUnit(row.value, row.indicator.unit, row.indicator.decimals, lang)}
        <span className={styles.year}>{row.period}</span>
      </span>
      <div className={styles.stripCell}>
        <DotStrip
          points={row.points}
          riket={row.riketComparable ? row.riket : null}
          marks={[{ code: region.code, shape: "circle", color: markColor(row) }]}
          label={stripLabel(row, region.name, lang)}
        />
      </div>
      <p className={styles.meta}>
        <span>{rankText(row.rank, row.of, row.extreme, lang)}</span>
        {cmp ? (
          <span className={`${styles.badge} ${styles[row.comparison!]}`}>{cmp}</span>
        ) : neutral ? (
          <span className={`${styles.badge} ${styles.neutral}`}>{t("neutral", "neutral")}</span>
        ) : null}
        {row.change !== null && row.earliest ? (
          <span>{changeText(row.change, row.indicator.decimals, row.indicator.unit, row.earliest.period, lang)}</span>
        ) : row.breakBetween ? (
          <span>{t("serieavbrott", "series break")}</span>
        ) : null}
      </p>
    </li>
  );
}

/** The profile: the legend, then one disclosure per theme (ThemeGroups: closed at first on a phone). */
export function RegionProfile({ groups, region, themes, lang }: { groups: ProfileGroup[]; region: Region; themes: Theme[]; lang: Lang }) {
  const t = translator(lang);
  return (
    <div data-testid="region-profile">
      <ProfileLegend name={region.name} lang={lang} />
      <ThemeGroups
        testId="profile-group"
        groups={groups.map((g) => {
          const theme = g.theme ? themes.find((x) => x.slug === g.theme) : undefined;
          const id = `profil-${g.theme ?? "bakgrund"}`;
          const name = theme ? themeName(theme, lang) : t("Bakgrund", "Background");
          return {
            id,
            title: name,
            verdict: groupVerdict(g.rows.map((r) => r.comparison), lang),
            body: (
              <ul className={styles.rows} aria-labelledby={id}>
                {g.rows.map((row) => <Row key={row.indicator.id} row={row} region={region} lang={lang} />)}
              </ul>
            ),
            after: theme ? (
              <p className={styles.themeLink}>
                <Link href={href(lang, `/teman/${theme.slug}`)}>{t(`Allt om ${name.toLowerCase()}`, `All on ${name.toLowerCase()}`)} →</Link>
              </p>
            ) : null,
          };
        })}
      />
    </div>
  );
}
