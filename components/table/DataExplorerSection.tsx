import { DataExplorerFromUrl, type DataExplorerProps } from "./DataExplorer";

/**
 * The records table with its filters. The page is static: the server renders the default view (so the table is never
 * blank, also without JavaScript), and on the client the view follows the address (see DataExplorerFromUrl).
 * `lang` (required, in DataExplorerProps) is the page's language.
 */
export function DataExplorerSection(props: DataExplorerProps) {
  return <DataExplorerFromUrl {...props} />;
}
