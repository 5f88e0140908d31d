/**
 * Shared wording for running text, in Swedish and English: lists, plurals and the tie-aware "who has the most"
 * sentences of the record-count charts. Pure; every sentence has a unit test (text.test.ts).
 */
import { LOCALE, type Lang } from "./i18n";

const LIST_FORMATS: Record<Lang, Intl.ListFormat> = {
  sv: new Intl.ListFormat(LOCALE.sv, { style: "long", type: "conjunction" }),
  en: new Intl.ListFormat(LOCALE.en, { style: "long", type: "conjunction" }),
};

/** "A, B och C" / "A, B and C". */
export function joinList(items: readonly string[], lang: Lang): string {
  return LIST_FORMATS[lang].format(items);
}

/** The singular for exactly one, else the plural: plural(1, "post", "poster") = "post". */
export function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}

/** "post"/"poster", "record"/"records". */
export function recordsWord(n: number, lang: Lang): string {
  return lang === "en" ? plural(n, "record", "records") : plural(n, "post", "poster");
}

/** The highest count above zero and every row that has it, in the rows' order (a tie keeps them all). */
export function leadersOf<T>(rows: readonly T[], count: (row: T) => number): { top: number; leaders: T[] } {
  const top = rows.reduce((max, row) => Math.max(max, count(row)), 0);
  return { top, leaders: top > 0 ? rows.filter((row) => count(row) === top) : [] };
}

type Counted = { label: string; count: number };

/**
 * Description of the records-per-region chart of a theme: how many of the 21 regions have records, who has the most
 * (or how many share the most) and how many have none. `theme` is the theme's name in running text (lower case).
 */
export function recordsByRegionSentence(theme: string, rows: readonly Counted[], lang: Lang): string {
  const withRecords = rows.filter((r) => r.count > 0);
  const { top, leaders } = leadersOf(withRecords, (r) => r.count);
  const none = 21 - withRecords.length;
  if (lang === "en") {
    if (withRecords.length === 0) return `We have no records on ${theme} from any region.`;
    const most = leaders.length > 1 ? `${leaders.length} regions have the most (${top} each)` : `${leaders[0].label} has the most (${top})`;
    return `${withRecords.length} of 21 regions have records on the theme; ${most}.` + (none === 0 ? "" : none === 1 ? " 1 region has none." : ` ${none} regions have none.`);
  }
  if (withRecords.length === 0) return `Vi har inga poster om ${theme} från någon region.`;
  const most = leaders.length > 1 ? `${leaders.length} regioner har flest (${top} var)` : `flest har ${leaders[0].label} (${top})`;
  return `${withRecords.length} av 21 regioner har poster om temat; ${most}.` + (none === 0 ? "" : none === 1 ? " 1 region saknar poster." : ` ${none} regioner saknar poster.`);
}

/**
 * Description of the records-per-theme chart of a region: how many records in how many themes, and the theme with the
 * most (or how many themes share the most). `total` is the region's number of records.
 */
export function recordsByThemeSentence(org: string, total: number, rows: readonly Counted[], themeCount: number, lang: Lang): string {
  const withRecords = rows.filter((r) => r.count > 0);
  const { top, leaders } = leadersOf(withRecords, (r) => r.count);
  if (lang === "en") {
    if (total === 0) return `We have no records for ${org}.`;
    const most = leaders.length > 1 ? `the most (${top} each) in ${leaders.length} themes` : `most in ${leaders[0].label.toLowerCase()} (${top})`;
    return `${org} has ${total} records in ${withRecords.length} of ${themeCount} themes; ${most}.`;
  }
  if (total === 0) return `Vi har inga poster för ${org}.`;
  const most = leaders.length > 1 ? `flest (${top} var) inom ${leaders.length} teman` : `flest inom ${leaders[0].label.toLowerCase()} (${top})`;
  return `${org} har ${total} poster inom ${withRecords.length} av ${themeCount} teman; ${most}.`;
}
