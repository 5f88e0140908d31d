import { describe, expect, it } from "vitest";
import { toJson } from "./json";
import type { ExportColumn, ExportMeta, ExportRow } from "./types";

const columns: ExportColumn[] = [
  { id: "lan", label: "Län" },
  { id: "value", label: "Värde", numeric: true },
];
const rows: ExportRow[] = [
  { id: "09", cells: { lan: { t: "Gotland", v: "Gotland", href: "/regioner/09" }, value: { t: "−1,5", v: -1.5 } } },
  { id: "12", cells: { lan: { t: "Skåne", v: "Skåne" }, value: { t: "Uppgift saknas", v: null } } },
  { id: "01", cells: { lan: { t: "Stockholm", v: "Stockholm" }, value: { t: "3,3", v: 3.3333333 } } },
];
const meta: ExportMeta = {
  title: "BRP per invånare 2021",
  subtitle: "Tusental kronor, 2021, 21 län",
  description: "Stockholm har högst värde.",
  sources: [{ title: "SCB", url: "https://www.scb.se/" }],
  notes: ["Reviderade siffror."],
  link: "https://example.se/regioner/09?ar=2021",
  exportedAt: new Date("2026-11-27T10:00:00Z"),
};

describe("toJson", () => {
  it("round-trips: same rows in the same order, raw numbers, null for missing", () => {
    const parsed = JSON.parse(toJson(columns, rows, meta));
    expect(parsed).toEqual({
      title: meta.title,
      subtitle: meta.subtitle,
      description: meta.description,
      sources: [{ title: "SCB", url: "https://www.scb.se/" }],
      credit: null,
      notes: ["Reviderade siffror."],
      link: meta.link,
      exportedAt: "2026-11-27T10:00:00.000Z",
      columns: [
        { id: "lan", label: "Län", numeric: false },
        { id: "value", label: "Värde", numeric: true },
      ],
      rows: [
        { lan: "Gotland", value: -1.5 },
        { lan: "Skåne", value: null },
        { lan: "Stockholm", value: 3.3333333 },
      ],
    });
  });
  it("keeps the credit line when there is one", () => {
    expect(JSON.parse(toJson(columns, [], { ...meta, credit: "Källa: SCB (via Regionfakta)" })).credit).toBe("Källa: SCB (via Regionfakta)");
  });
});

describe("toJson in English", () => {
  it("has the same (English) keys and carries the strings as given", () => {
    const en = JSON.parse(toJson(columns, rows, { ...meta, lang: "en", notes: ["Revised figures."] }));
    const sv = JSON.parse(toJson(columns, rows, meta));
    expect(Object.keys(en)).toEqual(Object.keys(sv));
    expect(en.notes).toEqual(["Revised figures."]);
    expect(en.rows).toEqual(sv.rows);
  });
});
