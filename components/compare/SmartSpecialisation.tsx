/** Smart specialisation: the chosen regions' shared and own areas, and the groups across all 21 regions. */
import Link from "@/components/layout/Link";
import { InSwedish } from "@/components/layout/InSwedish";
import { getDataset } from "@/lib/data";
import { regionsWithoutAreas, sharedAreas, uniqueAreas } from "@/lib/derive/compare";
import { joinList } from "@/lib/compare-text";
import { formatNumber } from "@/lib/format";
import { href, missingText, translator, type Lang } from "@/lib/i18n";
import type { Region } from "@/lib/schema";
import { areaLists, GroupLabel, GroupMembers, SourceLink, SwedishNote, regionLabelOf } from "./shared";

export function ChosenSmartSpecialisation({ chosen, lang }: { chosen: Region[]; lang: Lang }) {
  const t = translator(lang);
  const missing = missingText(lang);
  const d = getDataset();
  const codes = chosen.map((r) => r.code);
  // In the order the reader chose the regions.
  const lists = codes.flatMap((c) => areaLists().filter((l) => l.region === c));
  const shared = sharedAreas(lists, lang);
  const without = regionsWithoutAreas(codes, lists);
  return (
    <section aria-labelledby="smart-specialisering">
      <h2 id="smart-specialisering">{t("Smart specialisering", "Smart specialisation")}</h2>
      <p>
        {t(
          "Smart specialisering (S3) är regionens strategi för forskning och innovation: de områden där regionen har styrkor och vill satsa.",
          "Smart specialisation (S3) is the region's strategy for research and innovation: the areas where the region has strengths and wants to invest.",
        )}
      </p>
      <SwedishNote lang={lang}>
        The areas are given as the regions wrote them, in Swedish. The names of the groups of related areas are our own.
      </SwedishNote>
      <h3>{t("Gemensamma områden", "Shared areas")}</h3>
      {shared.length === 0 ? (
        <p>
          {lists.length < 2
            ? t(
                "Vi har uppgifter om smart specialisering för färre än två av de valda regionerna, så det går inte att jämföra.",
                "We have data on smart specialisation for fewer than two of the chosen regions, so they cannot be compared.",
              )
            : t(
                "De valda regionerna har inga gemensamma eller närliggande områden i källmaterialet.",
                "The chosen regions have no shared or related areas in the source material.",
              )}
        </p>
      ) : (
        <ul className="area-groups">
          {shared.map((g) => (
            <li key={g.key}>
              <strong className="area-label"><GroupLabel group={g} lang={lang} /></strong>{" "}
              <span className="muted small">
                {g.exact ? t("samma formulering", "same wording") : t("närliggande: samma nyckelord", "related: same keyword")}
              </span>
              <GroupMembers group={g} link={false} lang={lang} />
            </li>
          ))}
        </ul>
      )}
      <h3>{t("Varje regions områden", "Each region's areas")}</h3>
      <div className="compare-grid">
        {chosen.map((r) => {
          const s3 = d.smartSpecialisation.find((s) => s.region === r.code);
          return (
            <section key={r.code} className="card compare-col" aria-labelledby={`s3-${r.code}`}>
              <h4 id={`s3-${r.code}`} className="compare-col-title">{r.organisation}</h4>
              {s3 && s3.areas.length > 0 ? (
                <>
                  <ul className="pill-list">
                    {s3.areas.map((a) => <InSwedish key={a} as="li" lang={lang} quiet>{a}</InSwedish>)}
                  </ul>
                  <p className="source-line">{t("Källa", "Source")}: <SourceLink source={s3.source} lang={lang} /></p>
                </>
              ) : (
                <p>
                  {missing}
                  {t(
                    ": källmaterialet anger inga områden för smart specialisering.",
                    ": the source material gives no areas for smart specialisation.",
                  )}
                </p>
              )}
            </section>
          );
        })}
      </div>
      {without.length > 0 && without.length < chosen.length ? (
        <p className="muted small">
          {t(
            `${missing} för ${joinList(without.map((c) => regionLabelOf(chosen, c)), lang)}, så jämförelsen gäller bara de andra.`,
            `${missing} for ${joinList(without.map((c) => regionLabelOf(chosen, c)), lang)}, so the comparison covers only the others.`,
          )}
        </p>
      ) : null}
    </section>
  );
}

export function AllSmartSpecialisation({ regions, lang }: { regions: Region[]; lang: Lang }) {
  const t = translator(lang);
  const missing = missingText(lang);
  const d = getDataset();
  const name = (c: string) => d.regions.find((r) => r.code === c)?.name ?? c;
  // Regions in alphabetical order within each group (regions is already sorted by name).
  const lists = regions.flatMap((r) => areaLists().filter((l) => l.region === r.code));
  const shared = sharedAreas(lists, lang);
  const unique = uniqueAreas(lists, shared).filter((l) => l.areas.length > 0);
  const without = regionsWithoutAreas(regions.map((r) => r.code), lists);
  return (
    <section aria-labelledby="s3-alla">
      <h2 id="s3-alla">{t("Smart specialisering i alla regioner", "Smart specialisation in all regions")}</h2>
      <p>
        {t(
          "Vilka regioner som satsar på samma eller närliggande områden. Vi grupperar områden som innehåller samma nyckelord, till exempel ”livsmedel” eller ”besöksnäring”. Grupperingen är vår egen; regionens egen formulering står efter namnet när den skiljer sig.",
          "Which regions invest in the same or related areas. We group areas that contain the same Swedish keyword, for example “livsmedel” (food) or “besöksnäring” (tourism). The grouping and the group names are our own; the region's own wording, in Swedish, follows its name when it differs.",
        )}
      </p>
      <ul className="area-groups area-groups-all">
        {shared.map((g) => (
          <li key={g.key}>
            <h3 className="area-label">
              <GroupLabel group={g} lang={lang} />{" "}
              <span className="muted small">({formatNumber(g.regions.length, 0, lang)} {t("regioner", "regions")})</span>
            </h3>
            <GroupMembers group={g} link lang={lang} />
          </li>
        ))}
      </ul>
      {unique.length > 0 ? (
        <details className="compare-more">
          <summary>{t("Områden som bara en region har", "Areas that only one region has")}</summary>
          <ul>
            {unique.map((l) => (
              <li key={l.region}>
                <Link href={href(lang, `/regioner/${l.region}`)}>{name(l.region)}</Link>:{" "}
                <InSwedish lang={lang} quiet>{l.areas.join(", ")}</InSwedish>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {without.length > 0 ? (
        <p>
          <strong>{missing}</strong>
          {lang === "en"
            ? ` for ${joinList(without.map(name), lang)}: the source material gives no areas for smart specialisation for ${without.length === 1 ? "that region" : `these ${formatNumber(without.length, 0, lang)} regions`}.`
            : ` för ${joinList(without.map(name), lang)}: källmaterialet anger inga områden för smart specialisering för ${without.length === 1 ? "den regionen" : `dessa ${formatNumber(without.length, 0, lang)} regioner`}.`}
        </p>
      ) : null}
      <details className="compare-more">
        <summary>{t("Källor för smart specialisering", "Sources for smart specialisation")}</summary>
        <SwedishNote lang={lang}>The source titles are in Swedish.</SwedishNote>
        <ul>
          {lists.map((l) => {
            const s = d.smartSpecialisation.find((x) => x.region === l.region)!;
            return (
              <li key={l.region}>
                {name(l.region)}: <SourceLink source={s.source} lang={lang} />
              </li>
            );
          })}
        </ul>
      </details>
    </section>
  );
}

