/**
 * Checking input against a zod schema: problems as Swedish "path: reason" lines (the sv locale is set in lib/schema.ts,
 * which re-exports these).
 */
import type { z } from "zod";

/** "entries[41].region" */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, p) => {
    if (typeof p === "number") return `${acc}[${p}]`;
    return acc ? `${acc}.${String(p)}` : String(p);
  }, "");
}

export class DatasetError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Ogiltig datamängd (${problems.length} fel):\n` + problems.map((p) => `  ✖ ${p}`).join("\n"));
    this.name = "DatasetError";
  }
}

export type ParseResult<T> = { ok: true; data: T } | { ok: false; problems: string[] };

/** Validate anything against a schema and return Swedish problems of the form "path: reason". */
export function check<T>(schema: z.ZodType<T>, input: unknown, prefix = ""): ParseResult<T> {
  const r = schema.safeParse(input);
  if (r.success) return { ok: true, data: r.data };
  return {
    ok: false,
    problems: r.error.issues.map((iss) => {
      const p = formatPath([...(prefix ? [prefix] : []), ...iss.path]);
      return p ? `${p}: ${iss.message}` : iss.message;
    }),
  };
}
