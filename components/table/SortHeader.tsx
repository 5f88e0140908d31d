"use client";
/** A real <button> inside a sortable header cell; the <th> carries aria-sort. */
export function SortButton({ label, sorted, onClick }: { label: string; sorted: false | "asc" | "desc"; onClick: () => void }) {
  const next = sorted === "asc" ? "fallande" : "stigande";
  return (
    <button type="button" className="sort-button" onClick={onClick} title={`Sortera ${next} efter ${label.toLowerCase()}`}>
      {label}
      <span className="sort-icon" aria-hidden="true">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
    </button>
  );
}

export function ariaSort(sorted: false | "asc" | "desc"): "ascending" | "descending" | "none" {
  return sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none";
}
