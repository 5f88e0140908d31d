import Link from "@/components/layout/Link";
import { href, translator, type Lang } from "@/lib/i18n";

export function SiteFooter({ builtAt, lang }: { builtAt: string; lang: Lang }) {
  const t = translator(lang);
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          <strong>Regionläget</strong>{" "}
          {t(
            "visar regionernas regionala utvecklingsarbete utifrån offentliga källor. Uppgifterna är ett urval, inte rapportens fullständiga tabellbilaga.",
            "shows the regions' regional development work from public sources. The data is a selection, not the report's full statistical annex.",
          )}{" "}
          <Link href={href(lang, "/om")}>{t("Om källor och metod", "About sources and method")}</Link> ·{" "}
          <Link href={href(lang, "/om#tillganglighet")}>{t("Tillgänglighetsredogörelse", "Accessibility statement")}</Link>
        </p>
        <p className="muted">
          {t("Datamängden sammanställd", "Dataset compiled")} {builtAt}. {t("Karta", "Map")}: MapSVG / svg-maps, CC BY 4.0.
        </p>
      </div>
    </footer>
  );
}
