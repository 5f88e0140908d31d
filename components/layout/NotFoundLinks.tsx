import Link from "@/components/layout/Link";
import { href, translator, type Lang } from "@/lib/i18n";

/** "Where to go from here" on every 404 page, in one language (no hooks: used by server and client 404 pages). */
export function NotFoundLinks({ lang }: { lang: Lang }) {
  const t = translator(lang);
  const h = (p: string) => href(lang, p);
  return (
    <ul>
      <li><Link href={h("/")}>{t("Översikt", "Overview")}</Link> – {t("alla regioner och teman på en sida", "all regions and themes on one page")}</li>
      <li><Link href={h("/regioner")}>{t("Regioner", "Regions")}</Link> – {t("välj en av de 21 regionerna", "choose one of the 21 regions")}</li>
      <li><Link href={h("/teman")}>{t("Teman", "Themes")}</Link> – {t("välj ett tema", "choose a theme")}</li>
      <li><Link href={h("/indikatorer")}>{t("Indikatorer", "Indicators")}</Link> – {t("statistik per län", "statistics by county")}</li>
      <li><Link href={h("/data")}>Data</Link> – {t("sök bland alla poster", "search all records")}</li>
    </ul>
  );
}
