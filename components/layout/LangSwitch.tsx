"use client";
import { Suspense } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { switchLangPath, type Lang } from "@/lib/i18n";

/**
 * "English" on Swedish pages, "Svenska" on English pages: the same view (path and query) in the other language.
 * A plain link (full page load), since the document language changes.
 */
export function LangSwitch({ lang }: { lang: Lang }) {
  return (
    <Suspense fallback={<SwitchLink lang={lang} query="" />}>
      <WithQuery lang={lang} />
    </Suspense>
  );
}

function WithQuery({ lang }: { lang: Lang }) {
  const q = useSearchParams()?.toString() ?? "";
  return <SwitchLink lang={lang} query={q} />;
}

function SwitchLink({ lang, query }: { lang: Lang; query: string }) {
  const pathname = usePathname() ?? "/";
  const to: Lang = lang === "sv" ? "en" : "sv";
  const target = switchLangPath(pathname, to) + (query ? `?${query}` : "");
  return (
    <a className="lang-switch" href={target} hrefLang={to} lang={to}>
      {to === "en" ? "English" : "Svenska"}
    </a>
  );
}
