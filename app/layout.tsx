import type { Metadata, Viewport } from "next";
import "./globals.css";
import { THEME_INIT_SCRIPT } from "@/lib/theme";

export const metadata: Metadata = {
  title: { default: "Regionläget – regionalt utvecklingsarbete 2023", template: "%s – Regionläget" },
  description:
    "Utforska de 21 regionernas regionala utvecklingsarbete 2023: insatser, resultat, strategier och indikatorer per region och tema, med källa för varje uppgift.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** The document shell. The site chrome lives in (site)/layout.tsx; embeds (embed/) have none. */
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="sv" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
