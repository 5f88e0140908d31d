import { beforeAll, describe, expect, it } from "vitest";
import { copyData, fx, run, snapshot } from "../lib/data-pipeline/import/test-support";

describe("importen: kommandoraden", () => {
  let dir: string;
  let before: Record<string, string>;
  beforeAll(() => {
    dir = copyData();
    before = snapshot(dir);
  });
  it.each([
    [["--replace-region", "09", fx("bom-semicolon.csv")], '--replace-region stöds inte: importen lägger bara till och ändrar poster, den tar aldrig bort några (se data/README.md, "Importera egna data")'],
    [["--force", fx("bom-semicolon.csv")], 'okänd flagga "--force"'],
    [[], "ange filen som ska importeras"],
    [[fx("bom-semicolon.csv"), fx("windows-1252.csv")], `ange en fil i taget (fick 2: ${fx("bom-semicolon.csv")}, ${fx("windows-1252.csv")})`],
    [[fx("bom-semicolon.csv"), "--metadata", fx("metadata.json")], "--metadata gäller bara indikatorvärden: lägg till --indikatorer"],
    [["finns-inte.csv"], 'hittar inte filen "finns-inte.csv"'],
  ])("%j → fel och exit 1", (args, error) => {
    const r = run(dir, args);
    expect(r.code).toBe(1);
    expect(r.err.slice(-2)).toEqual(["✖ importen stoppad – 1 fel, inget skrevs:", `  ${error}`]);
    expect(snapshot(dir)).toEqual(before);
  });
  it("--help", () => {
    const r = run(dir, ["--help"]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toMatch(/^användning: npm run data:import/);
  });
});
