import { getDataset } from "@/lib/data";
import { dataRows, regionOptions, themeOptions, yearsOf } from "@/lib/view-models";
import { sortEntries } from "@/lib/derive/records";
import { DataExplorerSection } from "@/components/table/DataExplorerSection";
import { OwnDataPanel } from "@/components/import/OwnDataPanel";

export const metadata = { title: "Data" };

export default function DataPage() {
  const d = getDataset();
  const entries = sortEntries(d.entries);
  return (
    <>
      <h1>Data</h1>
      <p className="lead">
        Alla {entries.length} poster i en tabell. Filtrera på region, tema, typ och år, sök i texten och sortera på kolumnerna.
        Adressen i webbläsaren sparar ditt urval, så du kan dela länken.
      </p>
      <OwnDataPanel regions={regionOptions(true)} themes={themeOptions()}>
        <DataExplorerSection
          rows={dataRows(entries)}
          regions={regionOptions(true)}
          themes={themeOptions()}
          years={yearsOf(entries)}
          caption="Regionernas poster om regionalt utvecklingsarbete"
        />
      </OwnDataPanel>
    </>
  );
}
