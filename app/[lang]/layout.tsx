import type { Metadata, Viewport } from "next";
import "../globals.css";
import "../charts.css";
import { THEME_INIT_SCRIPT } from "@/lib/color-scheme";
import { EARLY_CHANGES_SCRIPT } from "@/lib/early-changes";
import { isLang, LANGS } from "@/lib/i18n";

/** Only "sv" and "en"; any other first segment is an unknown address (global 404). */
export const dynamicParams = false;

export function generateStaticParams() {
  return LANGS.map((lang) => ({ lang }));
}

export async function generateMetadata({ params }: { params: Promise<{ lang: string }> }): Promise<Metadata> {
  const { lang } = await params;
  return lang === "en"
    ? {
        title: { default: "Regionläget – regional development work 2023", template: "%s – Regionläget" },
        description:
          "Explore the regional development work of Sweden's 21 regions in 2023: activities, results, strategies and indicators by region and theme, with a source for every figure.",
      }
    : {
        title: { default: "Regionläget – regionalt utvecklingsarbete 2023", template: "%s – Regionläget" },
        description:
          "Utforska de 21 regionernas regionala utvecklingsarbete 2023: insatser, resultat, strategier och indikatorer per region och tema, med källa för varje uppgift.",
      };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * The document shell, one per language: <html lang="sv"> at /…, <html lang="en"> at /en/….
 * The site chrome lives in (site)/layout.tsx; embeds (embed/) have none.
 */
export default async function RootLayout({ children, params }: { children: React.ReactNode; params: Promise<{ lang: string }> }) {
  // Only "sv" and "en" reach this layout: next.config.ts rewrites every other address to /sv/….
  const { lang } = await params;
  return (
    <html lang={isLang(lang) ? lang : "sv"} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_INIT_SCRIPT + ";" + EARLY_CHANGES_SCRIPT }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
