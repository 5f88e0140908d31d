export { DataExplorer, type DataExplorerProps } from "./DataExplorer";
export { DataExplorerFromUrl, useUrlView } from "./url-view";
export { ServerDataExplorer, type ServerDataExplorerProps } from "./ServerDataExplorer";
