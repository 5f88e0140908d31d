import type { Metadata } from "next";
import { getDataset } from "@/lib/data";
import { dataRows, regionOptions, themeOptions, yearsOf } from "@/lib/records-table-data";
import { sortEntries } from "@/lib/derive/records";
import { DataExplorerFromUrl } from "@/components/table/DataExplorer";
import { OwnDataPanel } from "@/components/import/OwnDataPanel";
import { isLang, translator, type Lang } from "@/lib/i18n";
import { formatNumber } from "@/lib/format";

type Props = { params: Promise<{ lang: string }> };

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

export default async function DataPage({ params }: Props) {
  const lang = await langOf(params);
  const t = translator(lang);
  const d = getDataset();
  const entries = sortEntries(d.entries);
  const regions = regionOptions(true, lang);
  const themes = themeOptions(lang);
  return (
    <>
      <h1>Data</h1>
      {lang === "en" ? (
        <p className="lead">
          All {formatNumber(entries.length, 0, lang)} records in one table. Filter by region, theme, type and year, search the text
          and sort by the columns. The address in your browser keeps your selection, so you can share the link – it works in
          Swedish and English alike. The records themselves are in Swedish, as the regions reported them.
        </p>
      ) : (
        <p className="lead">
          Alla {entries.length} poster i en tabell. Filtrera på region, tema, typ och år, sök i texten och sortera på kolumnerna.
          Adressen i webbläsaren sparar ditt urval, så du kan dela länken.
        </p>
      )}
      <OwnDataPanel regions={regions} themes={themes} lang={lang}>
        <DataExplorerFromUrl
          rows={dataRows(entries, lang)}
          regions={regions}
          themes={themes}
          years={yearsOf(entries)}
          caption={t("Regionernas poster om regionalt utvecklingsarbete", "The regions' records on regional development work")}
          lang={lang}
        />
      </OwnDataPanel>
    </>
  );
}
