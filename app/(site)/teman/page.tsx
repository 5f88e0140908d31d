import Link from "next/link";
import { getDataset } from "@/lib/data";
import { NATIONAL_CODE } from "@/lib/schema";

export const metadata = { title: "Teman" };

export default function ThemesPage() {
  const d = getDataset();
  const groups = [
    { id: "rapportomrade", title: "Rapportområden", intro: "De tio områden som regionerna redovisar till regeringen." },
    { id: "genomgaende", title: "Genomgående teman", intro: "Perspektiv som ska prägla allt regionalt utvecklingsarbete." },
  ] as const;
  return (
    <>
      <h1>Teman</h1>
      <p className="lead">Välj ett tema för att jämföra vad regionerna gör och var de står.</p>
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={`g-${g.id}`}>
          <h2 id={`g-${g.id}`}>{g.title}</h2>
          <p>{g.intro}</p>
          <div className="grid grid-3">
            {d.themes.filter((t) => t.group === g.id).map((t) => {
              const entries = d.entries.filter((e) => e.theme === t.slug && e.region !== NATIONAL_CODE);
              const regions = new Set(entries.map((e) => e.region)).size;
              const inds = d.indicators.filter((i) => i.themes.includes(t.slug)).length;
              return (
                <article key={t.slug} className="card">
                  <h3><Link href={`/teman/${t.slug}`}>{t.nameSv}</Link></h3>
                  <p className="small muted" style={{ margin: 0 }}>
                    {entries.length} poster från {regions} av 21 regioner · {inds} indikatorer
                  </p>
                </article>
              );
            })}
          </div>
        </section>
      ))}
    </>
  );
}
