/** The raw second-, third- and fourth-pass files shipped in data/sources: checksums, and the hop from raw file to value. */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsvRecords } from "./csv";

const SRC = path.resolve(__dirname, "..", "..", "data", "sources");
type RawFile = { file: string; sha256: string; bytes: number; origin: { repository: string; path: string; commit: string }; readInto: string };
const manifest = JSON.parse(fs.readFileSync(path.join(SRC, "raw-files.json"), "utf8")) as { files: RawFile[] };
const dataset = JSON.parse(fs.readFileSync(path.resolve(SRC, "..", "dataset.json"), "utf8")) as { values: { indicator: string; region: string; period: string; value: number }[] };
const value = (indicator: string, region: string, period: string) => dataset.values.find((v) => v.indicator === indicator && v.region === region && v.period === period)?.value;

describe("raw files in data/sources", () => {
  it("every shipped raw file is listed with its origin, and its SHA-256 matches", () => {
    const onDisk = ["second-pass", "third-pass", "fourth-pass"].flatMap((d) =>
      fs.readdirSync(path.join(SRC, d)).filter((f) => f !== "ATTRIBUTION.md").map((f) => `${d}/${f}`),
    );
    expect(manifest.files.map((f) => f.file).sort()).toEqual(onDisk.sort());
    for (const f of manifest.files) {
      const bytes = fs.readFileSync(path.join(SRC, f.file));
      expect(crypto.createHash("sha256").update(bytes).digest("hex"), f.file).toBe(f.sha256);
      expect(bytes.length, f.file).toBe(f.bytes);
      expect(f.origin.commit, f.file).toMatch(/^[0-9a-f]{40}$/);
    }
  });

  it("a value can be read again from its raw file: population 2024 (second pass)", () => {
    const rows = parseCsvRecords(fs.readFileSync(path.join(SRC, "second-pass/pfi_scb_folkmangd_lan_2024.csv"), "utf8"));
    for (const r of rows) expect(value("folkmangd", r.region_code, "2024"), r.region).toBe(Number(r.total));
    expect(rows).toHaveLength(21);
  });

  it("a value can be read again from its raw file: BRP per inhabitant 2024 (fourth pass)", () => {
    const rows = parseCsvRecords(fs.readFileSync(path.join(SRC, "fourth-pass/pfi_scb_brp_lan_2024.csv"), "utf8"));
    for (const r of rows) expect(value("brp_per_invanare", r.region_code, "2024"), r.region).toBe(Number(r["BRP per invånare, löpande priser, tkr"]));
    expect(rows).toHaveLength(21);
  });
});
