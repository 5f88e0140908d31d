import Link from "next/link";
import { getDataset } from "@/lib/data";
import { formatNumber } from "@/lib/format";
import { NATIONAL_CODE } from "@/lib/schema";

export const metadata = { title: "Om Regionläget" };

export default function AboutPage() {
  const d = getDataset();
  const entrySources = [...new Map(d.entries.map((e) => [e.source.url, e.source])).values()];
  const indicatorSources = [...new Map(d.indicators.map((i) => [i.source.url, i.source])).values()];
  const credits = [...new Set(d.indicators.map((i) => i.credit))];
  const regionsWithout = d.regions.filter((r) => !d.smartSpecialisation.some((s) => s.region === r.code)).map((r) => r.name);
  const national = d.entries.filter((e) => e.region === NATIONAL_CODE).length;

  return (
    <>
      <h1>Om Regionläget</h1>
      <p className="lead">
        Regionläget gör regionernas redovisningar av det regionala utvecklingsarbetet sökbara och jämförbara, med källa för
        varje uppgift.
      </p>

      <h2 id="kallor">Källor</h2>
      <p>
        Grunden är Tillväxtverkets sammanställning <em>Regionalt utvecklingsarbete 2023</em>, som bygger på de 21
        regionernas årliga redovisningar till regeringen. Rapportens tabellbilaga gick inte att nå. Därför är posterna
        hämtade ur regionernas egna publikationer, Tillväxtverkets publikationssida och regeringens beslut. Sammanfattningarna
        är skrivna med egna ord; siffror och fakta är återgivna som källan anger dem.
      </p>
      <p>
        Datamängden har {formatNumber(d.entries.length)} poster ({national} nationella) från {entrySources.length} källsidor,
        och {d.indicators.length} indikatorer med {formatNumber(d.values.length)} värden. Den sammanställdes {d.meta.builtAt}.
      </p>
      <h3>Indikatorernas källor</h3>
      <ul>
        {credits.map((c) => <li key={c}>{c}</li>)}
      </ul>
      <details>
        <summary>Alla {indicatorSources.length} källor för indikatorerna</summary>
        <ul>
          {indicatorSources.map((s) => <li key={s.url}><a href={s.url} rel="noopener noreferrer">{s.title}</a></li>)}
        </ul>
      </details>
      <details>
        <summary>Alla {entrySources.length} källor för posterna</summary>
        <ul>
          {entrySources.map((s) => <li key={s.url}><a href={s.url} rel="noopener noreferrer">{s.title}</a></li>)}
        </ul>
      </details>
      <p>
        Kartan bygger på <a href="https://www.npmjs.com/package/@svg-maps/sweden" rel="noopener noreferrer">@svg-maps/sweden</a>{" "}
        (Karta: MapSVG / svg-maps, CC BY 4.0). Statistik från SCB får användas fritt med källangivelsen &quot;Källa: SCB&quot;.
      </p>

      <h2 id="metod">Metod</h2>
      <ul>
        <li>Varje post har en region (eller &quot;Alla regioner&quot; för nationella uppgifter), ett tema, en typ (insats, resultat, strategi, anslag eller slutsats), ett år om källan anger det, och en källa med adress och titel.</li>
        <li>Siffror i posterna visas som källan skrev dem, med förbehåll som &quot;över&quot; och &quot;cirka&quot;. De räknas aldrig om eller fylls i.</li>
        <li>Poster om länsstyrelsens arbete är märkta med aktören, så att de inte läses som regionens egna beslut.</li>
        <li>Indikatorerna visas per län och år. Rang 1 betyder högst värde. Län utan uppgift rangordnas inte och visas som &quot;Uppgift saknas&quot;.</li>
        <li>All data kontrolleras mot ett schema när sajten byggs; felaktiga uppgifter stoppar bygget.</li>
      </ul>

      <h2 id="luckor">Täckning och kända luckor</h2>
      <ul>
        {d.gaps.map((g) => (
          <li key={g.topic}><strong>{g.topic}.</strong> {g.reasonSv}</li>
        ))}
        {regionsWithout.length ? (
          <li><strong>Smart specialisering.</strong> Källmaterialet anger inga prioriterade områden för {regionsWithout.join(", ")}.</li>
        ) : null}
      </ul>
      <p>En tom ruta eller &quot;Uppgift saknas&quot; betyder att vi saknar uppgift, inte att regionen saknar verksamhet.</p>

      <h2 id="tillganglighet">Tillgänglighetsredogörelse</h2>
      <p>
        Regionläget ska kunna användas av så många som möjligt. Här beskriver vi hur webbplatsen uppfyller lagen om
        tillgänglighet till digital offentlig service (DOS-lagen), vilka brister vi känner till och hur du kan rapportera problem.
      </p>
      <h3>Hur tillgänglig är webbplatsen?</h3>
      <p>
        Webbplatsen är delvis förenlig med WCAG 2.1 nivå AA. Alla sidor testas automatiskt med axe (nivå A och AA) vid varje
        ändring. Tabeller har rubriker och sorteringsknappar, alla diagram har en textbeskrivning och samma data som tabell,
        och allt går att använda med tangentbord.
      </p>
      <h3>Kända brister</h3>
      <ul>
        <li>Diagrammens enskilda staplar kan inte alltid nås med tangentbord; använd tabellvyn (&quot;Visa som tabell&quot;) som har samma data.</li>
        <li>Texterna i posterna finns bara på svenska.</li>
      </ul>
      <h3>Rapportera brister</h3>
      <p>
        Om du stöter på hinder, beskriv problemet och sidans adress i ett ärende i projektets ärendelista, så svarar vi
        och åtgärdar bristen.
      </p>
      <h3>Tillsyn</h3>
      <p>
        Myndigheten för digital förvaltning (DIGG) har tillsyn över lagen om tillgänglighet till digital offentlig service.
        Om du inte är nöjd med hur vi hanterar dina synpunkter kan du{" "}
        <a href="https://www.digg.se/tdosanmalan" rel="noopener noreferrer">anmäla det till DIGG</a>.
      </p>
      <h3>Hur vi testat webbplatsen</h3>
      <p>
        Vi testar med automatiska verktyg (axe) på alla sidor och med tangentbord i webbläsaren. Redogörelsen uppdaterades
        senast när datamängden sammanställdes, {d.meta.builtAt}.
      </p>
      <p><Link href="/">Till översikten</Link></p>
    </>
  );
}
