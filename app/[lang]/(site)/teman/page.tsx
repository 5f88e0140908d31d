import Link from "@/components/layout/Link";
import { getDataset } from "@/lib/data";
import { NATIONAL_CODE } from "@/lib/schema";
import { href, langFrom, translator } from "@/lib/i18n";
import { themeName } from "@/lib/indicator-text";

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props) {
  return { title: translator(await langFrom(params))("Teman", "Themes") };
}

export default async function ThemesPage({ params }: Props) {
  const lang = await langFrom(params);
  const t = translator(lang);
  const d = getDataset();
  const groups = [
    {
      id: "rapportomrade",
      title: t("Rapportområden", "Report areas"),
      intro: t("De tio områden som regionerna redovisar till regeringen.", "The ten areas the regions report on to the government."),
    },
    {
      id: "genomgaende",
      title: t("Genomgående teman", "Cross-cutting themes"),
      intro: t("Perspektiv som ska prägla allt regionalt utvecklingsarbete.", "Perspectives that should run through all regional development work."),
    },
  ] as const;
  return (
    <>
      <h1>{t("Teman", "Themes")}</h1>
      <p className="lead">{t("Välj ett tema för att jämföra vad regionerna gör och var de står.", "Choose a theme to compare what the regions do and where they stand.")}</p>
      {groups.map((g) => (
        <section key={g.id} aria-labelledby={`g-${g.id}`}>
          <h2 id={`g-${g.id}`}>{g.title}</h2>
          <p>{g.intro}</p>
          <div className="grid grid-3">
            {d.themes.filter((th) => th.group === g.id).map((th) => {
              const entries = d.entries.filter((e) => e.theme === th.slug && e.region !== NATIONAL_CODE);
              const regions = new Set(entries.map((e) => e.region)).size;
              const inds = d.indicators.filter((i) => i.themes.includes(th.slug)).length;
              return (
                <article key={th.slug} className="card">
                  <h3><Link href={href(lang, `/teman/${th.slug}`)}>{themeName(th, lang)}</Link></h3>
                  <p className="small muted" style={{ margin: 0 }}>
                    {t(
                      `${entries.length} poster från ${regions} av 21 regioner · ${inds} indikatorer`,
                      `${entries.length} records from ${regions} of 21 regions · ${inds} indicators`,
                    )}
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
