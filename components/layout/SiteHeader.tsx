import Link from "@/components/layout/Link";
import { NavLinks, type NavItem } from "./NavLinks";
import { ThemeSwitch } from "./ThemeSwitch";
import { LangSwitch } from "./LangSwitch";
import { HeaderSearch } from "@/components/search/HeaderSearch";
import { href, translator, type Lang } from "@/lib/i18n";

export function navItems(lang: Lang): NavItem[] {
  const t = translator(lang);
  return [
    { href: href(lang, "/"), label: t("Översikt", "Overview") },
    { href: href(lang, "/regioner"), label: t("Regioner", "Regions") },
    { href: href(lang, "/teman"), label: t("Teman", "Themes") },
    { href: href(lang, "/indikatorer"), label: t("Indikatorer", "Indicators") },
    { href: href(lang, "/jamfor"), label: t("Jämför", "Compare") },
    { href: href(lang, "/data"), label: "Data" },
    { href: href(lang, "/om"), label: t("Om", "About") },
  ];
}

export function SiteHeader({ lang }: { lang: Lang }) {
  const t = translator(lang);
  return (
    <header className="site-header">
      <div className="container bar">
        <Link href={href(lang, "/")} className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Regionläget
        </Link>
        <nav className="main-nav" aria-label={t("Huvudmeny", "Main menu")}>
          <NavLinks items={navItems(lang)} home={href(lang, "/")} />
        </nav>
        <div className="header-tools">
          <HeaderSearch lang={lang} />
          <LangSwitch lang={lang} />
          <ThemeSwitch lang={lang} />
        </div>
      </div>
    </header>
  );
}
