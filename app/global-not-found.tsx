import type { Metadata } from "next";
import Link from "next/link";
import "./globals.css";
import { THEME_INIT_SCRIPT } from "@/lib/theme";
import { SiteChrome } from "@/components/layout/SiteChrome";

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
          <ul>
            <li><Link href="/">Översikt</Link> – alla regioner och teman på en sida</li>
            <li><Link href="/regioner">Regioner</Link> – välj en av de 21 regionerna</li>
            <li><Link href="/teman">Teman</Link> – välj ett tema</li>
            <li><Link href="/indikatorer">Indikatorer</Link> – statistik per län</li>
            <li><Link href="/data">Data</Link> – sök bland alla poster</li>
          </ul>
          <section lang="en" aria-labelledby="not-found-en" className="card" style={{ marginTop: "1.5rem" }}>
            <h2 id="not-found-en">Page not found</h2>
            <p>There is no page at this address. The link may be old or mistyped. Where to go from here:</p>
            <ul>
              <li><Link href="/en">Overview</Link> – all regions and themes on one page</li>
              <li><Link href="/en/regioner">Regions</Link> – choose one of the 21 regions</li>
              <li><Link href="/en/teman">Themes</Link> – choose a theme</li>
              <li><Link href="/en/indikatorer">Indicators</Link> – statistics by county</li>
              <li><Link href="/en/data">Data</Link> – search all records</li>
            </ul>
          </section>
        </SiteChrome>
      </body>
    </html>
  );
}
