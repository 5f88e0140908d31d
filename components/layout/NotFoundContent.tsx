"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { href, langOfPath, translator } from "@/lib/i18n";

/** The 404 page body, in the language of the address (not-found pages get no route parameters). */
export function NotFoundContent() {
  const lang = langOfPath(usePathname() ?? "/");
  const t = translator(lang);
  const h = (p: string) => href(lang, p);
  return (
    <>
      <h1>{t("Sidan finns inte", "Page not found")}</h1>
      <p className="lead">
        {t(
          "Vi hittar ingen sida på den adressen. Kanske är länken gammal eller felstavad.",
          "There is no page at this address. The link may be old or mistyped.",
        )}
      </p>
      <p>{t("Här kan du gå vidare:", "Where to go from here:")}</p>
      <ul>
        <li><Link href={h("/")}>{t("Översikt", "Overview")}</Link> – {t("alla regioner och teman på en sida", "all regions and themes on one page")}</li>
        <li><Link href={h("/regioner")}>{t("Regioner", "Regions")}</Link> – {t("välj en av de 21 regionerna", "choose one of the 21 regions")}</li>
        <li><Link href={h("/teman")}>{t("Teman", "Themes")}</Link> – {t("välj ett tema", "choose a theme")}</li>
        <li><Link href={h("/indikatorer")}>{t("Indikatorer", "Indicators")}</Link> – {t("statistik per län", "statistics by county")}</li>
        <li><Link href={h("/data")}>Data</Link> – {t("sök bland alla poster", "search all records")}</li>
      </ul>
    </>
  );
}
