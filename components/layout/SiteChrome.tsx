import type { ReactNode } from "react";
import { SiteHeader } from "./SiteHeader";
import { SiteFooter } from "./SiteFooter";
import { getDataset } from "@/lib/data";

/** Skip link, header with navigation, main landmark and footer: the same on every site page. */
export function SiteChrome({ children }: { children: ReactNode }) {
  const { meta } = getDataset();
  return (
    <>
      <a href="#innehall" className="skip-link">Hoppa till innehållet</a>
      <SiteHeader />
      <main id="innehall" tabIndex={-1}>
        <div className="container">{children}</div>
      </main>
      <SiteFooter builtAt={meta.builtAt} />
    </>
  );
}
