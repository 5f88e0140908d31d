/** Choosing the regions to compare: the checkbox form, the message when too few are chosen, and examples. */
import Link from "@/components/layout/Link";
import { compareHref, MAX_COMPARE, MIN_COMPARE, type HeatmapView, type parseCompareRegions } from "@/lib/derive/compare";
import { countWord, joinList, quote } from "@/lib/compare-text";
import { href, translator, type Lang } from "@/lib/i18n";
import type { Region } from "@/lib/schema";

export const EXAMPLES: { codes: string[]; note: { sv: string; en: string } }[] = [
  { codes: ["01", "12", "14"], note: { sv: "de tre storstadsregionerna", en: "the three metropolitan regions" } },
  { codes: ["23", "24", "25"], note: { sv: "tre regioner i norra Sverige", en: "three regions in northern Sweden" } },
];

/** "Examples: Stockholm, Skåne and Västra Götaland (the three metropolitan regions) or …" */
export function Examples({ regionOf, lang }: { regionOf: Map<string, Region>; lang: Lang }) {
  const t = translator(lang);
  return (
    <p>
      {t("Exempel:", "Examples:")}{" "}
      {EXAMPLES.map((ex, i) => (
        <span key={ex.codes.join()}>
          {i > 0 ? t(" eller ", " or ") : ""}
          <Link href={href(lang, compareHref(ex.codes))}>{joinList(ex.codes.map((c) => regionOf.get(c)!.name), lang)}</Link> ({ex.note[lang]})
        </span>
      ))}
      .
    </p>
  );
}

export function TooFew({ selection, regionOf, lang }: {
  selection: ReturnType<typeof parseCompareRegions>;
  regionOf: Map<string, Region>;
  lang: Lang;
}) {
  const t = translator(lang);
  const one = selection.codes.length === 1 ? regionOf.get(selection.codes[0]) : undefined;
  const unknown = joinList(selection.unknown.map((u) => quote(u, lang)), lang);
  const single = selection.unknown.length === 1;
  return (
    <div className="notice" role="note">
      <p>
        <strong>{t("Välj minst två regioner", "Choose at least two regions")}</strong>
        {t(" att jämföra, i listan nedan.", " to compare from the list below.")}
      </p>
      {selection.unknown.length > 0 ? (
        <p>
          {lang === "en"
            ? `The address contained ${unknown}, which ${single ? "is not a region" : "are not regions"} we recognise. Regions are given by county code, for example 01 for Stockholm.`
            : `Adressen innehöll ${unknown}, som inte är ${single ? "en region" : "regioner"} vi känner igen. Regionerna anges med länskod, till exempel 01 för Stockholm.`}
        </p>
      ) : null}
      {one ? (
        <p>
          {t(`Du har valt ${one.organisation}. Välj minst en region till.`, `You have chosen ${one.organisation}. Choose at least one more region.`)}
        </p>
      ) : null}
    </div>
  );
}

export function RegionPicker({ regions, selected, view, lang }: { regions: Region[]; selected: string[]; view: HeatmapView; lang: Lang }) {
  const t = translator(lang);
  return (
    <form method="get" action={href(lang, "/jamfor")} className="compare-picker">
      <fieldset aria-describedby="valj-hjalp">
        <legend>{t("Regioner att jämföra", "Regions to compare")}</legend>
        <p className="small muted" id="valj-hjalp">
          {lang === "en"
            ? `Tick ${countWord(MIN_COMPARE, lang)} to ${countWord(MAX_COMPARE, lang)} regions.`
            : `Kryssa i ${countWord(MIN_COMPARE, lang)} till ${countWord(MAX_COMPARE, lang)} regioner.`}
        </p>
        <ul>
          {regions.map((r) => (
            <li key={r.code}>
              <label>
                <input type="checkbox" name="regioner" value={r.code} defaultChecked={selected.includes(r.code)} /> {r.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      {view.typ ? <input type="hidden" name="typ" value={view.typ} /> : null}
      {view.sortera !== "region" ? <input type="hidden" name="sortera" value={view.sortera} /> : null}
      <button type="submit" className="btn btn-primary">{t("Jämför", "Compare")}</button>
    </form>
  );
}
