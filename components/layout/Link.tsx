import NextLink from "next/link";
import type { ComponentProps } from "react";

/**
 * The app's internal link: Next's <Link> without prefetching.
 *
 * Next prefetches every link that scrolls into view. On our pages that is the header's whole menu plus dozens of
 * region and theme links, and the router parses each prefetched page while the page itself is still hydrating
 * (Lighthouse: /data's prefetch alone is 52 KB, and the router's prefetch work was the largest part of the main-thread
 * time on the text page /om). Our pages are static and small, so fetching on click is fast enough; pass
 * `prefetch` explicitly to opt back in.
 */
export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
