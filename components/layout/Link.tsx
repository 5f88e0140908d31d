"use client";
import NextLink from "next/link";
import { useRouter } from "next/navigation";
import type { ComponentProps } from "react";

/**
 * The app's internal link: Next's <Link> that fetches the next page when the pointer reaches the link, not when it
 * scrolls into view (why: README, "Why some code looks the way it does"). Pass `prefetch` to opt back in.
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
