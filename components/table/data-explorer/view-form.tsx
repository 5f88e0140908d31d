"use client";
/**
 * The plain GET forms behind the server-paged table: without JavaScript, filters, sorting and paging are form
 * submissions to the same address (the URL owns the view either way). Each form carries, as hidden fields, the parts
 * of the view its own controls do not set.
 */
import { serializeDataView, type DataViewState } from "@/lib/url-state";

/** Hidden fields for every non-default part of the view except the parameters in `omit`. */
export function HiddenView({ state, omit }: { state: DataViewState; omit: readonly string[] }) {
  const params = [...new URLSearchParams(serializeDataView(state)).entries()].filter(([k]) => !omit.includes(k));
  return (
    <>
      {params.map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
    </>
  );
}

/** An empty form other controls point to with their `form` attribute (sort buttons in the header, the pager). */
export function ViewForm({ id, action, state, omit }: { id: string; action: string; state: DataViewState; omit: readonly string[] }) {
  return (
    <form id={id} method="get" action={action} hidden>
      <HiddenView state={state} omit={omit} />
    </form>
  );
}
