/** All 21 regions: records by region and theme as a heatmap, with type filter and sort order in the address. */
import { leadersOf } from "@/lib/text";
import Link from "@/components/layout/Link";
import { getDataset } from "@/lib/data";
import { sortCoverage, type HeatmapView } from "@/lib/derive/compare";
import { coverageMatrix } from "@/lib/derive/records";
import { kindPluralText } from "@/lib/compare-text";
import { formatNumber } from "@/lib/format";
import { href, translator, type Lang } from "@/lib/i18n";
import { themeName as themeNameIn } from "@/lib/indicator-text";
import { KIND_LABELS } from "@/lib/labels";
import { KINDS, NATIONAL_CODE, type Region } from "@/lib/schema";
import { dataHref } from "@/lib/url-state";
import { CoverageMatrix } from "@/components/records/CoverageMatrix";

export function Heatmap({ chosen, view, regions, lang }: { chosen: string[]; view: HeatmapView; regions: Region[]; lang: Lang }) {
  const t = translator(lang);
  const d = getDataset();
  const themeSlugs = d.themes.map((th) => th.slug);
  const entries = d.entries.filter((e) => e.region !== NATIONAL_CODE && (!view.typ || e.kind === view.typ));
  const coverage = sortCoverage(coverageMatrix(entries, regions, d.themes), view.sortera, themeSlugs);
  const sortTheme = d.themes.find((th) => th.slug === view.sortera);
  const sortThemeName = sortTheme ? themeNameIn(sortTheme, lang).toLowerCase() : "";
  const what = view.typ ? kindPluralText(view.typ, lang) : t("poster", "records");
  const sortLabel =
    view.sortera === "antal"
      ? t(`flest ${what} totalt`, `most ${what} in total`)
      : sortTheme
        ? t(`flest ${what} om ${sortThemeName}`, `most ${what} on ${sortThemeName}`)
        : t("regionnamn", "region name");
  const countOf = (row: (typeof coverage.rows)[number]) => (sortTheme ? row.cells[themeSlugs.indexOf(sortTheme.slug)].count : row.total);
  const { top: topCount, leaders } = leadersOf(coverage.rows, countOf);
  const total = formatNumber(coverage.total, 0, lang);
  return (
    <section aria-labelledby="tackning">
      <h2 id="tackning">{t("Alla 21 regioner: poster per tema", "All 21 regions: records by theme")}</h2>
      <p>
        {t(
          "Hur många poster vi har per region och tema. Välj en typ av post och sortera, till exempel för att se vilka regioner som har flest poster inom ett tema.",
          "How many records we have for each region and theme. Choose a type of record and a sort order, for example to see which regions have the most records within a theme.",
        )}
        {chosen.length > 0
          ? t(" Regionerna du jämför är markerade med ● och fet stil.", " The regions you are comparing are marked with ● and in bold.")
          : ""}
      </p>
      <form method="get" action={`${href(lang, "/jamfor")}#tackning`} className="filters compare-heat-form">
        {/* One hidden input per region: the browser would escape a comma (%2C), which reads worse than the repeated form. */}
        {chosen.map((c) => <input key={c} type="hidden" name="regioner" value={c} />)}
        <div className="field">
          <label htmlFor="karta-typ">{t("Typ av post", "Type of record")}</label>
          <select id="karta-typ" name="typ" defaultValue={view.typ ?? "alla"}>
            <option value="alla">{t("Alla typer", "All types")}</option>
            {KINDS.map((k) => <option key={k} value={k}>{lang === "en" ? KIND_LABELS[k].enPlural : KIND_LABELS[k].svPlural}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor="karta-sortera">{t("Sortera efter", "Sort by")}</label>
          <select id="karta-sortera" name="sortera" defaultValue={view.sortera}>
            <option value="region">{t("Regionnamn (A–Ö)", "Region name (A–Z)")}</option>
            <option value="antal">{t("Flest poster totalt", "Most records in total")}</option>
            <optgroup label={t("Flest poster inom tema", "Most records within a theme")}>
              {d.themes.map((th) => <option key={th.slug} value={th.slug}>{themeNameIn(th, lang)}</option>)}
            </optgroup>
          </select>
        </div>
        <button type="submit" className="btn">{t("Visa", "Show")}</button>
      </form>
      {view.sortera !== "region" && topCount > 0 ? (
        <p>
          {t(`Flest ${what}`, `Most ${what}`)}
          {sortTheme ? t(` om ${sortThemeName}`, ` on ${sortThemeName}`) : t(" totalt", " in total")}
          {leaders.length === 1 ? ": " : t(` (${topCount} var): `, ` (${formatNumber(topCount, 0, lang)} each): `)}
          {leaders.length <= 5 ? (
            leaders.map((r, i) => (
              <span key={r.region}>
                {i === 0 ? "" : i === leaders.length - 1 ? t(" och ", " and ") : ", "}
                <Link href={href(lang, `/regioner/${r.region}`)}>{r.label}</Link>
              </span>
            ))
          ) : (
            <>{formatNumber(leaders.length, 0, lang)} {t("regioner", "regions")}</>
          )}
          {leaders.length === 1 ? ` (${formatNumber(topCount, 0, lang)})` : ""}.
        </p>
      ) : null}
      {coverage.total === 0 ? (
        <p className="notice" role="note">
          {t(`Vi har inga ${what} från enskilda regioner.`, `We have no ${what} from individual regions.`)}{" "}
          {view.typ === "slutsats" ? (
            lang === "en" ? (
              <>{"Tillväxtverket's"} conclusions apply to all regions; they are on the <Link href={`${href(lang, "/")}#slutsatser`}>overview</Link>.</>
            ) : (
              <>Tillväxtverkets slutsatser gäller alla regioner; de finns på <Link href="/#slutsatser">översikten</Link>.</>
            )
          ) : null}
        </p>
      ) : null}
      <CoverageMatrix
        coverage={coverage}
        themes={d.themes}
        kind={view.typ}
        highlight={chosen}
        sortedBy={view.sortera === "antal" ? "total" : view.sortera}
        lang={lang}
        caption={t(
          `Antal ${what} per region och tema, sorterat efter ${sortLabel} (${total} ${what} från regionerna)`,
          `Number of ${what} by region and theme, sorted by ${sortLabel} (${total} ${what} from the regions)`,
        )}
      />
      <p className="muted small">
        {t("Varje siffra leder till posterna och deras källor i ", "Each number leads to the records and their sources in the ")}
        <Link href={href(lang, view.typ ? dataHref({ typ: view.typ }) : "/data")}>{t("datatabellen", "data table")}</Link>.
        {" "}
        {t("Poster om alla regioner (nationella) räknas inte här.", "Records about all regions (national records) are not counted here.")}
      </p>
    </section>
  );
}
