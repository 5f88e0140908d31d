/**
 * Languages. Swedish is the default and has no prefix (/regioner/09); English lives under /en (/en/regioner/09).
 * The app is built under app/[lang]/…; next.config.ts rewrites unprefixed addresses to /sv/… so Swedish keeps
 * its short, stable links. Strings sit next to where they are used, as a Swedish/English pair: t("Regioner", "Regions").
 * Zod-free and server/client safe.
 */
export const LANGS = ["sv", "en"] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = "sv";

export function isLang(x: unknown): x is Lang {
  return x === "sv" || x === "en";
}

/** Intl locale per language: sv-SE ("1 234,5 %"), en-GB ("1,234.5%", "27 November 2026"). */
export const LOCALE: Record<Lang, string> = { sv: "sv-SE", en: "en-GB" };

/** The address of an app path in a language: href("en", "/regioner/09") → "/en/regioner/09". */
export function href(lang: Lang, path: string): string {
  if (lang === "sv") return path;
  if (path === "/" || path === "") return "/en";
  if (path.startsWith("/?") || path.startsWith("?")) return "/en" + path.replace(/^\//, "");
  if (path.startsWith("#")) return path;
  return "/en" + path;
}

/** The same page in the other language (for the language switch): strips or adds the /en prefix. */
export function switchLangPath(pathname: string, to: Lang): string {
  const bare = pathname === "/en" ? "/" : pathname.startsWith("/en/") ? pathname.slice(3) : pathname;
  return href(to, bare);
}

/** The language of a browser path. */
export function langOfPath(pathname: string): Lang {
  return pathname === "/en" || pathname.startsWith("/en/") ? "en" : "sv";
}

export type T = (sv: string, en: string) => string;
/** t("Regioner", "Regions") in the given language. */
export function translator(lang: Lang): T {
  return lang === "en" ? (_sv, en) => en : (sv) => sv;
}

/** "Uppgift saknas" / "Not available". */
export function missingText(lang: Lang): string {
  return lang === "en" ? "Not available" : "Uppgift saknas";
}

/** The language from a page's route parameters (app/[lang]/…); anything unknown is Swedish. */
export async function langFrom(params: Promise<{ lang?: string }>): Promise<Lang> {
  const { lang } = await params;
  return isLang(lang) ? lang : DEFAULT_LANG;
}
