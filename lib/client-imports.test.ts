import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** Client components must not pull zod (lib/schema.ts) into the browser bundle: ~300 KB on every page that does. */
describe("client bundle hygiene", () => {
  const root = path.join(__dirname, "..", "components");
  const files = fs.readdirSync(root, { recursive: true }).map(String).filter((f) => /\.tsx?$/.test(f) && !/\.test\./.test(f));
  const clients = files.filter((f) => /^["']use client["']/m.test(fs.readFileSync(path.join(root, f), "utf8")));
  it("finds the client components", () => {
    expect(clients.length).toBeGreaterThan(5);
  });
  it.each(clients)("%s imports only types from lib/schema", (f) => {
    const src = fs.readFileSync(path.join(root, f), "utf8");
    const valueImports = src.match(/^import\s+(?!type\b)[^;]*from\s+["']@\/lib\/schema["']/gm) ?? [];
    expect(valueImports).toEqual([]);
  });
});
