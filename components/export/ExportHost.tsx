"use client";
import { useEffect, useRef, useState, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { LOAD_REQUESTED_ATTR } from "@/components/charts/chart-load";

/**
 * Draws a card's chart a second time, offscreen at a given width, for the image presets (Presentation 16:9, Rapport):
 * the same components as on the page (one source of truth), laid out at the preset's width whatever the device.
 * The copy sits in a portal outside the page flow, hidden from assistive technology and inert, and is removed as soon
 * as the image is made.
 */
type Host = { draw: (width: number) => Promise<HTMLElement>; release: () => void };
const hosts = new Map<string, Host>();

/** The chart of card `cardId` drawn offscreen at `width` CSS px (null when the card has no host). */
export function offscreenHost(cardId: string): Host | null {
  return hosts.get(cardId) ?? null;
}

/** Attribute on the offscreen frame (its value: the card id). */
export const EXPORT_FRAME_ATTR = "data-export-frame";

export function ExportHost({ id, children }: { id: string; children: ReactNode }) {
  const [job, setJob] = useState<{ width: number; n: number } | null>(null);
  const pending = useRef<((el: HTMLElement) => void) | null>(null);
  const frame = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let n = 0;
    hosts.set(id, {
      draw: (width) =>
        new Promise<HTMLElement>((resolve) => {
          pending.current = resolve;
          setJob({ width: Math.round(width), n: ++n });
        }),
      release: () => setJob(null),
    });
    return () => {
      hosts.delete(id);
    };
  }, [id]);

  useEffect(() => {
    if (job && frame.current && pending.current) {
      const resolve = pending.current;
      pending.current = null;
      resolve(frame.current);
    }
  }, [job]);

  return (
    <>
      {children}
      {job
        ? createPortal(
            <div
              key={job.n}
              ref={frame}
              {...{ [EXPORT_FRAME_ATTR]: id, [LOAD_REQUESTED_ATTR]: "" }}
              // LazyChart looks for its card ([data-chart-id]) and loads at once when the request attribute is set.
              data-chart-id={`${id}--export`}
              aria-hidden="true"
              inert
              style={{
                position: "fixed", left: -100000, top: 0, width: job.width, background: "#fff",
                // The page's desktop text size, so a phone and a desktop draw the same image.
                fontSize: "1.0625rem", lineHeight: 1.55,
              }}
            >
              {children}
            </div>,
            document.body,
          )
        : null}
    </>
  );
}
