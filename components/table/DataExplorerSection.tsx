import { Suspense } from "react";
import { DataExplorer, DataExplorerFromUrl, type DataExplorerProps } from "./DataExplorer";
import { DEFAULT_DATA_VIEW, type DataViewState } from "@/lib/url-state";

/**
 * The page is static; the view state comes from the URL on the client. Until then (and without JavaScript)
 * the default view is rendered, so the table is never blank. `lang` (required, in DataExplorerProps) goes to both.
 */
export function DataExplorerSection(props: DataExplorerProps & { defaults?: Partial<DataViewState> }) {
  const { defaults, ...rest } = props;
  return (
    <Suspense fallback={<DataExplorer {...rest} state={{ ...DEFAULT_DATA_VIEW, ...defaults }} />}>
      <DataExplorerFromUrl {...rest} />
    </Suspense>
  );
}
