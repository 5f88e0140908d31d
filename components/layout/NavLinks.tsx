"use client";
import Link from "@/components/layout/Link";
import { usePathname } from "next/navigation";

export type NavItem = { href: string; label: string };

/** Marks the current section with aria-current="page" (also for deep pages under it). */
export function NavLinks({ items, home }: { items: NavItem[]; home: string }) {
  const pathname = usePathname() ?? "/";
  return (
    <ul>
      {items.map((item) => {
        const current = item.href === home ? pathname === home : pathname === item.href || pathname.startsWith(item.href + "/");
        return (
          <li key={item.href}>
            <Link href={item.href} aria-current={current ? "page" : undefined}>
              {item.label}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
