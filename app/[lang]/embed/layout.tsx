import type { Metadata } from "next";
import { EmbedHeight } from "@/components/layout/EmbedHeight";

export const metadata: Metadata = { robots: { index: false } };

/**
 * Embeds: one chart card, no site navigation; framing by other sites is allowed for /embed only (next.config.ts).
 * Every link in an embed (map counties, table rows, sources, "Öppna i Regionläget") opens in a new tab: inside
 * someone else's page the frame must keep showing the chart, and many source sites refuse to be framed. The <base>
 * element does that for all links at once, without JavaScript; browsers honour it outside <head> too.
 * EmbedHeight reports the page's height to the host, for the snippet's listener (lib/export/embed.ts).
 */
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <base target="_blank" />
      <main className="embed" id="innehall">{children}</main>
      <EmbedHeight />
    </>
  );
}
