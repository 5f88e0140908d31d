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
    // Reads first, then writes: writing data-scroll invalidates style, so measuring the next table after a write
    // would force a style recalculation of the whole page for every table (layout thrashing; on a theme page that
    // was seven forced recalculations, ~330 ms of main thread on this machine before CPU throttling).
    const update = (els: Iterable<Element>) => {
      const states = [...new Set(els)].map((el) => {
        const w = el as HTMLElement;
        const max = w.scrollWidth - w.clientWidth;
        return [w, max <= 1 ? "none" : w.scrollLeft <= 1 ? "start" : w.scrollLeft >= max - 1 ? "end" : "middle"] as const;
      });
      for (const [w, state] of states) if (w.dataset.scroll !== state) w.dataset.scroll = state;
    };
    const seen = new WeakSet<Element>();
    // A newly observed element is reported once after the next layout: that is each table's first measurement, made
    // when the browser has laid the page out anyway.
    const resize = new ResizeObserver((entries) => update(entries.map((e) => e.target.closest(".table-wrap") ?? e.target)));
    const onScroll = (e: Event) => update([e.currentTarget as Element]);
    const scan = () => {
      document.querySelectorAll(".table-wrap").forEach((el) => {
        if (!seen.has(el)) {
          seen.add(el);
          el.addEventListener("scroll", onScroll, { passive: true });
          resize.observe(el);
        }
        // A table React replaced inside a known frame is observed too (its width decides the cue).
        const table = el.querySelector("table");
        if (table && !seen.has(table)) {
          seen.add(table);
          resize.observe(table);
        }
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
