import { describe, expect, it } from "vitest";
import { exportFilename, slugify } from "./filename";

describe("exportFilename", () => {
  it("builds regionlaget-<sida>-<urval>-<år>.<ext>", () => {
    expect(exportFilename({ page: "region-gotland", selection: "BRP per invånare", year: "2021", ext: "csv" })).toBe(
      "regionlaget-region-gotland-brp-per-invanare-2021.csv",
    );
  });
  it("turns Swedish letters into ASCII and everything else into single dashes", () => {
    expect(slugify("Västra Götaland – Örebro län (é)")).toBe("vastra-gotaland-orebro-lan-e");
    expect(exportFilename({ page: "Jämför", selection: "Ängelholm & Åre", year: 2023, ext: "PNG" })).toBe(
      "regionlaget-jamfor-angelholm-are-2023.png",
    );
    expect(exportFilename({ page: "  --Teman // Kompetensförsörjning--  ", ext: "xlsx" })).toBe(
      "regionlaget-teman-kompetensforsorjning.xlsx",
    );
  });
  it("leaves out empty parts", () => {
    expect(exportFilename({ page: "oversikt", selection: "", year: undefined, ext: "json" })).toBe("regionlaget-oversikt.json");
    expect(exportFilename({ page: "", selection: "!!!", ext: "svg" })).toBe("regionlaget.svg");
    expect(exportFilename({ page: "data", year: "", ext: "csv" })).toBe("regionlaget-data.csv");
  });
  it("keeps names short, cutting at a dash", () => {
    const name = exportFilename({ page: "region-vastra-gotaland", selection: "andel ".repeat(30), year: "2021", ext: "csv" });
    expect(name.length).toBeLessThanOrEqual(84);
    expect(name).toMatch(/^regionlaget-region-vastra-gotaland(-andel)+\.csv$/);
  });
});
