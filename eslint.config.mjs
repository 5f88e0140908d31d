import fs from "node:fs";
import path from "node:path";
import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/** Files that start with the "use client" directive: they end up in the browser bundle. */
function clientFiles(dirs) {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.tsx?$/.test(e.name) && /^\s*["']use client["']/.test(fs.readFileSync(p, "utf8"))) out.push(p.split(path.sep).join("/").replace(/[[\]()*?{}!+@]/g, "\\$&"));
    }
  };
  for (const d of dirs) if (fs.existsSync(d)) walk(d);
  return out;
}

// The layering (README, "Folders"): app → components → lib, one way. lib/ never imports components/ or app/.
const LIB_LAYER = {
  patterns: [
    { group: ["@/components/*", "@/app/*", "**/components/*", "**/app/*"], message: "lib/ must not import components/ or app/: move the shared code into lib/." },
  ],
};
// zod (lib/schema.ts) must stay out of the browser bundle (~300 KB): client components import only its types.
const CLIENT_SCHEMA = {
  patterns: [
    {
      group: ["@/lib/schema", "**/lib/schema", "./schema"],
      allowTypeImports: true,
      message: "A client component may import only types from lib/schema (import type …); the zod schema stays on the server.",
    },
  ],
};

const config = [
  ...next,
  ...nextTs,
  { ignores: [".next/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  { files: ["lib/**/*.{ts,tsx}"], rules: { "@typescript-eslint/no-restricted-imports": ["error", LIB_LAYER] } },
  { files: clientFiles(["app", "components", "lib"]), rules: { "@typescript-eslint/no-restricted-imports": ["error", CLIENT_SCHEMA] } },
];
export default config;
