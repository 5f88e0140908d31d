import { Activity, type ReactNode } from "react";
import { SiteHeader } from "./SiteHeader";
import { SiteFooter } from "./SiteFooter";
import { ScrollCues } from "@/components/table/ScrollCues";
import { getDataset } from "@/lib/data";
import { href, translator, type Lang } from "@/lib/i18n";
import { MyRegionCarry } from "./MyRegionCarry";

/** Skip link, header with navigation, main landmark and footer: the same on every site page. */
export function SiteChrome({ children, lang }: { children: ReactNode; lang: Lang }) {
  const { meta, regions } = getDataset();
  const t = translator(lang);
  return (
    <>
      <a href="#innehall" className="skip-link">{t("Hoppa till innehållet", "Skip to content")}</a>
      <SiteHeader lang={lang} />
      <MyRegionCarry lang={lang} regions={regions.map((r) => ({ code: r.code, name: r.name, href: href(lang, `/regioner/${r.code}`) }))} />
      <main id="innehall" tabIndex={-1}>
        {/*
          An Activity boundary (always visible) lets React hydrate the page's content after the header, at low
          priority and in short slices, not in one long task. Unlike a Suspense boundary it is never streamed
          out of order, so the HTML reads top to bottom without JavaScript and nothing shifts when it arrives.
        */}
        <div className="container"><Activity mode="visible">{children}</Activity></div>
      </main>
      <SiteFooter builtAt={meta.builtAt} lang={lang} />
      <ScrollCues />
    </>
  );
}
