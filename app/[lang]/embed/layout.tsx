import type { Metadata } from "next";

export const metadata: Metadata = { robots: { index: false } };

/** Embeds: one chart card, no site navigation; framing by other sites is allowed for /embed only (next.config.ts). */
export default function EmbedLayout({ children }: { children: React.ReactNode }) {
  return <main className="embed" id="innehall">{children}</main>;
}
