"use client";
import { translator, type Lang } from "@/lib/i18n";

/** English column name inside a sentence: "Year" → "year", but "GRP per capita" and "SCB" stay as they are. */
function lowerFirst(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

/** A real <button> inside a sortable header cell; the <th> carries aria-sort. */
export function SortButton({ label, sorted, onClick, lang, submit }: {
  label: string; sorted: false | "asc" | "desc"; onClick: () => void; lang: Lang;
  /** Also a submit button of a GET form (the server-paged table), so sorting works without JavaScript. */
  submit?: { form: string; name: string; value: string };
}) {
  const t = translator(lang);
  const title = sorted === "asc"
    ? t(`Sortera fallande efter ${label.toLowerCase()}`, `Sort by ${lowerFirst(label)}, descending`)
    : t(`Sortera stigande efter ${label.toLowerCase()}`, `Sort by ${lowerFirst(label)}, ascending`);
  return (
    <button
      type={submit ? "submit" : "button"} form={submit?.form} name={submit?.name} value={submit?.value}
      className="sort-button" title={title}
      onClick={(e) => {
        if (submit) e.preventDefault();
        onClick();
      }}
    >
      {label}
      <span className="sort-icon" aria-hidden="true">{sorted === "asc" ? "▲" : sorted === "desc" ? "▼" : "↕"}</span>
    </button>
  );
}

export function ariaSort(sorted: false | "asc" | "desc"): "ascending" | "descending" | "none" {
  return sorted === "asc" ? "ascending" : sorted === "desc" ? "descending" : "none";
}

/** Screen-reader text after a table caption: ", sorterad efter år fallande" / ", sorted by year, descending". */
export function sortedByText(label: string, desc: boolean, lang: Lang): string {
  const t = translator(lang);
  return desc
    ? t(`, sorterad efter ${label.toLowerCase()} fallande`, `, sorted by ${lowerFirst(label)}, descending`)
    : t(`, sorterad efter ${label.toLowerCase()} stigande`, `, sorted by ${lowerFirst(label)}, ascending`);
}
