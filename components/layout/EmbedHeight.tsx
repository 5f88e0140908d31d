"use client";
import { useEffect } from "react";
import { EMBED_HEIGHT_MESSAGE } from "@/lib/export/embed";

/**
 * Inside a frame, tells the host page how tall the embed is (postMessage), now and whenever it changes (the chart
 * loads, the table twin opens), so the snippet's listener can size the frame to show everything without a scrollbar.
 * The height is not secret: it goes to any host.
 */
export function EmbedHeight() {
  useEffect(() => {
    if (window.parent === window) return;
    let last = 0;
    const send = () => {
      const body = document.body;
      const cs = getComputedStyle(body);
      const height = Math.ceil(body.getBoundingClientRect().height + parseFloat(cs.marginTop) + parseFloat(cs.marginBottom));
      if (height === last || height <= 0) return;
      last = height;
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, "*");
    };
    const ro = new ResizeObserver(send);
    ro.observe(document.body);
    send();
    return () => ro.disconnect();
  }, []);
  return null;
}
