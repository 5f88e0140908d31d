import { describe, expect, it } from "vitest";
import { href, langOfPath, switchLangPath, translator } from "./i18n";

describe("i18n paths", () => {
  it("keeps Swedish unprefixed and puts English under /en", () => {
    expect(href("sv", "/regioner/09")).toBe("/regioner/09");
    expect(href("en", "/regioner/09")).toBe("/en/regioner/09");
    expect(href("en", "/")).toBe("/en");
    expect(href("en", "/?karta=folkmangd")).toBe("/en?karta=folkmangd");
    expect(href("en", "#innehall")).toBe("#innehall");
  });
  it("switches language on the same page", () => {
    expect(switchLangPath("/regioner/09", "en")).toBe("/en/regioner/09");
    expect(switchLangPath("/en/regioner/09", "sv")).toBe("/regioner/09");
    expect(switchLangPath("/en", "sv")).toBe("/");
    expect(switchLangPath("/", "en")).toBe("/en");
    expect(switchLangPath("/en/data", "en")).toBe("/en/data");
  });
  it("reads the language from a path", () => {
    expect(langOfPath("/en/data")).toBe("en");
    expect(langOfPath("/en")).toBe("en");
    expect(langOfPath("/engelska")).toBe("sv");
    expect(langOfPath("/data")).toBe("sv");
  });
  it("translates a string pair", () => {
    expect(translator("sv")("Regioner", "Regions")).toBe("Regioner");
    expect(translator("en")("Regioner", "Regions")).toBe("Regions");
  });
});
