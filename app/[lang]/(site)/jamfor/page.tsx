import type { Metadata } from "next";
import Link from "@/components/layout/Link";
import { getDataset, regionsByName } from "@/lib/data";
import { compareHref, parseCompareRegions, parseHeatmapView, MAX_COMPARE, type HeatmapView } from "@/lib/derive/compare";
import { countWord, joinList, quote } from "@/lib/compare-text";
import { href, langFrom, translator } from "@/lib/i18n";
import { Examples, RegionPicker, TooFew } from "@/components/compare/RegionPicker";
import { Strategies } from "@/components/compare/Strategies";
import { RecordsPerTheme } from "@/components/compare/RecordsPerTheme";
import { CompareIndicators } from "@/components/compare/CompareIndicators";
import { AllSmartSpecialisation, ChosenSmartSpecialisation } from "@/components/compare/SmartSpecialisation";
import { Heatmap } from "@/components/compare/Heatmap";

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ lang: string }>; searchParams: Promise<SearchParams> };

/** The comparison's canonical (Swedish-form) path, from the address: the same in both languages apart from /en. */
function canonicalPath(sp: SearchParams): { selection: ReturnType<typeof parseCompareRegions>; view: HeatmapView; path: string } {
  const d = getDataset();
  const selection = parseCompareRegions(sp, d.regions.map((r) => r.code));
  const view = parseHeatmapView(sp, d.themes.map((t) => t.slug));
  return { selection, view, path: compareHref(selection.codes, view) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langFrom(params);
  // No rel=alternate/canonical: without a known public origin they would be relative URLs, which search engines reject.
  return { title: translator(lang)("Jämför regioner", "Compare regions") };
}

export default async function ComparePage({ params, searchParams }: Props) {
  const lang = await langFrom(params);
  const t = translator(lang);
    const sp = await searchParams;
  const byName = regionsByName();
  const regionOf = new Map(getDataset().regions.map((r) => [r.code, r]));

  const { selection, view, path } = canonicalPath(sp);
  const chosen = selection.codes.map((c) => regionOf.get(c)!);
  const canonical = href(lang, path);

  return (
    <>
      {/* React hoists this into <head>: one address per comparison, in the comma form. */}
      <link rel="canonical" href={canonical} />
      <h1>{t("Jämför regioner", "Compare regions")}</h1>
      <p className="lead">
        {t(
          "Välj två till fyra regioner och se deras strategier, insatser, indikatorer och smart specialisering sida vid sida.",
          "Choose two to four regions and see their strategies, activities, indicators and smart specialisation side by side.",
        )}
      </p>

      {!selection.ok ? (
        <>
          {selection.given ? <TooFew selection={selection} regionOf={regionOf} lang={lang} /> : null}
          <RegionPicker regions={byName} selected={selection.codes} view={view} lang={lang} />
          <Examples regionOf={regionOf} lang={lang} />
        </>
      ) : (
        <>
          <p>
            {t("Du jämför", "You are comparing")} <strong>{joinList(chosen.map((r) => r.organisation), lang)}</strong>.{" "}
            {t("Länk till jämförelsen:", "Link to this comparison:")}{" "}
            <Link href={canonical}>{canonical}</Link>
          </p>
          {selection.overflow.length > 0 || selection.unknown.length > 0 ? (
            <div className="notice" role="note">
              {selection.overflow.length > 0 ? (
                <p>
                  {lang === "en"
                    ? `You can compare at most ${countWord(MAX_COMPARE, lang)} regions at a time. We are showing the first ${countWord(MAX_COMPARE, lang)} and have left out ${joinList(selection.overflow.map((c) => regionOf.get(c)!.name), lang)}.`
                    : `Du kan jämföra högst ${countWord(MAX_COMPARE, lang)} regioner åt gången. Vi visar de ${countWord(MAX_COMPARE, lang)} första och har tagit bort ${joinList(selection.overflow.map((c) => regionOf.get(c)!.name), lang)}.`}
                </p>
              ) : null}
              {selection.unknown.length > 0 ? (
                <p>
                  {lang === "en"
                    ? `We don't recognise ${joinList(selection.unknown.map((u) => quote(u, lang)), lang)} as ${selection.unknown.length === 1 ? "a region and have skipped it" : "regions and have skipped them"}.`
                    : `Vi känner inte igen ${joinList(selection.unknown.map((u) => quote(u, lang)), lang)} som region och har hoppat över det.`}
                </p>
              ) : null}
            </div>
          ) : null}
          <details className="compare-change">
            <summary>{t("Ändra vilka regioner du jämför", "Change the regions you are comparing")}</summary>
            <RegionPicker regions={byName} selected={selection.codes} view={view} lang={lang} />
          </details>
          <nav aria-label={t("Innehåll på sidan", "On this page")} className="compare-toc">
            <ul>
              <li><a href="#strategier">{t("Strategier", "Strategies")}</a></li>
              <li><a href="#poster">{t("Poster per tema", "Records by theme")}</a></li>
              <li><a href="#indikatorer">{t("Indikatorer", "Indicators")}</a></li>
              <li><a href="#smart-specialisering">{t("Smart specialisering", "Smart specialisation")}</a></li>
              <li><a href="#tackning">{t("Alla regioner per tema", "All regions by theme")}</a></li>
              <li><a href="#s3-alla">{t("Smart specialisering i alla regioner", "Smart specialisation in all regions")}</a></li>
            </ul>
          </nav>
          <Strategies chosen={chosen} lang={lang} />
          <RecordsPerTheme chosen={chosen} view={view} lang={lang} />
          <CompareIndicators chosen={chosen} lang={lang} />
          <ChosenSmartSpecialisation chosen={chosen} lang={lang} />
        </>
      )}

      <Heatmap chosen={selection.codes} view={view} regions={byName} lang={lang} />
      <AllSmartSpecialisation regions={byName} lang={lang} />
    </>
  );
}
