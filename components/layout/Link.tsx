"use client";
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * The app's internal link: Next's <Link> that fetches the next page when the pointer reaches the link, not when the
 * link scrolls into view.
 *
 * Next prefetches every link in view. On our pages that is the header's whole menu plus dozens of region and theme
 * links, and the router parsed each prefetched page while the page itself was still hydrating (Lighthouse: /data's
 * prefetch alone was 52 KB, and the router's prefetch work was the largest part of the main-thread time on /om).
 * Pointing at a link (mouse or touch) is a good sign it will be followed, and leaves a few hundred milliseconds to
 * fetch the page before the click. Keyboard users get the page on Enter; pass `prefetch` to opt back in.
 */
export default function Link({ prefetch = false, onMouseEnter, onTouchStart, ...props }: ComponentProps<typeof NextLink>) {
  const router = useRouter();
  const warm = () => {
    if (prefetch === false && typeof props.href === "string" && props.href.startsWith("/")) router.prefetch(props.href);
  };
  return (
    <NextLink
      prefetch={prefetch}
      onMouseEnter={(e) => {
        onMouseEnter?.(e);
        warm();
      }}
      onTouchStart={(e) => {
        onTouchStart?.(e);
        warm();
      }}
      {...props}
    />
  );
}
