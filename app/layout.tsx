import type { Metadata, Viewport } from "next";
import "./globals.css";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { getDataset } from "@/lib/data";

export const metadata: Metadata = {
  title: { default: "Regionläget – regionalt utvecklingsarbete 2023", template: "%s – Regionläget" },
  description:
    "Utforska de 21 regionernas regionala utvecklingsarbete 2023: insatser, resultat, strategier och indikatorer per region och tema, med källa för varje uppgift.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  const { meta } = getDataset();
  return (
    <html lang="sv">
      <body>
        <a href="#innehall" className="skip-link">Hoppa till innehållet</a>
        <SiteHeader />
        <main id="innehall" tabIndex={-1}>
          <div className="container">{children}</div>
        </main>
        <SiteFooter builtAt={meta.builtAt} />
      </body>
    </html>
  );
}
