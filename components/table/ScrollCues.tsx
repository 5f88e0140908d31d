"use client";
import { useEffect } from "react";
import { usePathname } from "next/navigation";
import "./wide-tables.css";

/**
 * Marks every wide table's scrolling frame (.table-wrap) with where it is scrolled: data-scroll="none" (it fits),
 * "start", "middle" or "end". The CSS (wide-tables.css) then fades the edge where more columns are hidden, a cue
 * that the table scrolls sideways. One observer for the whole page, so no table component needs to change; without
 * JavaScript the tables still scroll, just without the cue. Renders nothing.
 */
export function ScrollCues() {
  const pathname = usePathname();
  useEffect(() => {
    const update = (el: Element) => {
      const w = el as HTMLElement;
      const max = w.scrollWidth - w.clientWidth;
      const state = max <= 1 ? "none" : w.scrollLeft <= 1 ? "start" : w.scrollLeft >= max - 1 ? "end" : "middle";
      if (w.dataset.scroll !== state) w.dataset.scroll = state;
    };
    const seen = new WeakSet<Element>();
    const resize = new ResizeObserver((entries) => entries.forEach((e) => update(e.target.closest(".table-wrap") ?? e.target)));
    const onScroll = (e: Event) => update(e.currentTarget as Element);
    const scan = () => {
      document.querySelectorAll(".table-wrap").forEach((el) => {
        if (!seen.has(el)) {
          seen.add(el);
          el.addEventListener("scroll", onScroll, { passive: true });
          resize.observe(el);
          const table = el.querySelector("table");
          if (table) resize.observe(table);
        }
        update(el);
      });
    };
    let frame = 0;
    const mutations = new MutationObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(scan);
    });
    scan();
    mutations.observe(document.body, { childList: true, subtree: true });
    return () => {
      mutations.disconnect();
      resize.disconnect();
      cancelAnimationFrame(frame);
      document.querySelectorAll(".table-wrap").forEach((el) => el.removeEventListener("scroll", onScroll));
    };
  }, [pathname]);
  return null;
}
