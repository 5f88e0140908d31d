import Link from "@/components/layout/Link";
import { translator, type Lang } from "@/lib/i18n";

export function Breadcrumbs({ items, lang }: { items: { href?: string; label: string }[]; lang: Lang }) {
  return (
    <nav className="breadcrumbs" aria-label={translator(lang)("Brödsmulor", "Breadcrumbs")}>
      <ol>
        {items.map((it, i) => (
          <li key={i}>
            {it.href && i < items.length - 1 ? <Link href={it.href}>{it.label}</Link> : <span aria-current="page">{it.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
