import { describe, expect, it } from "vitest";
import { changeSentence, seriesChange } from "./change";

const ind = { id: "ghg", unit: "ton koldioxidekvivalenter", unitEn: "tonnes CO2 equivalent", decimals: 0, sumOfCounties: true, seriesBreaks: [] as { after: number }[] };
const v = (region: string, year: number, value: number) => ({ indicator: "ghg", region, year, period: String(year), value });

describe("seriesChange", () => {
  it("tells the change for the sum of the län when they add up, in Swedish number format", () => {
    const values = [v("01", 1990, 40_000_000), v("09", 1990, 30_700_000), v("01", 2023, 24_000_000), v("09", 2023, 20_000_000), v("01", 2000, 1)];
    const c = seriesChange(ind, values, 2)!;
    expect(c).toEqual({ scope: "lanen", from: { year: 1990, value: 70_700_000 }, to: { year: 2023, value: 44_000_000 } });
    expect(changeSentence(c, ind, "sv")).toBe("De 21 länen tillsammans: från 70,7 till 44,0 miljoner ton koldioxidekvivalenter 1990–2023.");
    expect(changeSentence(c, ind, "en")).toBe("The 21 counties together: from 70.7 to 44.0 million tonnes CO2 equivalent 1990–2023.");
  });
  it("prefers Riket; never sums when the län do not add up or a län is missing; never across a series break", () => {
    const riket = [v("00", 2015, 10), v("00", 2020, 12), v("01", 2015, 5)];
    expect(seriesChange({ ...ind, sumOfCounties: false }, riket, 2)?.scope).toBe("riket");
    expect(seriesChange({ ...ind, sumOfCounties: false }, [v("01", 2015, 5), v("09", 2015, 5), v("01", 2020, 6), v("09", 2020, 6)], 2)).toBeNull();
    expect(seriesChange(ind, [v("01", 2015, 5), v("01", 2020, 6), v("09", 2020, 6)], 2)).toBeNull();
    expect(seriesChange({ ...ind, seriesBreaks: [{ after: 2016 }] }, riket, 2)).toBeNull();
  });
});
