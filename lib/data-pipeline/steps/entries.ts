/**
 * Step: raw activity records of every pass → entries. Resolves region and theme (the combined cross-cutting theme by
 * title prefix or exact title), parses figures, applies the reviewed actor, drops exact duplicates and types the
 * source. Pure; problems are collected, never thrown.
 */
import { KINDS, NATIONAL_CODE, check, type Entry, type Figure } from "../../schema";
import { parseFigure } from "../figures";
import { cleanText, entryId, normaliseTitle } from "../text";
import { rawActivitySchema, stripComment, type BuildInput, type MetaInput, type StepLog } from "../types";
import { entryPeriod } from "./period";
import { typedSource } from "./source-type";

export type EntriesOut = { entries: Entry[]; rawTitle: Map<string, string> };

/** "Samverkan: överenskommelse …" → ["samverkan", "Överenskommelse …"]: the prefix is our label, not the source's title. */
export function splitPerspectivePrefix(title: string, byPrefix: Record<string, string> = {}): { theme: string; title: string } | null {
  // Longest prefix first, so "Samverkan över gränsen:" wins over "Samverkan:".
  for (const prefix of Object.keys(byPrefix).sort((a, b) => b.length - a.length)) {
    if (title.startsWith(prefix)) {
      const rest = title.slice(prefix.length).trim();
      return { theme: byPrefix[prefix], title: rest.charAt(0).toLocaleUpperCase("sv") + rest.slice(1) };
    }
  }
  return null;
}

export function buildEntries(input: BuildInput, M: MetaInput, regionCodes: Set<string>, themeBySourceName: Map<string, string>, log: StepLog): EntriesOut {
  const { problems, report } = log;
  const regionNames = stripComment(M.regionNames);
  const entries: Entry[] = [];
  const rawTitle = new Map<string, string>();
  const seenKey = new Map<string, string>();
  const idOrigin = new Map<string, string>();
  const usedThemeMap = new Set<string>();
  const usedActors = new Set<string>();
  let dropped = 0;
  for (const { file, records } of input.activities) {
    records.forEach((rec, i) => {
      const where = `${file}[${i}]`;
      const parsed = check(rawActivitySchema, rec, where);
      if (!parsed.ok) {
        problems.push(...parsed.problems);
        return;
      }
      const r = parsed.data;
      const sourceTitle = cleanText(r.title);
      let title = sourceTitle;
      let ok = true;
      const region = regionNames[cleanText(r.region)];
      if (region === undefined) {
        problems.push(`${where}.region: okänd region ${JSON.stringify(r.region)} (lägg till den i data/meta/region-names.json)`);
        ok = false;
      } else if (region !== NATIONAL_CODE && !regionCodes.has(region)) {
        problems.push(`${where}.region: ${JSON.stringify(r.region)} pekar på okänd landskod "${region}"`);
        ok = false;
      }
      let theme: string | undefined;
      if (cleanText(r.theme) === M.themeMap.sourceTheme) {
        const byPrefix = splitPerspectivePrefix(sourceTitle, M.themeMap.byPrefix);
        if (byPrefix) ({ theme, title } = byPrefix);
        else {
          theme = M.themeMap.byTitle[sourceTitle]?.theme;
          if (theme) usedThemeMap.add(sourceTitle);
          else {
            problems.push(`${where}.theme: posten "${sourceTitle}" har det kombinerade temat men saknas i data/meta/theme-map.json`);
            ok = false;
          }
        }
      } else {
        theme = themeBySourceName.get(cleanText(r.theme));
        if (!theme) {
          problems.push(`${where}.theme: okänt tema ${JSON.stringify(r.theme)}`);
          ok = false;
        }
      }
      if (!(KINDS as readonly string[]).includes(r.kind)) {
        problems.push(`${where}.kind: okänd typ ${JSON.stringify(r.kind)}`);
        ok = false;
      }
      const figures: Figure[] = [];
      r.figures.forEach((f, j) => {
        try {
          figures.push(parseFigure(f));
        } catch (e) {
          problems.push(`${where}.figures[${j}]: ${(e as Error).message}`);
          ok = false;
        }
      });
      const actorReview = M.actors.byTitle[sourceTitle];
      if (actorReview) usedActors.add(sourceTitle);
      else if (/länsstyrelse/i.test(r.summary + " " + r.sourceTitle)) {
        problems.push(`${where}: "${sourceTitle}" nämner länsstyrelsen men är inte granskad i data/meta/actors.json`);
        ok = false;
      }
      if (!ok || region === undefined || theme === undefined) return;

      const key = `${region}|${normaliseTitle(title)}|${r.sourceUrl.trim()}`;
      if (seenKey.has(key)) {
        dropped++;
        report.push(`dubblett borttagen: ${where} "${title}" (samma region, titel och källa som ${seenKey.get(key)})`);
        return;
      }
      seenKey.set(key, where);
      const id = entryId(region, title);
      if (idOrigin.has(id)) {
        problems.push(`${where}: id "${id}" krockar med ${idOrigin.get(id)} (samma region och titel men annan källa – byt titel eller slå ihop posterna)`);
        return;
      }
      idOrigin.set(id, where);
      const kind = r.kind as Entry["kind"];
      const entry: Entry = {
        id, region, theme, kind, title, summary: cleanText(r.summary), figures, year: r.year,
        period: entryPeriod({ kind, title, figures, year: r.year }),
        source: typedSource(M.sourceTypes, { url: r.sourceUrl.trim(), title: cleanText(r.sourceTitle) }, "entry"),
      };
      if (actorReview?.actor) entry.actor = actorReview.actor;
      rawTitle.set(id, sourceTitle);
      entries.push(entry);
    });
  }
  report.push(`poster: ${entries.length} (${dropped} dubbletter borttagna)`);
  for (const t of Object.keys(M.themeMap.byTitle)) if (!usedThemeMap.has(t)) report.push(`varning: theme-map.json-titeln "${t}" matchar ingen post`);
  for (const t of Object.keys(M.actors.byTitle)) if (!usedActors.has(t)) report.push(`varning: actors.json-titeln "${t}" matchar ingen post`);
  return { entries, rawTitle };
}
