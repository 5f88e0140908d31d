import Link from "@/components/layout/Link";
import { uniqueSources } from "@/lib/derive/sources";
import { getDataset } from "@/lib/data";
import { formatNumber } from "@/lib/format";
import { NATIONAL_CODE } from "@/lib/schema";
import { href, langFrom, translator } from "@/lib/i18n";
import { creditEn } from "@/lib/indicator-text";
import { InSwedish } from "@/components/layout/InSwedish";
import { SimilarMethod } from "@/components/profile/SimilarMethod";
import { SourceTypesEn, SourceTypesSv } from "@/components/sources/SourceTypes";
import { sourceTypeCounts } from "@/lib/derive/source-types";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props) {
  return { title: translator(await langFrom(params))("Om Regionläget", "About Regionläget") };
}

export default async function AboutPage({ params }: Props) {
  const lang = await langFrom(params);
  if (lang === "en") return <AboutEn />;
  const d = getDataset();
  const entrySources = uniqueSources(d.entries.map((e) => e.source));
  const indicatorSources = uniqueSources(d.indicators.map((i) => i.source));
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
      {d.meta.report ? (
        <p id="rapporten">
          Rapporten: {d.meta.report.publisher}, <a href={d.meta.report.url} rel="noopener noreferrer"><em>{d.meta.report.title}</em></a>,
          publikationsnummer {d.meta.report.number}, ISBN {d.meta.report.isbn} ({d.meta.report.year}).
        </p>
      ) : null}
      <SourceTypesSv counts={sourceTypeCounts(d.meta.sources)} />
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
        (Karta: MapSVG / svg-maps, CC BY 4.0). Vi har ändrat den: länskoder i stället för namn, och koordinaterna avrundade
        till en decimal (ingen skillnad som syns). Statistik från SCB får användas fritt med källangivelsen &quot;Källa: SCB&quot;.
      </p>

      <h2 id="metod">Metod</h2>
      <ul>
        <li>Varje post har en region (eller &quot;Alla regioner&quot; för nationella uppgifter), ett tema, en typ (insats, resultat, strategi, anslag eller slutsats), ett år om källan anger det, och en källa med adress och titel.</li>
        <li>Siffror i posterna visas som källan skrev dem, med förbehåll som &quot;över&quot; och &quot;cirka&quot;. De räknas aldrig om eller fylls i.</li>
        <li>Poster om länsstyrelsens arbete är märkta med aktören, så att de inte läses som regionens egna beslut.</li>
        <li>Indikatorerna visas per län och år. Rang 1 betyder högst värde. Län utan uppgift rangordnas inte och visas som &quot;Uppgift saknas&quot;.</li>
        <li>All data kontrolleras mot ett schema när sajten byggs; felaktiga uppgifter stoppar bygget.</li>
      </ul>

      <SimilarMethod lang="sv" />

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

/** The same page in English: the same facts, lists and links; dataset texts that exist only in Swedish are marked. */
function AboutEn() {
  const lang = "en" as const;
  const d = getDataset();
  const nf = (n: number) => formatNumber(n, 0, lang);
  const entrySources = uniqueSources(d.entries.map((e) => e.source));
  const indicatorSources = uniqueSources(d.indicators.map((i) => i.source));
  const credits = [...new Set(d.indicators.map((i) => creditEn(i.credit)))];
  const regionsWithout = d.regions.filter((r) => !d.smartSpecialisation.some((s) => s.region === r.code)).map((r) => r.name);
  const national = d.entries.filter((e) => e.region === NATIONAL_CODE).length;

  return (
    <>
      <h1>About Regionläget</h1>
      <p className="lead">
        Regionläget makes the regions&apos; reports on their regional development work searchable and comparable, with a
        source for every figure.
      </p>

      <h2 id="kallor">Sources</h2>
      <p>
        The basis is the Swedish Agency for Economic and Regional Growth&apos;s (Tillväxtverket) compilation{" "}
        <em lang="sv">Regionalt utvecklingsarbete 2023</em>, built on the 21 regions&apos; annual reports to the government.
        The report&apos;s statistical annex could not be reached, so the records come from the regions&apos; own publications,
        Tillväxtverket&apos;s publication page and government decisions. The summaries are written in our own words, in
        Swedish; figures and facts are given as the source states them.
      </p>
      {d.meta.report ? (
        <p id="rapporten">
          The report: {d.meta.report.publisher}, <a href={d.meta.report.url} rel="noopener noreferrer"><em lang="sv">{d.meta.report.title}</em></a>,
          publication number {d.meta.report.number}, ISBN {d.meta.report.isbn} ({d.meta.report.year}).
        </p>
      ) : null}
      <SourceTypesEn counts={sourceTypeCounts(d.meta.sources)} />
      <p>
        The dataset has {nf(d.entries.length)} records ({national} national) from {entrySources.length} source pages, and{" "}
        {d.indicators.length} indicators with {nf(d.values.length)} values. It was compiled on {d.meta.builtAt}.
      </p>
      <h3>Sources of the indicators</h3>
      <ul>
        {credits.map((c) => <li key={c}>{c}</li>)}
      </ul>
      <details>
        <summary>All {indicatorSources.length} sources of the indicators (titles in Swedish)</summary>
        <ul lang="sv">
          {indicatorSources.map((s) => <li key={s.url}><a href={s.url} rel="noopener noreferrer">{s.title}</a></li>)}
        </ul>
      </details>
      <details>
        <summary>All {entrySources.length} sources of the records (titles in Swedish)</summary>
        <ul lang="sv">
          {entrySources.map((s) => <li key={s.url}><a href={s.url} rel="noopener noreferrer">{s.title}</a></li>)}
        </ul>
      </details>
      <p>
        The map is based on <a href="https://www.npmjs.com/package/@svg-maps/sweden" rel="noopener noreferrer">@svg-maps/sweden</a>{" "}
        (Map: MapSVG / svg-maps, CC BY 4.0). We changed it: county codes instead of names, and coordinates rounded to one
        decimal (no visible difference). Statistics from Statistics Sweden (SCB) may be used freely with the credit
        &quot;Source: SCB&quot;.
      </p>

      <h2 id="metod">Method</h2>
      <ul>
        <li>Every record has a region (or &quot;All regions&quot; for national information), a theme, a kind (activity, result, strategy, funding or conclusion), a year when the source gives one, and a source with address and title.</li>
        <li>Figures in the records are shown as the source wrote them, with qualifiers such as &quot;over&quot; and &quot;about&quot;. They are never recalculated or filled in.</li>
        <li>Records about the county administrative board&apos;s work are marked with the actor, so that they are not read as the region&apos;s own decisions.</li>
        <li>Indicators are shown by county and year. Rank 1 means the highest value. Counties without a value are not ranked and are shown as &quot;Not available&quot;.</li>
        <li>All data is checked against a schema when the site is built; invalid data stops the build.</li>
      </ul>

      <SimilarMethod lang="en" />

      <h2 id="luckor">Coverage and known gaps</h2>
      <ul>
        {d.gaps.map((g) => (
          <li key={g.topic}><strong><InSwedish lang={lang} quiet>{g.topic}</InSwedish>.</strong> {g.reasonEn}</li>
        ))}
        {regionsWithout.length ? (
          <li><strong>Smart specialisation.</strong> The source material gives no priority areas for {regionsWithout.join(", ")}.</li>
        ) : null}
      </ul>
      <p>An empty cell or &quot;Not available&quot; means we have no information, not that the region has no activity.</p>

      <h2 id="tillganglighet">Accessibility statement</h2>
      <p>
        Regionläget should be usable by as many people as possible. Here we describe how the website complies with the
        Swedish Act on accessibility to digital public services (DOS-lagen), the shortcomings we know of, and how to report
        a problem.
      </p>
      <h3>How accessible is the website?</h3>
      <p>
        The website is partially compliant with WCAG 2.1 level AA. Every page is tested automatically with axe (levels A and
        AA) in Swedish and English, in light and dark colour schemes, on every change. Tables have headers and sort buttons,
        every chart has a text description and the same data as a table, and everything can be used with a keyboard.
      </p>
      <h3>Known shortcomings</h3>
      <ul>
        <li>The individual bars of the charts cannot always be reached with a keyboard; use the table view (&quot;Show as table&quot;), which has the same data.</li>
        <li>The texts of the records, source titles and caveats exist only in Swedish; they are marked as Swedish in the English version.</li>
      </ul>
      <h3>Report a problem</h3>
      <p>
        If you run into a barrier, describe the problem and the page&apos;s address in an issue in the project&apos;s issue
        tracker, and we will reply and fix it.
      </p>
      <h3>Supervision</h3>
      <p>
        The Agency for Digital Government (DIGG) supervises the Act on accessibility to digital public services. If you are
        not satisfied with how we handle your comments, you can{" "}
        <a href="https://www.digg.se/tdosanmalan" rel="noopener noreferrer">report it to DIGG</a> (in Swedish).
      </p>
      <h3>How we tested the website</h3>
      <p>
        We test with automated tools (axe) on every page and with the keyboard in the browser. The statement was last
        updated when the dataset was compiled, {d.meta.builtAt}.
      </p>
      <p><Link href={href(lang, "/")}>To the overview</Link></p>
    </>
  );
}
