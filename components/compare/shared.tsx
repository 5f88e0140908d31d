/** Pieces the comparison's sections share: region column headers, source links, the English "in Swedish" note, S3 groups. */
import Link from "@/components/layout/Link";
import { InSwedish } from "@/components/layout/InSwedish";
import { getDataset } from "@/lib/data";
import { areaLabelIsOwn, type SharedArea } from "@/lib/derive/compare";
import { quote } from "@/lib/compare-text";
import { href, type Lang } from "@/lib/i18n";
import type { Region, Source } from "@/lib/schema";

/** Column headers: the regional organisations, linked to their pages. */
export function RegionHeaders({ chosen, lang }: { chosen: Region[]; lang: Lang }) {
  return (
    <>
      {chosen.map((r) => (
        <th key={r.code} scope="col">
          <Link href={href(lang, `/regioner/${r.code}`)}>{r.organisation}</Link>
        </th>
      ))}
    </>
  );
}

/** A source, its title as the dataset has it (Swedish); say once per section in English that the titles are Swedish. */
export function SourceLink({ source, lang }: { source: Source; lang: Lang }) {
  return (
    <a href={source.url} rel="noopener noreferrer">
      <InSwedish lang={lang} quiet>{source.title}</InSwedish>
    </a>
  );
}

/** An English-only remark that the section's dataset texts are in Swedish; nothing in Swedish. */
export function SwedishNote({ lang, children }: { lang: Lang; children: string }) {
  return lang === "en" ? <p className="muted small">{children}</p> : null;
}

export function regionLabelOf(chosen: Region[], code: string) {
  return chosen.find((r) => r.code === code)?.organisation ?? code;
}

export function areaLists() {
  return getDataset().smartSpecialisation.map((s) => ({ region: s.region, areas: s.areas }));
}

/** A group's label: our own key-word label in the UI language, or (Swedish) the area as the regions wrote it. */
export function GroupLabel({ group, lang }: { group: SharedArea; lang: Lang }) {
  return areaLabelIsOwn(group) ? <>{group.label}</> : <InSwedish lang={lang} quiet>{group.label}</InSwedish>;
}

/** "Gotland" or "Norrbotten (”Besöksnäring (utvecklingsområde)”)" when the wording differs from the group's. */
export function GroupMembers({ group, link, lang }: { group: SharedArea; link: boolean; lang: Lang }) {
  const d = getDataset();
  const name = (c: string) => d.regions.find((r) => r.code === c)?.name ?? c;
  return (
    <ul className="area-members">
      {group.regions.map((m) => {
        const same = m.areas.length === 1 && m.areas[0].trim().toLowerCase() === group.label.toLowerCase();
        return (
          <li key={m.region}>
            {link ? <Link href={href(lang, `/regioner/${m.region}`)}>{name(m.region)}</Link> : <strong>{name(m.region)}</strong>}
            {same ? null : <>: <InSwedish lang={lang} quiet>{m.areas.map((a) => quote(a, lang)).join(", ")}</InSwedish></>}
          </li>
        );
      })}
    </ul>
  );
}
