import Link from "next/link";
import { getDataset } from "@/lib/data";
import { coverageOf, defaultPeriod, periodsOf } from "@/lib/derive/indicators";
import type { Indicator } from "@/lib/schema";

export const metadata = { title: "Indikatorer" };

export default function IndicatorsPage() {
  const d = getDataset();
  const groups: { key: string; title: string; items: Indicator[] }[] = [
    ...d.themes.map((t) => ({ key: t.slug, title: t.nameSv, items: d.indicators.filter((i) => i.themes[0] === t.slug) })),
    { key: "bakgrund", title: "Bakgrund: befolkning och yta", items: d.indicators.filter((i) => i.themes.length === 0) },
  ].filter((g) => g.items.length > 0);

  return (
    <>
      <h1>Indikatorer</h1>
      <p className="lead">
        Officiell statistik per län som beskriver var regionerna står, ordnad efter tema. Välj en indikator för att se
        rangordning, karta och utveckling över tid.
      </p>
      <p>
        Täckning visar hur många av de 21 länen som har ett värde det senaste året. Indikatorer med uppgifter för bara några
        få län visas som tabell, inte som karta eller rangordning.
      </p>
      {groups.map((g) => (
        <section key={g.key} aria-labelledby={`g-${g.key}`}>
          <h2 id={`g-${g.key}`}>{g.title}</h2>
          <div className="table-wrap">
            <table>
              <caption className="visually-hidden">Indikatorer inom {g.title.toLowerCase()}</caption>
              <thead>
                <tr>
                  <th scope="col">Indikator</th>
                  <th scope="col">Enhet</th>
                  <th scope="col">År</th>
                  <th scope="col" className="num">Täckning senaste år</th>
                  <th scope="col">Källa</th>
                </tr>
              </thead>
              <tbody>
                {g.items.map((i) => {
                  const periods = periodsOf(d.values, i.id);
                  const latest = defaultPeriod(d.values, i.id);
                  const cov = latest ? coverageOf(d.values, i.id, latest.period) : 0;
                  return (
                    <tr key={i.id}>
                      <th scope="row" style={{ fontWeight: 500 }}>
                        <Link href={`/indikatorer/${i.id}`}>{i.nameSv}</Link>
                        {i.fragment ? <div className="small muted">Enstaka uppgifter</div> : null}
                      </th>
                      <td>{i.unit}</td>
                      <td>{periods.length > 3 ? `${periods[0].period}–${periods.at(-1)!.period} (${periods.length} år)` : periods.map((p) => p.period).join(", ")}</td>
                      <td className="num">{latest ? `${cov} av 21 (${latest.period})` : "Uppgift saknas"}</td>
                      <td className="small">{i.credit}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </>
  );
}
