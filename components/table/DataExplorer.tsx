/** The records table lives in ./data-explorer/ (columns, URL view, filters, selection download, server-paged table). */
export { DataExplorer, DataExplorerFromUrl, ServerDataExplorer, type DataExplorerProps } from "./data-explorer";
