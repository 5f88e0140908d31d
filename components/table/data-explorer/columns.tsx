"use client";
/** The records table's columns, labels and TanStack features (shared by the client-side and the server-paged table). */
import type { ReactNode } from "react";
import {
  columnVisibilityFeature,
  createColumnHelper,
  createPaginatedRowModel,
  createSortedRowModel,
  rowPaginationFeature,
  rowSortingFeature,
  sortFn_alphanumeric,
  sortFn_text,
  tableFeatures,
} from "@tanstack/react-table";
import { DATA_ROW_COMPARE } from "@/lib/derive/data-sort";
import type { DataRow } from "@/lib/derive/table-rows";
import type { DataColumn } from "@/lib/url-state";
import { KIND_LABELS, SOURCE_TYPE_LABELS } from "@/lib/labels";
import { InSwedish } from "@/components/layout/InSwedish";
import { LOCALE, missingText, translator, type Lang } from "@/lib/i18n";

export const features = tableFeatures({
  rowSortingFeature,
  columnVisibilityFeature,
  rowPaginationFeature,
  sortedRowModel: createSortedRowModel(),
  paginatedRowModel: createPaginatedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric, text: sortFn_text },
});

const helper = createColumnHelper<typeof features, DataRow>();

export const COLUMN_LABELS: Record<Lang, Record<DataColumn, string>> = {
  sv: {
    region: "Region", tema: "Tema", typ: "Typ", titel: "Titel", sammanfattning: "Sammanfattning",
    siffror: "Siffror", ar: "År", kalla: "Källa",
  },
  en: {
    region: "Region", tema: "Theme", typ: "Type", titel: "Title", sammanfattning: "Summary",
    siffror: "Figures", ar: "Year", kalla: "Source",
  },
};

/** Record texts exist only in Swedish: plain in Swedish, marked lang="sv" (quietly, inside cells) in English. */
function swedish(lang: Lang, node: ReactNode): ReactNode {
  return lang === "sv" ? node : <InSwedish lang={lang} quiet>{node}</InSwedish>;
}

/**
 * Region and theme sort by the name shown. Swedish keeps the shared comparators (lib/derive/data-sort); English
 * compares the same shown labels in English collation. Titles are Swedish text and sort the Swedish way in both.
 * lib/derive/data-query.ts sorts on the server in exactly this order.
 */
const enCompare = new Intl.Collator(LOCALE.en).compare;

function makeColumns(lang: Lang) {
  const t = translator(lang);
  const labels = COLUMN_LABELS[lang];
  return helper.columns([
    helper.accessor("regionLabel", {
      id: "region", header: labels.region,
      sortFn: lang === "en"
        ? (a, b) => enCompare(a.original.regionLabel, b.original.regionLabel)
        : (a, b) => DATA_ROW_COMPARE.region(a.original, b.original),
    }),
    helper.accessor("themeLabel", {
      id: "tema", header: labels.tema,
      sortFn: lang === "en"
        ? (a, b) => enCompare(a.original.themeLabel, b.original.themeLabel)
        : (a, b) => DATA_ROW_COMPARE.tema(a.original, b.original),
    }),
    helper.accessor("kind", {
      id: "typ", header: labels.typ,
      cell: (c) => <span className={`tag tag-${c.getValue()}`}>{KIND_LABELS[c.getValue()][lang]}</span>,
    }),
    helper.accessor("title", {
      id: "titel", header: labels.titel, sortFn: (a, b) => DATA_ROW_COMPARE.titel(a.original, b.original),
      cell: (c) => (
        <>
          <strong>{swedish(lang, c.getValue())}</strong>
          {c.row.original.actor ? <div className="small muted">{t("Aktör", "Actor")}: {swedish(lang, c.row.original.actor)}</div> : null}
        </>
      ),
    }),
    helper.accessor("summary", {
      id: "sammanfattning", header: labels.sammanfattning, enableSorting: false,
      cell: (c) => swedish(lang, c.getValue()),
    }),
    helper.accessor("figures", {
      id: "siffror", header: labels.siffror, enableSorting: false,
      cell: (c) => (c.getValue() ? swedish(lang, c.getValue()) : <span className="muted">–</span>),
    }),
    helper.accessor((r) => r.year ?? undefined, {
      id: "ar", header: labels.ar, sortUndefined: "last",
      sortFn: (a, b) => DATA_ROW_COMPARE.ar(a.original, b.original),
      cell: (c) =>
        c.row.original.year ?? <span className="muted" title={t("Källan anger inget år", "The source gives no year")}>{missingText(lang)}</span>,
    }),
    helper.accessor("sourceTitle", {
      id: "kalla", header: labels.kalla, enableSorting: false,
      // The source type next to the link (issue 15); mirror and third party get a dashed outline.
      cell: (c) => (<>
        <a href={c.row.original.sourceUrl} rel="noopener noreferrer" target="_blank">
          {swedish(lang, c.getValue())}<span className="visually-hidden">{t(" (öppnas i ny flik)", " (opens in a new tab)")}</span>
        </a>{" "}
        <span className={`source-type source-type-${c.row.original.sourceType}`}>{SOURCE_TYPE_LABELS[c.row.original.sourceType][lang]}</span>
      </>),
    }),
  ]);
}

export const COLUMNS: Record<Lang, ReturnType<typeof makeColumns>> = { sv: makeColumns("sv"), en: makeColumns("en") };
