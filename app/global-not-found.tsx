import type { Metadata } from "next";
import "./globals.css";
import { THEME_INIT_SCRIPT } from "@/lib/color-scheme";
import { SiteChrome } from "@/components/layout/SiteChrome";
import { NotFoundLinks } from "@/components/layout/NotFoundLinks";

export const metadata: Metadata = {
  title: "Sidan finns inte · Page not found – Regionläget",
  robots: { index: false },
};

/**
 * Any address that matches no page (an unknown path, region or theme). It is rendered on the server without route
 * parameters, so it cannot know the address's language: it says it in Swedish and, marked as English, in English.
 */
export default function GlobalNotFound() {
  return (
    <html lang="sv" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
      </head>
      <body>
        <SiteChrome lang="sv">
          <h1>Sidan finns inte</h1>
          <p className="lead">Vi hittar ingen sida på den adressen. Kanske är länken gammal eller felstavad.</p>
          <p>Här kan du gå vidare:</p>
          <NotFoundLinks lang="sv" />
          <section lang="en" aria-labelledby="not-found-en" className="card" style={{ marginTop: "1.5rem" }}>
            <h2 id="not-found-en">Page not found</h2>
            <p>There is no page at this address. The link may be old or mistyped. Where to go from here:</p>
            <NotFoundLinks lang="en" />
          </section>
        </SiteChrome>
      </body>
    </html>
  );
}
