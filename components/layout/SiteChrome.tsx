import type { ReactNode } from "react";
import { SiteHeader } from "./SiteHeader";
import { SiteFooter } from "./SiteFooter";
import { getDataset } from "@/lib/data";
import { translator, type Lang } from "@/lib/i18n";

/** Skip link, header with navigation, main landmark and footer: the same on every site page. */
export function SiteChrome({ children, lang }: { children: ReactNode; lang: Lang }) {
  const { meta } = getDataset();
  const t = translator(lang);
  return (
    <>
      <a href="#innehall" className="skip-link">{t("Hoppa till innehållet", "Skip to content")}</a>
      <SiteHeader lang={lang} />
      <main id="innehall" tabIndex={-1}>
        <div className="container">{children}</div>
      </main>
      <SiteFooter builtAt={meta.builtAt} lang={lang} />
    </>
  );
}
