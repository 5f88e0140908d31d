import type { Metadata } from "next";
import { getDataset } from "@/lib/data";
import { regionOptions, themeOptions, yearsOf } from "@/lib/records-table-data";
import { allDataRows, knownFilters } from "@/lib/data-table";
import { dataPage } from "@/lib/derive/data-query";
import { parseDataView, type SearchParamsLike } from "@/lib/url-state";
import { ServerDataExplorer } from "@/components/table/data-explorer";
import { OwnDataPanel } from "@/components/import/OwnDataPanel";
import { isLang, translator, type Lang } from "@/lib/i18n";
import { formatNumber } from "@/lib/format";

type Props = { params: Promise<{ lang: string }>; searchParams: Promise<SearchParamsLike> };

async function langOf(params: Props["params"]): Promise<Lang> {
  const { lang } = await params;
  return isLang(lang) ? lang : "sv";
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const lang = await langOf(params);
  const t = translator(lang);
  return {
    title: "Data",
    description: t(
      "Alla regionernas poster om regionalt utvecklingsarbete i en tabell: filtrera, sök, sortera och ladda ner.",
      "All the regions' records on regional development work in one table: filter, search, sort and download.",
    ),
  };
}

/**
 * Server-paged: the view comes from the URL (filters, sort, page), the server filters and sorts every record and sends
 * only the page shown (lib/derive/data-query), so the page weighs the same at 200 or 20 000 records.
 */
export default async function DataPage({ params, searchParams }: Props) {
  const lang = await langOf(params);
  const t = translator(lang);
  const d = getDataset();
  const view = parseDataView(await searchParams, knownFilters());
  const result = dataPage(allDataRows(lang), view, lang);
  const total = d.entries.length;
  const regions = regionOptions(true, lang);
  const themes = themeOptions(lang);
  return (
    <>
      <h1>Data</h1>
      {lang === "en" ? (
        <p className="lead">
          All {formatNumber(total, 0, lang)} records in one table. Filter by region, theme, type and year, search the text
          and sort by the columns. The address in your browser keeps your selection, so you can share the link – it works in
          Swedish and English alike. The records themselves are in Swedish, as the regions reported them.
        </p>
      ) : (
        <p className="lead">
          Alla {total} poster i en tabell. Filtrera på region, tema, typ och år, sök i texten och sortera på kolumnerna.
          Adressen i webbläsaren sparar ditt urval, så du kan dela länken.
        </p>
      )}
      <OwnDataPanel regions={regions} themes={themes} lang={lang}>
        <ServerDataExplorer
          rows={result.rows}
          matching={result.matching}
          total={result.total}
          page={result.page}
          pageCount={result.pageCount}
          state={{ ...view, sida: result.page }}
          options={{ regions, themes, years: yearsOf(d.entries) }}
          caption={t("Regionernas poster om regionalt utvecklingsarbete", "The regions' records on regional development work")}
          lang={lang}
          action={lang === "en" ? "/en/data" : "/data"}
          rowsEndpoint="/api/data"
        />
      </OwnDataPanel>
    </>
  );
}
