import type { NextConfig } from "next";
import fs from "node:fs";
import path from "node:path";
import { cacheRules, dataVersionOf } from "./lib/cache-headers";

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

/** The data version (meta.builtAt) of the dataset this build is made from: every page carries it (X-Data-Version). */
function dataVersion(): string {
  const file = process.env.REGIONLAGET_DATASET?.trim() ? path.resolve(process.env.REGIONLAGET_DATASET.trim()) : path.join(__dirname, "data", "dataset.json");
  try {
    return dataVersionOf(JSON.parse(fs.readFileSync(file, "utf8")));
  } catch {
    return "okänd";
  }
}

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // ETags come from proxy.ts (build id + data version + URL) on static and dynamic pages alike, checked before
  // rendering; Next's own (a hash of a prerendered page's body, none on dynamic pages) would replace them.
  generateEtags: false,
  // proxy.ts must see the request as sent: Next otherwise strips its RSC headers (RSC, Next-Router-State-Tree, …) and
  // the _rsc query before the proxy runs, and a page's RSC payload would get the same ETag as its HTML.
  skipProxyUrlNormalize: true,
  // One self-contained server folder (.next/standalone) for the container and CI alike: scripts/standalone/.
  output: "standalone",
  turbopack: { root: path.resolve(__dirname) },
  // The root layout sits under app/[lang]; unknown addresses get app/global-not-found.tsx (server-rendered).
  experimental: { globalNotFound: true },
  // `npm test` runs `tsc --noEmit` just before it builds; Next's own type check of the same files would repeat it.
  typescript: { ignoreBuildErrors: process.env.REGIONLAGET_TYPECHECKED === "1" },
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
      // CDN caching (lib/cache-headers.ts): pages and embeds change only when the data does; nothing is user-specific.
      ...cacheRules(dev ? "dev" : dataVersion()),
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
