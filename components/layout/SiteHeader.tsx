import Link from "next/link";
import { NavLinks, type NavItem } from "./NavLinks";
import { ThemeSwitch } from "./ThemeSwitch";

export const NAV_ITEMS: NavItem[] = [
  { href: "/", label: "Översikt" },
  { href: "/regioner", label: "Regioner" },
  { href: "/teman", label: "Teman" },
  { href: "/indikatorer", label: "Indikatorer" },
  { href: "/jamfor", label: "Jämför" },
  { href: "/data", label: "Data" },
  { href: "/om", label: "Om" },
];

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container bar">
        <Link href="/" className="brand">
          <span className="brand-mark" aria-hidden="true" />
          Regionläget
        </Link>
        <nav className="main-nav" aria-label="Huvudmeny">
          <NavLinks items={NAV_ITEMS} />
        </nav>
        <div className="header-tools">
          <ThemeSwitch />
        </div>
      </div>
    </header>
  );
}
