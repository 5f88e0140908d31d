import { ChartCard } from "@/components/charts/ChartCard";
import { BarChart } from "@/components/charts/BarChart";
import { ChartActions } from "@/components/export/ChartActions";
import { ChoroplethMap } from "@/components/map/ChoroplethMap";

// TEMPORARY page for trying the export menu; delete when done.
const data = [
  { code: "01", name: "Stockholm", v: 729.4 },
  { code: "12", name: "Skåne", v: 451.25 },
  { code: "09", name: "Gotland", v: 380.1 },
  { code: "25", name: "Norrbotten", v: -12.5 },
];
const sources = [{ url: "https://www.scb.se/hitta-statistik/", title: "SCB, Regionalräkenskaper" }];
const table = {
  caption: "BRP per invånare 2021",
  columns: [{ id: "lan", label: "Län" }, { id: "value", label: "Värde", numeric: true }],
  rows: data.map((d) => ({ id: d.code, cells: { lan: { t: d.name, v: d.name }, value: { t: String(d.v).replace(".", ","), v: d.v } } })),
};
const props = {
  title: "BRP per invånare 2021, tusental kronor",
  subtitle: "Tusental kronor per invånare, löpande priser, 2021. Fyra län.",
  description: "Stockholm har högst värde (729 tkr) och Norrbotten lägst (−12,5) år 2021.",
  sources,
  credit: "Källa: SCB (via Regionfakta)",
  notes: ["Testdata, inte riktiga siffror."],
};

export default function Page() {
  return (
    <div className="container">
      <ChartCard id="test-bar" {...props} table={table}>
        <BarChart
          ariaLabel="Stapeldiagram"
          decimals={1}
          data={data.map((d) => ({ label: d.name, values: { v: d.v }, display: String(d.v).replace(".", ","), highlight: d.code === "09" }))}
          series={[{ key: "v", label: "BRP" }]}
          reference={{ label: "Riket", value: 500, display: "500" }}
          labelWidth={130}
        />
        <ChartActions cardId="test-bar" {...props} table={table} page="region-gotland" selection="BRP per invånare" year="2021" />
      </ChartCard>
      <ChartCard id="test-stack" {...props} title="Poster per tema" credit={undefined} table={table}>
        <BarChart
          ariaLabel="Staplat"
          data={[{ label: "Kompetensförsörjning", values: { a: 3, b: 5 }, display: "8" }, { label: "Innovation", values: { a: 1, b: 2 }, display: "3" }]}
          series={[{ key: "a", label: "Insatser", color: "#0072B2" }, { key: "b", label: "Resultat", color: "#009E73" }]}
          labelWidth={200}
        />
        <ChartActions cardId="test-stack" {...props} title="Poster per tema" credit={undefined} table={table} page="region-gotland" />
      </ChartCard>
      <ChartCard id="test-map" {...props} title="Karta" table={table}>
        <div data-export-target>
          <ChoroplethMap title="Karta" description="Test" showCaption={false} unitLabel="Tusental kronor" idPrefix="tm"
            values={data.map((d) => ({ code: d.code, name: d.name, value: d.v, display: String(d.v), href: "" }))} />
        </div>
        <ChartActions cardId="test-map" {...props} title="Karta" table={table} page="indikatorer" selection="brp" year="2021" />
      </ChartCard>
    </div>
  );
}
