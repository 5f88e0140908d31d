/** The two benchmark-only pages (a reference page and a bare text page), written into the temp copy only. */
import fs from "node:fs";
import path from "node:path";

// The pages live under app/[lang] (one root layout per language); the bench pages are added there too, so they get
// the same document shell (root layout, theme script) and nothing else.
export const REFERENCE_ROUTE = "/[lang]/bench-referens";
export const BARE_ROUTE = "/[lang]/bench-text";
export const TEXT_ONLY_ROUTES = ["/[lang]/om", "/[lang]/regioner", "/[lang]/teman", "/[lang]/indikatorer"];

/** Benchmark-only pages, written into the temp copy only. */
const REFERENCE_PAGE = `"use client";
/** Benchmark reference (temp copy only): one recharts BarChart with 20 bars + one sortable TanStack v9 table. */
import { useState } from "react";
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from "recharts";
import { createColumnHelper, createSortedRowModel, rowSortingFeature, tableFeatures, useTable, type SortingState } from "@tanstack/react-table";

type Row = { name: string; value: number };
const data: Row[] = Array.from({ length: 20 }, (_, i) => ({ name: "Stapel " + (i + 1), value: ((i * 37) % 50) + 5 }));
const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
const helper = createColumnHelper<typeof features, Row>();
const columns = helper.columns([helper.accessor("name", { header: "Namn" }), helper.accessor("value", { header: "Värde" })]);

export default function BenchReferencePage() {
  const [sorting, setSorting] = useState<SortingState>([]);
  const table = useTable({ features, columns, data, state: { sorting }, onSortingChange: setSorting });
  return (
    <>
      <h1>Referenssida</h1>
      <BarChart width={600} height={300} data={data} accessibilityLayer>
        <CartesianGrid />
        <XAxis dataKey="name" />
        <YAxis />
        <Tooltip />
        <Bar dataKey="value" fill="#1f5fa8" isAnimationActive={false} />
      </BarChart>
      <table>
        <thead>
          {table.getHeaderGroups().map((g) => (
            <tr key={g.id}>
              {g.headers.map((h) => (
                <th key={h.id} scope="col">
                  <button type="button" onClick={h.column.getToggleSortingHandler()}>
                    <table.FlexRender header={h} /> {h.column.getIsSorted() || ""}
                  </button>
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((r) => (
            <tr key={r.id}>
              {r.getAllCells().map((c) => (
                <td key={c.id}><table.FlexRender cell={c} /></td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
`;

const BARE_PAGE = `/** Benchmark baseline (temp copy only): a bare server-rendered text page. */
export default function BenchTextPage() {
  return (
    <>
      <h1>Textsida</h1>
      <p>En sida med bara text, som jämförelse för hur mycket JavaScript ramverket och layouten kostar.</p>
    </>
  );
}
`;

export function addBenchPages(dir: string): void {
  for (const [route, src] of [["bench-referens", REFERENCE_PAGE], ["bench-text", BARE_PAGE]] as const) {
    fs.mkdirSync(path.join(dir, "app", "[lang]", route), { recursive: true });
    fs.writeFileSync(path.join(dir, "app", "[lang]", route, "page.tsx"), src);
  }
}
