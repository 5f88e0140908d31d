import fs from "node:fs";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { getDataset } from "@/lib/data";

export const dynamic = "force-static";

/** The whole published dataset as one ZIP: the JSON, its README (format, sources, gaps) and the credits. */
export function GET() {
  const d = getDataset();
  const root = process.cwd();
  const credits = [
    `# ${d.meta.title}`,
    "",
    d.meta.description,
    "",
    "## Licens och källor",
    "",
    d.meta.licence,
    "",
    ...[...new Set(d.indicators.map((i) => i.credit))].map((c) => `- ${c}`),
    "",
    "Varje post och varje värde i dataset.json har sin egen källa (url och titel).",
    `Sammanställd ${d.meta.builtAt}. Regionläget.`,
    "",
  ].join("\n");
  // A fixed timestamp keeps the file identical between builds of the same data.
  const mtime = new Date(`${d.meta.builtAt}T12:00:00Z`);
  const zip = zipSync(
    {
      "regionlaget-data/dataset.json": strToU8(fs.readFileSync(path.join(root, "data", "dataset.json"), "utf8")),
      "regionlaget-data/README.md": strToU8(fs.readFileSync(path.join(root, "data", "README.md"), "utf8")),
      "regionlaget-data/KALLOR-OCH-LICENS.md": strToU8(credits),
    },
    { level: 9, mtime },
  );
  return new Response(Buffer.from(zip), {
    headers: {
      "Content-Type": "application/zip",
      "Content-Disposition": 'attachment; filename="regionlaget-data.zip"',
    },
  });
}
