/** Small hand-made inputs for the card model tests (lib/cards/*.test.ts). */
import type { Entry, Indicator, IndicatorValue, Kind, Region, Source, Theme } from "../schema";

export const source = (n: number): Source => ({ url: `https://example.se/${n}`, title: `Källa ${n}`, type: "officiell-statistik" });

export const REGIONS: Pick<Region, "code" | "name">[] = [
  { code: "01", name: "Stockholm" },
  { code: "09", name: "Gotland" },
  { code: "12", name: "Skåne" },
  { code: "24", name: "Västerbotten" },
];

/** A percentage indicator with one decimal, and a population count without. */
export const RATE: Indicator = {
  id: "arbetsloshet", nameSv: "Arbetslöshet 20–64 år", nameEn: "Unemployment 20–64", shortSv: "Arbetslöshet",
  unit: "procent av arbetskraften", unitEn: "per cent of the labour force", decimals: 1, direction: "lagre-battre",
  definitionSv: "Andel arbetslösa.", definitionEn: "Share unemployed.", themes: [], source: source(0),
  credit: "Källa: SCB (via Regionfakta)", notes: ["Reviderad årgång."], fragment: false, seriesBreaks: [],
};
export const COUNT: Indicator = { ...RATE, id: "folkmangd", nameSv: "Folkmängd", nameEn: "Population", shortSv: "Folkmängd", unit: "antal", unitEn: "number", decimals: 0, notes: [] };

export const value = (indicator: string, region: string, year: number, v: number, src = source(1)): IndicatorValue =>
  ({ indicator, region, year, period: String(year), value: v, source: src });

let n = 0;
export const entry = (region: string, theme: string, kind: Kind, year: number | null, src = source(1)): Entry => ({
  id: `post-${++n}`, region, theme, kind, title: "Titel", summary: "Sammanfattning", figures: [], year,
  period: { kind: "ar", from: year, to: year }, source: src,
});

export const THEMES: Theme[] = [
  { slug: "kompetens", nameSv: "Kompetensförsörjning", nameEn: "Skills supply", group: "rapportomrade", descriptionSv: "–", descriptionEn: "–" },
  { slug: "digital", nameSv: "Digital infrastruktur", nameEn: "Digital infrastructure", group: "rapportomrade", descriptionSv: "–", descriptionEn: "–" },
  { slug: "klimat", nameSv: "Klimat", nameEn: "Climate", group: "genomgaende", descriptionSv: "–", descriptionEn: "–" },
];
