"use client";
/**
 * "My region" everywhere: once the address has ?min=24, every internal link and GET form carries it on, a slim bar
 * under the header names the region (with a way to stop), and pages drawn without the parameter (the static region and
 * theme pages) still mark it on maps, dot strips and bars by CSS. The server marks it itself where it reads the parameter
 * (indicator pages: bars, map, table and description).
 */
import { Suspense, useEffect } from "react";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import Link from "@/components/layout/Link";
import { translator, type Lang } from "@/lib/i18n";
import { HIGHLIGHT_COLOR } from "@/lib/palette";
import { carriesMyRegion, parseMyRegion, withMyRegion, MY_REGION_PARAM } from "@/lib/url-state/my-region";

type RegionName = { code: string; name: string; href: string };

function modified(e: MouseEvent) {
  return e.metaKey || e.ctrlKey || e.shiftKey || e.altKey || e.button !== 0;
}

function Carry({ regions, lang }: { regions: RegionName[]; lang: Lang }) {
  const sp = useSearchParams();
  const pathname = usePathname() ?? "/";
  const router = useRouter();
  const code = parseMyRegion(new URLSearchParams(sp?.toString() ?? ""), regions.map((r) => r.code));

  useEffect(() => {
    const root = document.documentElement;
    if (code) root.dataset.myRegion = code;
    else delete root.dataset.myRegion;
    if (!code) return;
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented) return;
      const a = (e.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!a || a.target === "_blank" || a.hasAttribute("download") || a.dataset.keepMin === "no") return;
      const url = new URL(a.href, location.href);
      if (url.origin !== location.origin || !carriesMyRegion(url.pathname) || url.searchParams.has(MY_REGION_PARAM)) return;
      if (url.pathname === location.pathname && url.search === location.search) return; // a link within the page
      const next = withMyRegion(url.pathname + url.search + url.hash, code);
      a.setAttribute("href", next); // a new tab or window (modified click) opens the address with the region too
      if (modified(e)) return;
      e.preventDefault();
      e.stopPropagation(); // before Next's Link, which would go to the address without the region
      router.push(next);
    };
    const onSubmit = (e: SubmitEvent) => {
      const form = e.target as HTMLFormElement;
      if (form.method.toLowerCase() !== "get" || form.elements.namedItem(MY_REGION_PARAM)) return;
      const action = new URL(form.action || location.href, location.href);
      if (action.origin !== location.origin || !carriesMyRegion(action.pathname)) return;
      const input = document.createElement("input");
      input.type = "hidden";
      input.name = MY_REGION_PARAM;
      input.value = code;
      form.appendChild(input);
    };
    window.addEventListener("click", onClick, true);
    window.addEventListener("submit", onSubmit, true);
    return () => {
      window.removeEventListener("click", onClick, true);
      window.removeEventListener("submit", onSubmit, true);
    };
  }, [code, router]);

  if (!code) return null;
  const t = translator(lang);
  const region = regions.find((r) => r.code === code)!;
  const here = pathname + (sp?.toString() ? `?${sp.toString()}` : "");
  return (
    <div className="my-region-bar" role="region" aria-label={t("Min region", "My region")}>
      {/* Static pages: mark the region on maps and dot strips (the server did it already where it read ?min). */}
      <style>{`[data-testid="map-region"][data-code="${code}"] path{stroke:var(--text);stroke-width:3px}`
        + `[data-testid="dot-strip"] circle[data-code="${code}"]{fill:var(--text);fill-opacity:1;r:6px}`
        // Bars: the region's name in bold; a one-series bar also in the highlight colour with an outline, as on the
        // indicator page (stacked bars keep their kind colours).
        + `g[data-code="${code}"]>path{fill:${HIGHLIGHT_COLOR};stroke:var(--text);stroke-width:2px}`
        + `text[data-code="${code}"]{font-weight:700}`
        // Card descriptions name the region first ("Västerbotten: 3,3 % (rang 21 av 21, lägst)"); table rows in bold.
        + `.my-region-note[data-code="${code}"]{display:inline}`
        + `tr[data-row="${code}"]>*{font-weight:700!important}`}</style>
      <div className="container">
        <strong>{t("Min region", "My region")}:</strong> <Link href={withMyRegion(region.href, code)}>{region.name}</Link>{" "}
        <span className="muted">{t("markeras i diagram, kartor och tabeller.", "is marked in charts, maps and tables.")}</span>{" "}
        <Link href={withMyRegion(here, null)} data-keep-min="no">{t("Sluta markera", "Stop marking")}</Link>
      </div>
    </div>
  );
}

export function MyRegionCarry(props: { regions: RegionName[]; lang: Lang }) {
  return (
    <Suspense fallback={null}>
      <Carry {...props} />
    </Suspense>
  );
}
