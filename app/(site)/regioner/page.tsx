import Link from "next/link";
import { getDataset, regionsByName } from "@/lib/data";
import { formatNumber } from "@/lib/format";

export const metadata = { title: "Regioner" };

export default function RegionsPage() {
  const d = getDataset();
  const regions = regionsByName();
  return (
    <>
      <h1>Regioner</h1>
      <p className="lead">Välj en av de 21 regionerna för att se dess strategi, insatser, resultat och indikatorer.</p>
      <div className="table-wrap">
        <table>
          <caption>De 21 regionerna med antal poster och regional utvecklingsstrategi</caption>
          <thead>
            <tr>
              <th scope="col">Region</th>
              <th scope="col" className="num">Länskod</th>
              <th scope="col">Län</th>
              <th scope="col" className="num">Poster</th>
              <th scope="col">Regional utvecklingsstrategi</th>
            </tr>
          </thead>
          <tbody>
            {regions.map((r) => {
              const n = d.entries.filter((e) => e.region === r.code).length;
              const s = d.strategies.find((x) => x.region === r.code);
              return (
                <tr key={r.code}>
                  <th scope="row"><Link href={`/regioner/${r.code}`}>{r.organisation}</Link></th>
                  <td className="num">{r.code}</td>
                  <td>{r.county}</td>
                  <td className="num">{formatNumber(n)}</td>
                  <td>{s ? s.name : "Uppgift saknas"}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
