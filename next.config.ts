import type { NextConfig } from "next";
import path from "node:path";

const dev = process.env.NODE_ENV !== "production";

/** Content-Security-Policy. Next's inline bootstrap scripts need 'unsafe-inline' (no nonces: the pages are static). */
function csp(frameAncestors: string): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

const common = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  turbopack: { root: path.resolve(__dirname) },
  // The root layout sits under app/[lang]; unknown addresses get app/global-not-found.tsx (server-rendered).
  experimental: { globalNotFound: true },
  // Prerendering draws each page's charts (lib/static-chart/render.ts): seconds per chart on a busy machine.
  staticPageGenerationTimeout: 600,
  async headers() {
    const framed = [...common, { key: "Content-Security-Policy", value: csp("*") }];
    return [
      {
        // Everything except the embed routes: never framed.
        source: "/((?!embed/|embed$|en/embed/|en/embed$).*)",
        headers: [...common, { key: "Content-Security-Policy", value: csp("'none'") }, { key: "X-Frame-Options", value: "DENY" }],
      },
      // Embeds (both languages) are made to be framed by other sites.
      { source: "/embed/:path*", headers: framed },
      { source: "/en/embed/:path*", headers: framed },
    ];
  },
  /** The pages live under app/[lang]; "/sv/…" is only the internal address of the Swedish (unprefixed) pages. */
  async redirects() {
    return [
      { source: "/sv", destination: "/", permanent: true },
      { source: "/sv/:path*", destination: "/:path*", permanent: true },
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [
        { source: "/", destination: "/sv" },
        // Every unprefixed address except English pages, Next's own files, the API, the download and the icon.
        { source: "/:path((?!en$|en/|sv$|sv/|_next/|api/|nedladdning/|icon\\.svg$|favicon\\.ico$).+)", destination: "/sv/:path" },
      ],
      afterFiles: [],
      fallback: [],
    };
  },
};

export default nextConfig;
